import type { ClaimFacts } from '../../../shared/domain/claim'
import type { ClaimImportCounts } from '../../../shared/domain/claimRecord'
import { AppError } from '../../../shared/errors'
import { parseIdNumber } from '../../../shared/validators/idNumber'
import type { AppContext } from '../../context'
import { getBatch, setBatchCounts } from '../../db/repos/batches'
import { findClaimIdByFingerprint, insertClaim } from '../../db/repos/claims'
import { findEmployeeByIdNumber } from '../../db/repos/employees'
import { appendAudit, nowIso } from '../audit'
import { evaluateForStore } from './evaluate'

/** One claim from a workbook, matched to the roster by 身份证号. */
export interface ClaimImportRow {
  idNumber: string
  /** When given, must agree with the roster. */
  name?: string
  title?: string | null
  note?: string | null
  facts: ClaimFacts
  /** The spreadsheet row, for messages. */
  row?: number
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
    const employees = new Map<string, { id: number; name: string }>()
    const counts: ClaimImportCounts = { added: 0, unchanged: 0, ids: [] }
    rows.forEach((r, i) => {
      const where = `第 ${r.row ?? i + 1} 行：`
      const parsed = parseIdNumber(r.idNumber)
      if (!parsed.ok) throw new AppError('invalid_input', `${where}身份证号：${parsed.message}`, { row: r.row, field: 'idNumber' })
      let employee = employees.get(parsed.value)
      if (!employee) {
        const found = findEmployeeByIdNumber(ctx.db, parsed.value)
        if (!found || found.deleted_at) {
          throw new AppError('invalid_input', `${where}身份证号：名册中没有此人，请先导入或登记人员名册`, { row: r.row, field: 'idNumber' })
        }
        employee = { id: found.id, name: found.name }
        employees.set(parsed.value, employee)
      }
      const name = r.name?.trim()
      if (name && name !== employee.name) {
        throw new AppError('invalid_input', `${where}姓名：「${name}」与名册中该身份证号的姓名「${employee.name}」不一致`, { row: r.row, field: 'name' })
      }
      const write = evaluateForStore({ employeeId: employee.id, title: r.title ?? null, note: r.note ?? null, facts: r.facts }, parsed.value, batchId, where)
      if (findClaimIdByFingerprint(ctx.db, write.fingerprint) !== undefined) {
        counts.unchanged++
      } else {
        const id = insertClaim(ctx.db, write, at)
        appendAudit(ctx, {
          action: 'claim.import',
          entity: 'claim',
          entityId: id,
          after: { idNumber: parsed.value, kind: write.facts.kind, title: write.title, year: write.year, hours: write.evaluation.hours, batchId }
        })
        counts.added++
        counts.ids.push(id)
      }
      if (onProgress && (i + 1) % 1000 === 0) onProgress(i + 1, rows.length)
    })
    setBatchCounts(ctx.db, batchId, { added: counts.added, updated: 0, unchanged: counts.unchanged })
    onProgress?.(rows.length, rows.length)
    return counts
  })()
}
