import { resolve } from 'node:path'
import type { ReportRequest } from '../../../shared/contract/reports'
import { AppError } from '../../../shared/errors'
import { parseIdNumber } from '../../../shared/validators/idNumber'
import type { AppContext } from '../../context'
import { findEmployeeByIdNumber } from '../../db/repos/employees'
import { runReport } from '../../services/exporting'
import { DB_HELP, EXIT_OK, requireString, UsageError, yearOption, type Command, type Io, type Parsed } from '../command'
import { withApp } from '../withApp'

function employeeIdOf(app: AppContext, raw: string): number {
  const parsed = parseIdNumber(raw)
  if (!parsed.ok) throw new AppError('invalid_input', `身份证号「${raw}」：${parsed.message}`)
  const found = findEmployeeByIdNumber(app.db, parsed.value)
  if (!found) throw new AppError('not_found', `名册中没有身份证号为 ${parsed.value} 的人员`)
  return found.id
}

function idList(args: Parsed): string[] {
  const v = args.values.id
  return Array.isArray(v) ? v : typeof v === 'string' ? [v] : []
}

function request(app: AppContext, what: string | undefined, args: Parsed): { request: ReportRequest; ext: string } {
  switch (what) {
    case 'annual':
      return { request: { report: 'annual', year: yearOption(args), fullId: Boolean(args.values['full-id']) }, ext: '.xlsx' }
    case 'report':
      return { request: { report: 'unit', year: yearOption(args) }, ext: '.pdf' }
    case 'certificates': {
      const ids = idList(args)
      return {
        request: { report: 'certificates', year: yearOption(args), ...(ids.length ? { employeeIds: ids.map((id) => employeeIdOf(app, id)) } : {}) },
        ext: '.pdf'
      }
    }
    case 'record': {
      const ids = idList(args)
      if (ids.length !== 1) throw new UsageError('学时认定单需要一个 --id 身份证号')
      const fromYear = yearOption(args, 'from')
      const toYear = yearOption(args, 'to')
      if (fromYear > toYear) throw new UsageError('--from 不能晚于 --to')
      return { request: { report: 'record', employeeId: employeeIdOf(app, ids[0] ?? ''), fromYear, toYear }, ext: '.pdf' }
    }
    default:
      throw new UsageError('请指定导出内容：annual、report、certificates 或 record')
  }
}

function progressPrinter(io: Io): (done: number, total: number) => void {
  let last = -1
  return (done, total) => {
    if (!process.stderr.isTTY || total === 0) return
    const percent = Math.floor((done / total) * 100)
    if (percent !== last && percent % 10 === 0) io.err(`  ${percent}%`)
    last = percent
  }
}

export const exportCommand: Command = {
  name: 'export',
  summary: '导出年度汇总表、核认报告、学时证明或学时认定单',
  help: [
    '用法：xueshi export annual --year Y --out FILE.xlsx [--full-id]',
    '      xueshi export report --year Y --out FILE.pdf',
    '      xueshi export certificates --year Y --out FILE.pdf [--id 身份证号 …]',
    '      xueshi export record --id 身份证号 --from Y1 --to Y2 --out FILE.pdf',
    '',
    '只统计已通过的申报。身份证号默认脱敏（前 6 位与后 4 位），--full-id 输出完整号码。',
    '文件先写到临时文件，完成后才改为目标文件名；中途失败不会留下半个文件。',
    '',
    '选项：',
    '  --year Y        年度',
    '  --out FILE      输出文件',
    '  --full-id       年度汇总表中显示完整身份证号',
    '  --id ID         人员身份证号（学时证明可重复多次；认定单必填一个）',
    '  --from Y1       认定单起始年度',
    '  --to Y2         认定单结束年度',
    DB_HELP
  ].join('\n'),
  options: {
    year: { type: 'string' },
    out: { type: 'string' },
    'full-id': { type: 'boolean' },
    id: { type: 'string', multiple: true },
    from: { type: 'string' },
    to: { type: 'string' }
  },
  run: (args, io) => {
    if (args.positionals.length > 1) throw new UsageError(`多余的参数：${args.positionals.slice(1).join(' ')}`)
    const out = resolve(requireString(args, 'out'))
    return withApp(args, async ({ app }) => {
      const { request: req, ext } = request(app, args.positionals[0], args)
      if (!out.toLowerCase().endsWith(ext)) throw new UsageError(`--out 应为 ${ext} 文件`)
      const result = await runReport(app, req, out, { onProgress: progressPrinter(io) })
      for (const w of result.warnings) io.err(`提示：${w}`)
      const count = result.pages !== undefined ? `，共 ${result.pages} 页` : result.rows !== undefined ? `，共 ${result.rows} 行` : ''
      io.out(`已导出：${out}${count}`)
      return EXIT_OK
    })
  }
}
