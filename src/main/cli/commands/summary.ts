import { tenthsToHours, formatHours } from '../../../shared/hours'
import { iterateSummary } from '../../services/summary'
import { DB_HELP, EXIT_OK, yearOption, type Command } from '../command'
import { withApp } from '../withApp'

export const summaryCommand: Command = {
  name: 'summary',
  summary: '年度汇总：每人公需、专业、合计学时与是否达标',
  help: [
    '用法：xueshi summary --year Y [--json] [--db PATH]',
    '',
    '列出该年度每位在职人员（含没有申报的人）的已通过学时、待审核学时、是否视为完成、是否达标与差额。',
    '',
    '选项：',
    '  --year Y        年度，例如 2026',
    '  --json          以 JSON 输出（学时为数字，12.5 即 12.5 学时）',
    DB_HELP
  ].join('\n'),
  options: { year: { type: 'string' }, json: { type: 'boolean' } },
  run: (args, io) =>
    withApp(args, ({ app }) => {
      const year = yearOption(args)
      if (args.values.json) {
        const people = []
        for (const r of iterateSummary(app, year)) {
          people.push({
            idNumber: r.idNumber,
            name: r.name,
            department: r.department,
            publicHours: tenthsToHours(r.publicHours),
            professionalHours: tenthsToHours(r.professionalHours),
            totalHours: tenthsToHours(r.totalHours),
            pendingPublicHours: tenthsToHours(r.pendingPublicHours),
            pendingProfessionalHours: tenthsToHours(r.pendingProfessionalHours),
            yearMet: r.yearMet,
            compliant: r.compliant,
            shortfall: {
              public: tenthsToHours(r.shortfall.public),
              professional: tenthsToHours(r.shortfall.professional),
              total: tenthsToHours(r.shortfall.total)
            }
          })
        }
        io.out(JSON.stringify({ year, people }, null, 2))
        return EXIT_OK
      }
      let count = 0
      let compliant = 0
      io.out(['姓名', '部门', '公需', '专业', '合计', '达标', '说明'].join('\t'))
      for (const r of iterateSummary(app, year)) {
        count++
        if (r.compliant) compliant++
        io.out([r.name, r.department, formatHours(r.publicHours), formatHours(r.professionalHours), formatHours(r.totalHours), r.compliant ? '是' : '否', r.message].join('\t'))
      }
      io.out(`\n${year} 年度：共 ${count} 人，达标 ${compliant} 人${count ? `（${((compliant / count) * 100).toFixed(1)}%）` : ''}。`)
      return EXIT_OK
    })
}
