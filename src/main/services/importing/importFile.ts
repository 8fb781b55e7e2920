import { createHash } from 'node:crypto'
import { createReadStream, statSync } from 'node:fs'
import { basename } from 'node:path'
import type { ImportKind } from '../../../shared/domain/batch'
import type { ImportIssue, ImportReport, ImportWarning } from '../../../shared/domain/importReport'
import { AppError } from '../../../shared/errors'
import type { AppContext } from '../../context'
import { gateOf } from '../../db/gate'
import { CLAIMS_SPEC, type ROSTER_SPEC } from '../../import/columns'
import { writeErrorsWorkbook } from '../../import/errorsWorkbook'
import { provisionalBackup } from '../backup'
import { createBatch } from '../batches'
import { claimImportWriter, rosterLookup, type ClaimImportWriter } from '../claims/bulk'
import { rosterImportWriter, type RosterImportWriter } from '../roster/bulk'
import type { PartsHeader, RowsPart } from './parseParts'
import { openParts, type PartsSource } from './partsSource'
import { matchClaimsToRoster } from './rosterMatch'
export interface ImportOptions {
  dryRun?: boolean
  /** The name the officer knows the file by (an upload is stored under another name). */
  fileName?: string
  /** Where to write the file back with a 错误说明 column when it is refused. */
  errorsOut?: string
  onProgress?: (done: number, total: number, message?: string) => void
  signal?: AbortSignal
  /** Parse in a worker thread while writing; by default for files of THREAD_FROM_BYTES or more. */
  thread?: boolean
}

/** From this size a worker thread parsing while this one writes pays for its start. */
export const THREAD_FROM_BYTES = 256 * 1024

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

const cancelled = () => new AppError('cancelled', '已取消导入，未做任何更改')

function fileSize(path: string): number {
  try {
    return statSync(path).size
  } catch {
    return 0 // the parse reports a missing file in its own words
  }
}

/** What an import gathers from the parts of the file, whether or not it writes them. */
class Tally {
  readonly errors: ImportIssue[] = []
  readonly warnings: ImportWarning[] = []
  ruleWarnings: ImportWarning[] = []
  valid = 0
  private readonly failedRows = new Set<number>()

  constructor(private readonly head: PartsHeader) {
    this.errors.push(...head.errors)
    this.warnings.push(...head.warnings)
  }

  /** Adds a part's problems; those of the parse count rows read that failed to parse. */
  parsed(part: RowsPart): void {
    this.valid += part.valid
    for (const e of part.errors) {
      this.errors.push(e)
      if (e.row !== this.head.headerRow) this.failedRows.add(e.row)
    }
    this.warnings.push(...part.warnings)
  }

  /** Data rows read: those that parsed plus those that failed to (a roster-match error is on a row that parsed). */
  get rows(): number {
    return this.valid + this.failedRows.size
  }
}

/**
 * Imports a roster or claims workbook as one undoable batch, all or nothing. The file is parsed
 * (in a worker thread when large) while the rows already parsed are written in one transaction
 * held across the parse; the first error stops the writing, every row is still checked so the
 * report lists every problem, and the transaction is rolled back. A dry run goes through the
 * same writes and rolls them back, so its counts are exactly what would happen. While the
 * transaction is open the connection is the import's alone (DbGate).
 */
