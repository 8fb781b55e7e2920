import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { ImportReport } from '../../../shared/domain/importReport'
import { importFile } from '../../services/importing/importFile'
import { undoBatch } from '../../services/batches'
import { DB_HELP, EXIT_OK, EXIT_REFUSED, stringOption, UsageError, type Command, type Io } from '../command'
import { withApp } from '../withApp'

function printReport(report: ImportReport, io: Io): void {
  const label = report.kind === 'roster' ? '人员名册' : '学时申报'
  if (report.errors.length > 0) {
    io.err(`「${report.fileName}」有 ${report.errors.length} 处错误，整个文件未导入（未做任何更改）：`)
    for (const e of report.errors.slice(0, 200)) io.err(`  ${e.message}`)
    if (report.errors.length > 200) io.err(`  ……另有 ${report.errors.length - 200} 处错误（用 --errors-out 导出全部错误说明）`)
  } else {
    const verb = report.dryRun ? '检查通过（试运行，未写入）' : report.batch ? `已导入（批次 ${report.batch}，可用 xueshi import undo ${report.batch} 撤销）` : '没有新内容（与已导入的数据相同）'
    const counts = report.kind === 'roster' ? `新增 ${report.added} 人，更新 ${report.updated} 人，未变 ${report.unchanged} 人` : `新增 ${report.added} 条（待审核），未变 ${report.unchanged} 条`
    io.out(`${label}「${report.fileName}」${verb}：${counts}。`)
  }
  // Unknown and repeated columns are among the warnings, with their row.
  for (const w of report.warnings.slice(0, 100)) io.err(`  提示：${w.message}`)
}

export const importCommand: Command = {
  name: 'import',
  summary: '导入人员名册或学时申报（全有或全无，可整批撤销）',
  help: [
    '用法：xueshi import roster|claims FILE [--dry-run] [--json] [--errors-out FILE.xlsx] [--db PATH]',
    '      xueshi import undo BATCH [--db PATH]',
    '',
    '读取 .xlsx 或 .csv（UTF-8 或 GBK）。任何一行有错误，整个文件都不导入，退出码为 1。',
    '人员名册按身份证号新增或更新；学时申报须能对应名册中的人员，导入后为「待审核」。重复导入同一文件不会产生重复数据。',
    '',
    '选项：',
    '  --dry-run             只检查并报告，不写入',
    '  --json                以 JSON 输出 {batch, added, updated, unchanged, errors, warnings}',
    '  --errors-out FILE     有错误时，输出带「错误说明」列的工作簿，改正后可直接重新导入',
    DB_HELP
  ].join('\n'),
  options: { 'dry-run': { type: 'boolean' }, json: { type: 'boolean' }, 'errors-out': { type: 'string' } },
  run: (args, io) => {
    const [kind, target, ...extra] = args.positionals
    if (extra.length) throw new UsageError(`多余的参数：${extra.join(' ')}`)
    if (kind === 'undo') {
      const batchId = Number(target)
      if (!Number.isInteger(batchId) || batchId <= 0) throw new UsageError('请给出要撤销的批次号，例如 xueshi import undo 3')
      return withApp(args, ({ app }) => {
        const { batch, reverted } = undoBatch(app, batchId)
        io.out(`已撤销导入批次 ${batch.id}（${batch.fileName}）：恢复或删除了 ${reverted} 条记录。`)
        return EXIT_OK
      })
    }
    if (kind !== 'roster' && kind !== 'claims') throw new UsageError('请指定导入类型：roster、claims 或 undo')
    if (!target) throw new UsageError('请给出要导入的文件')
    const file = resolve(target)
    if (!existsSync(file)) throw new UsageError(`找不到文件：${target}`)
    const errorsOut = stringOption(args, 'errors-out')
    return withApp(args, async ({ app }) => {
      const report = await importFile(app, kind, file, {
        dryRun: Boolean(args.values['dry-run']),
        ...(errorsOut ? { errorsOut: resolve(errorsOut) } : {})
      })
      if (args.values.json) {
        io.out(
          JSON.stringify(
            { batch: report.batch, rows: report.rows, added: report.added, updated: report.updated, unchanged: report.unchanged, errors: report.errors, warnings: report.warnings, unknownColumns: report.unknownColumns, dryRun: report.dryRun },
            null,
            2
          )
        )
      } else printReport(report, io)
      if (report.errors.length > 0 && errorsOut) io.err(`已写出错误说明：${resolve(errorsOut)}`)
      return report.errors.length > 0 ? EXIT_REFUSED : EXIT_OK
    })
  }
}
