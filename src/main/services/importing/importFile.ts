import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { basename } from 'node:path'
import type { ImportKind } from '../../../shared/domain/batch'
import type { ImportIssue, ImportReport } from '../../../shared/domain/importReport'
import { AppError } from '../../../shared/errors'
import { evaluateClaim } from '../../../shared/rules'
import type { AppContext } from '../../context'
import type { ROSTER_SPEC } from '../../import/columns';
import { CLAIMS_SPEC } from '../../import/columns'
import { parseClaimRows, type ParsedClaimRow } from '../../import/parseClaims'
import { parseRosterRows, type ParsedRosterRow } from '../../import/parseRoster'
import type { ParseResult } from '../../import/issues'
import { writeErrorsWorkbook } from '../../import/errorsWorkbook'
import { backupNow } from '../backup'
import { createBatch } from '../batches'
import { upsertEmployees } from '../roster'
import { insertClaims } from '../claims/bulk'
import { matchClaimsToRoster } from './rosterMatch'
import { ruleWarnings } from './ruleWarnings'

export interface ImportOptions {
  dryRun?: boolean
  /** The name the officer knows the file by (an upload is stored under another name). */
  fileName?: string
  /** Where to write the file back with a 错误说明 column when it is refused. */
  errorsOut?: string
  onProgress?: (done: number, total: number, message?: string) => void
  signal?: AbortSignal
}

/** Thrown inside the transaction of a dry run so SQLite rolls everything back. */
class DryRunRollback extends Error {}

function sha256File(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256')
    createReadStream(path)
      .on('data', (c) => hash.update(c))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject)
  })
}

function header(spec: typeof ROSTER_SPEC | typeof CLAIMS_SPEC, key: string): string {
  return spec.columns.find((c) => c.key === key)?.header ?? key
}

function today(ctx: AppContext): string {
  return ctx.now().toISOString().slice(0, 10)
}

/**
 * Imports a roster or claims workbook: read and validate every row first, then write all of it
 * in one transaction as an undoable batch, or nothing when any row is in error. A dry run goes
 * through the same writes and rolls them back, so its counts are exactly what would happen.
 */
export async function importFile(ctx: AppContext, kind: ImportKind, path: string, options: ImportOptions = {}): Promise<ImportReport> {
  const fileName = options.fileName ?? basename(path)
  const progress = options.onProgress
  const readOptions = {
    today: today(ctx),
    ...(options.signal ? { signal: options.signal } : {}),
    onProgress: (done: number, total: number) => progress?.(done, total, '正在读取并校验…')
  }
  const parsed: ParseResult<ParsedRosterRow> | ParseResult<ParsedClaimRow> =
    kind === 'roster' ? await parseRosterRows(path, readOptions) : await parseClaimRows(path, readOptions)

  const errors: ImportIssue[] = [...parsed.errors]
  const claimRows = kind === 'claims' ? (parsed.rows as ParsedClaimRow[]) : []
  // Rows that parsed are checked against the roster too, so one pass shows every problem.
  if (kind === 'claims') {
    errors.push(...matchClaimsToRoster(ctx.db, claimRows, header(CLAIMS_SPEC, 'idNumber'), header(CLAIMS_SPEC, 'name')))
  }
  // Each claim goes through the rules engine once: its warnings now, its hours in the write.
  const evaluations = errors.length === 0 ? claimRows.map((r) => evaluateClaim(r.facts)) : []
  const report: ImportReport = {
    kind,
    fileName,
    dryRun: options.dryRun ?? false,
    batch: null,
    // Data rows read: those that parsed, plus those that failed to (the header row is not data;
    // a roster-match error is on a row that parsed, so it is counted once).
    rows: parsed.rows.length + new Set(parsed.errors.filter((e) => e.row !== parsed.headerRow).map((e) => e.row)).size,
    added: 0,
    updated: 0,
    unchanged: 0,
    errors: errors.sort((a, b) => a.row - b.row),
    warnings: kind === 'claims' && errors.length === 0 ? [...parsed.warnings, ...ruleWarnings(claimRows, evaluations)] : parsed.warnings,
    unknownColumns: parsed.unknownColumns
  }
  if (errors.length > 0) {
    if (options.errorsOut) await writeErrorsWorkbook(path, errors, options.errorsOut)
    return report
  }
  if (options.signal?.aborted) throw new AppError('cancelled', '已取消导入，未做任何更改')

  const fileSha256 = await sha256File(path)
  if (!report.dryRun) await backupNow(ctx, 'pre-import')
  progress?.(0, parsed.rows.length, '正在写入…')
  const onWrite = (done: number, total: number) => progress?.(done, total, '正在写入…')
  try {
    ctx.db.transaction(() => {
      const batch = createBatch(ctx, kind, fileName, fileSha256)
      if (kind === 'roster') {
        const rows = (parsed.rows as ParsedRosterRow[]).map((r) => ({ ...r, row: r.rowNumber }))
        Object.assign(report, upsertEmployees(ctx, rows, batch, onWrite))
      } else {
        const rows = claimRows.map((r, i) => ({
          idNumber: r.idNumber,
          // The name was checked against the roster above, spaces ignored.
          title: r.title ?? null,
          note: r.remark ?? null,
          facts: r.facts,
          evaluation: evaluations[i],
          row: r.rowNumber
        }))
        const counts = insertClaims(ctx, rows, batch, onWrite)
        report.added = counts.added
        report.unchanged = counts.unchanged
      }
      // Nothing new: importing the same file again leaves no trace, not even an empty batch.
      if (report.dryRun || (report.added === 0 && report.updated === 0)) throw new DryRunRollback()
      report.batch = batch
    })()
  } catch (e) {
    if (!(e instanceof DryRunRollback)) throw e
  }
  return report
}