export async function importFile(ctx: AppContext, kind: ImportKind, path: string, options: ImportOptions = {}): Promise<ImportReport> {
  const fileName = options.fileName ?? basename(path)
  const { onProgress: progress, signal } = options
  if (signal?.aborted) throw cancelled()
  const source = openParts(kind, path, { today: today(ctx) }, options.thread ?? fileSize(path) >= THREAD_FROM_BYTES)
  // Hashed and backed up while the file is parsed; a refused file's backup is deleted again.
  const hashing = sha256File(path)
  const backingUp = options.dryRun ? undefined : provisionalBackup(ctx, 'pre-import')
  hashing.catch(() => undefined)
  backingUp?.catch(() => undefined)
  let kept = false
  try {
    const first = await source.messages.next()
    if (first.done || first.value.type !== 'header') throw new Error('import parse began without a header')
    const head = first.value.header
    const tally = new Tally(head)
    const report: ImportReport = {
      kind,
      fileName,
      dryRun: options.dryRun ?? false,
      batch: null,
      rows: 0,
      added: 0,
      updated: 0,
      unchanged: 0,
      errors: [],
      warnings: [],
      unknownColumns: head.unknownColumns
    }
    if (!head.refused) {
      const fileSha256 = await hashing
      const backup = await backingUp
      if (signal?.aborted) throw cancelled()
      const wait = () => progress?.(0, head.expectedRows, '正在等待其他任务完成…')
      const committed = await gateOf(ctx.db).exclusive(() => writeParts(ctx, kind, source, head, tally, report, fileName, fileSha256, options), wait)
      if (committed) {
        backup?.keep()
        kept = true
      }
    }
    report.rows = tally.rows
    report.errors = tally.errors.sort((a, b) => a.row - b.row)
    report.warnings = tally.errors.length === 0 ? [...tally.warnings, ...tally.ruleWarnings] : tally.warnings
    if (report.errors.length > 0 && options.errorsOut) await writeErrorsWorkbook(path, report.errors, options.errorsOut)
    return report
  } finally {
    await source.close()
    if (!kept) (await backingUp?.catch(() => undefined))?.discard()
  }
}

/**
 * Writes the parts as they come inside one transaction; true when it committed. The counts go
 * into the report whether it committed or not (a dry run reports what would happen).
 */
async function writeParts(
  ctx: AppContext,
  kind: ImportKind,
  source: PartsSource,
  head: PartsHeader,
  tally: Tally,
  report: ImportReport,
  fileName: string,
  fileSha256: string,
  options: ImportOptions
): Promise<boolean> {
  const { onProgress: progress, signal } = options
  const message = report.dryRun ? '正在检查…' : '正在导入…'
  const idHeader = header(CLAIMS_SPEC, 'idNumber')
  const nameHeader = header(CLAIMS_SPEC, 'name')
  ctx.db.exec('BEGIN IMMEDIATE')
  let committed = false
  try {
    const batch = createBatch(ctx, kind, fileName, fileSha256)
    // How many rows to expect decides how the roster is read; a file that does not say (a
    // workbook without its dimension) is taken to be large.
    const expected = head.expectedRows > 0 ? head.expectedRows - head.headerRow : Number.POSITIVE_INFINITY
    const roster = kind === 'claims' ? rosterLookup(ctx, expected) : undefined
    let claims: ClaimImportWriter | undefined
    let people: RosterImportWriter | undefined
    if (roster) claims = claimImportWriter(ctx, batch, roster)
    else people = rosterImportWriter(ctx, batch, expected)
    for (;;) {
      if (signal?.aborted) throw cancelled()
      const next = await source.messages.next()
      if (next.done) throw new Error('import parse ended without its end message')
      const m = next.value
      if (m.type === 'end') {
        tally.ruleWarnings = m.ruleWarnings
        break
      }
      if (m.type !== 'part') continue
      const part = m.part
      tally.parsed(part)
      if (part.kind === 'claims' && roster) {
        tally.errors.push(...matchClaimsToRoster(roster, part.rows, idHeader, nameHeader), ...matchClaimsToRoster(roster, part.refs, idHeader, nameHeader))
        if (tally.errors.length === 0) claims?.add(part.rows)
      } else if (part.kind === 'roster' && tally.errors.length === 0) people?.add(part.rows)
      progress?.(part.lastRow, Math.max(head.expectedRows, part.lastRow), message)
    }
    if (tally.errors.length > 0) return false
    const counts = claims ? claims.finish() : people!.finish()
    report.added = counts.added
    report.updated = 'updated' in counts ? counts.updated : 0
    report.unchanged = counts.unchanged
    // Nothing new: importing the same file again leaves no trace, not even an empty batch.
    if (report.dryRun || (report.added === 0 && report.updated === 0)) return false
    ctx.db.exec('COMMIT')
    committed = true
    report.batch = batch
    return true
  } finally {
    if (!committed && ctx.db.inTransaction) ctx.db.exec('ROLLBACK')
  }
}
