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
import { claimImportWriter, rosterLookup, type ClaimImportWriter, type RosterLookup } from '../claims/bulk'
import { rosterImportWriter, type RosterImportWriter } from '../roster/bulk'
import type { PartsHeader, RowsPart } from './parseParts'
import { openParts, threadFromBytes, type PartsSource } from './partsSource'
import { matchClaimsToRoster } from './rosterMatch'
export interface ImportOptions {
  dryRun?: boolean
  /** The name the officer knows the file by (an upload is stored under another name). */
  fileName?: string
  /** Where to write the file back with a 错误说明 column when it is refused. */
  errorsOut?: string
  onProgress?: (done: number, total: number, message?: string) => void
  signal?: AbortSignal
  /** Parse in a worker thread while writing; by default for files of threadFromBytes() or more. */
  thread?: boolean
}

/** From this size (some 800 rows) one read of the whole roster beats a lookup per row. */
const PRELOAD_FROM_BYTES = 64 * 1024

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
 * same writes and rolls them back, so its counts are exactly what would happen. The connection
 * is the import's alone from its backup to its COMMIT or ROLLBACK (DbGate).
 */
export async function importFile(ctx: AppContext, kind: ImportKind, path: string, options: ImportOptions = {}): Promise<ImportReport> {
  if (options.signal?.aborted) throw cancelled()
  const size = fileSize(path)
  const source = openParts(kind, path, { today: today(ctx) }, options.thread ?? size >= threadFromBytes())
  const hashing = sha256File(path)
  hashing.catch(() => undefined) // a missing file is reported by the parse
  try {
    const wait = () => options.onProgress?.(0, 0, '正在等待其他任务完成…')
    const report = await gateOf(ctx.db).exclusive(() => importHolding(ctx, kind, source, hashing, size >= PRELOAD_FROM_BYTES, options, basename(path)), wait)
    if (report.errors.length > 0 && options.errorsOut) await writeErrorsWorkbook(path, report.errors, options.errorsOut)
    return report
  } finally {
    await source.close()
  }
}

/**
 * The import with the connection held: backed up, the transaction opened and what the writer
 * needs read while the worker starts, then the parts written as they come. The backup is kept
 * only when the import committed: attempts do not push older backups out.
 */
async function importHolding(
  ctx: AppContext,
  kind: ImportKind,
  source: PartsSource,
  hashing: Promise<string>,
  large: boolean,
  options: ImportOptions,
  baseName: string
): Promise<ImportReport> {
  const { onProgress: progress, signal } = options
  const report: ImportReport = {
    kind,
    fileName: options.fileName ?? baseName,
    dryRun: options.dryRun ?? false,
    batch: null,
    rows: 0,
    added: 0,
    updated: 0,
    unchanged: 0,
    errors: [],
    warnings: [],
    unknownColumns: []
  }
  const backup = report.dryRun ? undefined : await provisionalBackup(ctx, 'pre-import')
  let committed = false
  try {
    ctx.db.exec('BEGIN IMMEDIATE')
    // A large file is matched against the whole roster read at once, a small one person by person.
    const roster = kind === 'claims' ? rosterLookup(ctx, large) : undefined
    // The header (or the parse's own words for a file it cannot read) before the file's hash.
    const first = await source.messages.next()
    if (first.done || first.value.type !== 'header') throw new Error('import parse began without a header')
    const head = first.value.header
    report.unknownColumns = head.unknownColumns
    const tally = new Tally(head)
    const batch = createBatch(ctx, kind, report.fileName, await hashing)
    const claims = roster && claimImportWriter(ctx, batch, roster)
    const people = roster ? undefined : rosterImportWriter(ctx, batch, large)
    if (!head.refused) await writeParts(source, head, tally, report.dryRun, claims, people, roster, progress, signal)
    report.rows = tally.rows
    report.errors = tally.errors.sort((a, b) => a.row - b.row)
    report.warnings = tally.errors.length === 0 ? [...tally.warnings, ...tally.ruleWarnings] : tally.warnings
    if (report.errors.length > 0 || head.refused) return report
    const counts = claims ? claims.finish() : people!.finish()
    report.added = counts.added
    report.updated = 'updated' in counts ? counts.updated : 0
    report.unchanged = counts.unchanged
    // Nothing new: importing the same file again leaves no trace, not even an empty batch.
    if (report.dryRun || (report.added === 0 && report.updated === 0)) return report
    ctx.db.exec('COMMIT')
    committed = true
    report.batch = batch
    backup?.keep()
    return report
  } finally {
    if (!committed) {
      if (ctx.db.inTransaction) ctx.db.exec('ROLLBACK')
      backup?.discard()
    }
  }
}

/** Writes the parts as they come until the parse ends; after the first error only checks. */
async function writeParts(
  source: PartsSource,
  head: PartsHeader,
  tally: Tally,
  dryRun: boolean,
  claims: ClaimImportWriter | undefined,
  people: RosterImportWriter | undefined,
  roster: RosterLookup | undefined,
  progress: ImportOptions['onProgress'],
  signal: AbortSignal | undefined
): Promise<void> {
  const message = dryRun ? '正在检查…' : '正在导入…'
  const idHeader = header(CLAIMS_SPEC, 'idNumber')
  const nameHeader = header(CLAIMS_SPEC, 'name')
  for (;;) {
    if (signal?.aborted) throw cancelled()
    const next = await source.messages.next()
    if (next.done) throw new Error('import parse ended without its end message')
    const m = next.value
    if (m.type === 'end') {
      tally.ruleWarnings = m.ruleWarnings
      return
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
}
