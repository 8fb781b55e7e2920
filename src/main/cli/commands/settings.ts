import { formatHours, hoursToTenths } from '../../../shared/hours'
import { getPolicy, getSettings, setPolicy, updateSettings } from '../../services/settings'
import { DB_HELP, EXIT_OK, stringOption, UsageError, yearOption, type Command, type Parsed } from '../command'
import { withApp } from '../withApp'

function hoursOption(args: Parsed, name: string): number | undefined {
  const raw = stringOption(args, name)
  if (raw === undefined) return undefined
  const n = Number(raw)
  if (!Number.isFinite(n) || n < 0 || n > 1000) throw new UsageError(`--${name} 应为 0–1000 的学时数（收到「${raw}」）`)
  return hoursToTenths(n)
}

export const settingsCommand: Command = {
  name: 'settings',
  summary: '查看或修改单位名称、经办人和某年度的学时要求',
  help: [
    '用法：xueshi settings [--unit 名称] [--officer 姓名] [--db PATH]',
    '      xueshi settings --year Y [--public N --professional N --total N] [--db PATH]',
    '',
    '不带修改选项时显示当前设置。学时要求默认公需 30、专业 60、合计 90。',
    '',
    '选项：',
    '  --unit 名称      单位名称（印在报告和学时证明上）',
    '  --officer 姓名   经办人（写入审计日志与报告）',
    '  --year Y         要查看或修改学时要求的年度',
    '  --public N       公需科目最低学时',
    '  --professional N 专业科目最低学时',
    '  --total N        合计最低学时',
    DB_HELP
  ].join('\n'),
  options: {
    unit: { type: 'string' },
    officer: { type: 'string' },
    year: { type: 'string' },
    public: { type: 'string' },
    professional: { type: 'string' },
    total: { type: 'string' }
  },
  run: (args, io) =>
    withApp(args, ({ app }) => {
      // Validate every option before changing anything.
      const hours = { public: hoursOption(args, 'public'), professional: hoursOption(args, 'professional'), total: hoursOption(args, 'total') }
      const hasYear = stringOption(args, 'year') !== undefined
      if (!hasYear && Object.values(hours).some((v) => v !== undefined)) throw new UsageError('修改学时要求需要 --year')
      const year = hasYear ? yearOption(args) : undefined
      const unit = stringOption(args, 'unit')
      const officer = stringOption(args, 'officer')
      if (unit !== undefined || officer !== undefined) {
        updateSettings(app, { ...(unit !== undefined ? { unitName: unit } : {}), ...(officer !== undefined ? { officerName: officer } : {}) })
      }
      const s = getSettings(app)
      io.out(`单位名称：${s.unitName || '（未设置）'}\n经办人：${s.officerName || '（未设置）'}`)
      if (year === undefined) return EXIT_OK
      const current = getPolicy(app, year)
      const minPublic = hours.public ?? current.minPublic
      const minProfessional = hours.professional ?? current.minProfessional
      const minTotal = hours.total ?? current.minTotal
      const changed = minPublic !== current.minPublic || minProfessional !== current.minProfessional || minTotal !== current.minTotal
      const policy = changed ? setPolicy(app, { year, minPublic, minProfessional, minTotal }) : current
      io.out(`${year} 年度学时要求：公需 ≥ ${formatHours(policy.minPublic)}，专业 ≥ ${formatHours(policy.minProfessional)}，合计 ≥ ${formatHours(policy.minTotal)}`)
      return EXIT_OK
    })
}
