import type { ClaimEvaluation, ClaimFacts } from '../../../shared/domain/claim'
import type { ClaimImportCounts } from '../../../shared/domain/claimRecord'
import { AppError } from '../../../shared/errors'
import { parseIdNumber } from '../../../shared/validators/idNumber'
import type { AppContext } from '../../context'
import { appendClaimImportRows } from '../../db/repos/audit'
import { getBatch, setBatchCounts } from '../../db/repos/batches'
import { findClaimIdByFingerprint, insertClaim } from '../../db/repos/claims'
import { findEmployeeByIdNumber } from '../../db/repos/employees'
import { prepared } from '../../db/statements'
import { nowIso, officerName } from '../audit'
import { evaluateForStore } from './evaluate'

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
  /** The spreadsheet row, for messages. */
  row?: number
}

interface Person {
  id: number
  name: string
  deleted: boolean
}

/** Above this many rows one read of the whole roster beats a lookup per person. */
const PRELOAD_ROWS = 1000

/** The roster by ID number: all of it at once for a large import, else one person at a time. */
function rosterLookup(ctx: AppContext, rows: number): (idNumber: string) => Person | undefined {
  if (rows >= PRELOAD_ROWS) {
    const all = new Map<string, Person>()
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

/**
 * Inserts imported claims in one transaction (all or nothing), new claims pending review.
 * Idempotent: a claim whose fingerprint is already stored (or appeared earlier in the same
 * rows) is counted unchanged, so importing the same file twice changes nothing.
 */
export function insertClaims(
  ctx: AppContext,
  rows: readonly ClaimImportRow[],
  batchId: number,
  onProgress?: (done: number, total: number) => void
): ClaimImportCounts {
  return ctx.db.transaction(() => {
    if (!getBatch(ctx.db, batchId)) throw new AppError('not_found', `导入批次 ${batchId} 不存在`)
    const at = nowIso(ctx)
    const person = rosterLookup(ctx, rows.length)
    const counts: ClaimImportCounts = { added: 0, unchanged: 0, ids: [] }
    rows.forEach((r, i) => {
      const where = `第 ${r.row ?? i + 1} 行：`
      const parsed = parseIdNumber(r.idNumber)
      if (!parsed.ok) throw new AppError('invalid_input', `${where}身份证号：${parsed.message}`, { row: r.row, field: 'idNumber' })
      const employee = person(parsed.value)
      if (!employee || employee.deleted) {
        throw new AppError('invalid_input', `${where}身份证号：名册中没有此人，请先导入或登记人员名册`, { row: r.row, field: 'idNumber' })
      }
      const name = r.name?.trim()
      if (name && name !== employee.name) {
        throw new AppError('invalid_input', `${where}姓名：「${name}」与名册中该身份证号的姓名「${employee.name}」不一致`, { row: r.row, field: 'name' })
      }
      const input = { employeeId: employee.id, title: r.title ?? null, note: r.note ?? null, facts: r.facts }
      const write = evaluateForStore(input, parsed.value, batchId, where, r.evaluation)
      if (findClaimIdByFingerprint(ctx.db, write.fingerprint) !== undefined) {
        counts.unchanged++
      } else {
        counts.ids.push(insertClaim(ctx.db, write, at))
        counts.added++
      }
      if (onProgress && (i + 1) % 1000 === 0) onProgress(i + 1, rows.length)
    })
    // The audit entries of all the claims added, written by one statement after them.
    const first = counts.ids[0]
    if (first !== undefined) appendClaimImportRows(ctx.db, batchId, first, at, officerName(ctx))
    setBatchCounts(ctx.db, batchId, { added: counts.added, updated: 0, unchanged: counts.unchanged })
    onProgress?.(rows.length, rows.length)
    return counts
  })()
}
