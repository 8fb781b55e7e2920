import { approveAllPending } from '../../services/review'
import { DB_HELP, EXIT_OK, UsageError, yearOption, type Command } from '../command'
import { withApp } from '../withApp'

export const reviewCommand: Command = {
  name: 'review',
  summary: '审核：批量通过某年度材料齐全的待审核申报',
  help: [
    '用法：xueshi review approve --year Y --all [--json] [--db PATH]',
    '',
    '通过该年度所有材料齐全的待审核申报；其余的逐条列出未通过的原因（如缺少材料、需人工认定学时）。',
    '',
    '选项：',
    '  --year Y        年度',
    '  --all           确认处理该年度全部待审核申报（必填，防止误操作）',
    '  --json          以 JSON 输出',
    DB_HELP
  ].join('\n'),
  options: { year: { type: 'string' }, all: { type: 'boolean' }, json: { type: 'boolean' } },
  run: (args, io) =>
    withApp(args, ({ app }) => {
      if (args.positionals[0] !== 'approve') throw new UsageError('请指定子命令：approve')
      if (args.positionals.length > 1) throw new UsageError(`多余的参数：${args.positionals.slice(1).join(' ')}`)
      const year = yearOption(args)
      if (!args.values.all) throw new UsageError('批量通过需要 --all 确认')
      const result = approveAllPending(app, year)
      if (args.values.json) {
        io.out(JSON.stringify(result, null, 2))
        return EXIT_OK
      }
      io.out(`${year} 年度：通过 ${result.approved.length} 条；未通过 ${result.notApproved.length} 条。`)
      for (const n of result.notApproved) io.out(`  申报 #${n.id}：${n.reason}`)
      return EXIT_OK
    })
}
