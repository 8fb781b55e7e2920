import type { ClaimEvaluation, ClaimFacts } from '../../../shared/domain/claim'
import type { ClaimImportCounts } from '../../../shared/domain/claimRecord'
import { AppError } from '../../../shared/errors'
import { parseIdNumber } from '../../../shared/validators/idNumber'
import type { AppContext } from '../../context'
import { appendClaimImportRows } from '../../db/repos/audit'
import { setBatchCounts } from '../../db/repos/batches'
import { PRELOAD_ROWS, WRITE_PART_ROWS, assertBatchWritable, type BatchWriter } from '../batchWriter'
import { claimValues, insertClaimValues, storedFingerprints, type ClaimValues } from '../../db/repos/claims'
import { findEmployeeByIdNumber } from '../../db/repos/employees'
import { prepared } from '../../db/statements'
import { nowIso, officerName } from '../audit'
import { evaluateForStore, type KnownFingerprint } from './evaluate'

/** One claim from a workbook, matched to the roster by 身份证号. */
export interface ClaimImportRow {
  idNumber: string
  /** When given, must agree with the roster. */
  name?: string
  title?: string | null
  note?: string | null
  facts: ClaimFacts
  /** The rules engine's result for exactly these facts, when the caller already has it. */
  evaluation?: ClaimEvaluation
  /** The fingerprint of this claim the caller already has (the import's duplicate check). */
  fingerprint?: KnownFingerprint
  /** The spreadsheet row, for messages. */
  row?: number
}

/** Names compare without spaces: 「张 喆」 in one sheet is 「张喆」 on the roster. */
export const sameName = (a: string, b: string): boolean => a === b || a.replace(/[\s\u3000]/g, '') === b.replace(/[\s\u3000]/g, '')

/** A roster person as the claims import needs them. */
export interface RosterPerson {
  id: number
  name: string
  deleted: boolean
}

/** The roster by ID number, for matching claims to people. */
export type RosterLookup = (idNumber: string) => RosterPerson | undefined

/** The roster by ID number: all of it read at once (`preload`, for a large import), else one person at a time. */
export function rosterLookup(ctx: AppContext, preload: boolean): RosterLookup {
  if (preload) {
    const all = new Map<string, RosterPerson>()
    const select = prepared<[], { id: number; id_number: string; name: string; deleted_at: string | null }>(
      ctx.db,
      'SELECT id, id_number, name, deleted_at FROM employees'
    )
    for (const r of select.iterate()) all.set(r.id_number, { id: r.id, name: r.name, deleted: r.deleted_at !== null })
    return (idNumber) => all.get(idNumber)
  }
  return (idNumber) => {
    const found = findEmployeeByIdNumber(ctx.db, idNumber)
    return found && { id: found.id, name: found.name, deleted: found.deleted_at !== null }
  }
}

/** Whose claim a spreadsheet row is: what matching it to the roster needs. */
export interface ClaimRef {
  /** The spreadsheet row, for messages. */
  row: number
  /** Normalised 18-character 身份证号. */
  idNumber: string
  /** When given, must agree with the roster. */
  name?: string
}

/**
 * A claim ready to store, person aside: its values built by the rules engine and claimValues.
 * The import builds these in its worker thread, so the writer only looks up and inserts.
 */
export interface PreparedClaim extends ClaimRef {
  values: ClaimValues
  yearMet: number[]
  fingerprint: string
}

/** Builds what the writer stores for one claim; throws AppError naming the row's field. */
export function prepareClaim(r: ClaimImportRow, idNumber: string, where: string): PreparedClaim {
  const input = { employeeId: 0, title: r.title ?? null, note: r.note ?? null, facts: r.facts }
  const write = evaluateForStore(input, idNumber, null, where, r.evaluation, r.fingerprint)
  const prepared: PreparedClaim = { row: r.row ?? 0, idNumber, values: claimValues(write), yearMet: write.evaluation.yearMet, fingerprint: write.fingerprint }
  if (r.name !== undefined) prepared.name = r.name
  return prepared
}

export type ClaimImportWriter = BatchWriter<PreparedClaim, ClaimImportCounts>

/**
 * Writes imported claims as they come, new claims pending review. Idempotent: a claim whose
 * fingerprint is already stored (or came earlier in the same import) is counted unchanged, so
 * importing the same file twice changes nothing. Must run inside the caller's transaction.
 */
export function claimImportWriter(ctx: AppContext, batchId: number, person: RosterLookup): ClaimImportWriter {
  assertBatchWritable(ctx, batchId, 'claimImportWriter')
  const at = nowIso(ctx)
  const counts: ClaimImportCounts = { added: 0, unchanged: 0, ids: [] }
  // Fingerprints this import added: a claim twice in one part is not stored yet when the part is looked up.
  const added = new Set<string>()
  const officer = officerName(ctx)
  return {
    add(rows) {
      const stored = storedFingerprints(ctx.db, rows.map((r) => r.fingerprint))
      const before = counts.ids.length
      for (const r of rows) {
        const employee = person(r.idNumber)
        if (!employee || employee.deleted) {
          throw new AppError('invalid_input', `第 ${r.row} 行：身份证号：名册中没有此人，请先导入或登记人员名册`, { row: r.row, field: 'idNumber' })
        }
        const name = r.name?.trim()
        if (name && !sameName(name, employee.name)) {
          throw new AppError('invalid_input', `第 ${r.row} 行：姓名：「${name}」与名册中该身份证号的姓名「${employee.name}」不一致`, { row: r.row, field: 'name' })
        }
        if (stored.has(r.fingerprint) || added.has(r.fingerprint)) counts.unchanged++
        else {
          counts.ids.push(insertClaimValues(ctx.db, employee.id, batchId, r.values, r.yearMet, at))
          added.add(r.fingerprint)
          counts.added++
        }
      }
      // The part's audit entries by one statement after its claims, not all at the end: while
      // an import's worker still parses, this thread has the time, and the end does not wait.
      const first = counts.ids[before]
      if (first !== undefined) appendClaimImportRows(ctx.db, batchId, first, at, officer)
    },
    finish() {
      setBatchCounts(ctx.db, batchId, { added: counts.added, updated: 0, unchanged: counts.unchanged })
      return counts
    }
  }
}

/** Inserts claims in one transaction (all or nothing): claimImportWriter over rows in memory. */
export function insertClaims(
  ctx: AppContext,
  rows: readonly ClaimImportRow[],
  batchId: number,
  onProgress?: (done: number, total: number) => void
): ClaimImportCounts {
  return ctx.db.transaction(() => {
    const writer = claimImportWriter(ctx, batchId, rosterLookup(ctx, rows.length >= PRELOAD_ROWS))
    let part: PreparedClaim[] = []
    rows.forEach((r, i) => {
      const where = `第 ${r.row ?? i + 1} 行：`
      const parsed = parseIdNumber(r.idNumber)
      if (!parsed.ok) throw new AppError('invalid_input', `${where}身份证号：${parsed.message}`, { row: r.row, field: 'idNumber' })
      part.push(prepareClaim({ ...r, row: r.row ?? i + 1 }, parsed.value, where))
      if (part.length === WRITE_PART_ROWS || i === rows.length - 1) {
        writer.add(part)
        part = []
        onProgress?.(i + 1, rows.length)
      }
    })
    const counts = writer.finish()
    onProgress?.(rows.length, rows.length)
    return counts
  })()
}
