import type { Page } from '../../../shared/contract/common'
import type { ClaimInput, ClaimRecord, ClaimStatus } from '../../../shared/domain/claimRecord'
import type { ClaimEvaluation, ClaimFacts } from '../../../shared/domain/claim'
import { AppError } from '../../../shared/errors'
import { evaluateClaim } from '../../../shared/rules'
import type { EvidenceName, KindId } from '../../../shared/vocabulary'
import { kindLabel } from '../../../shared/vocabulary'
import type { AppContext } from '../../context'
import { listClaimAttachments } from '../../db/repos/attachments'
import { countClaims, listClaimRows } from '../../db/repos/claimList'
import { deleteClaim as deleteClaimRow, fromRow, getClaimRow, insertClaim, updateClaim } from '../../db/repos/claims'
import { findDepartmentId } from '../../db/repos/departments'
import { getEmployeeRow } from '../../db/repos/employees'
import { appendAudit, nowIso } from '../audit'
import { evaluateForStore } from './evaluate'

export function getClaim(ctx: AppContext, id: number): ClaimRecord {
  const row = getClaimRow(ctx.db, id)
  if (!row) throw new AppError('not_found', `申报编号 ${id} 不存在`)
  return fromRow(row)
}

/** A claim with its attachments, for the detail view. */
export function getClaimDetail(ctx: AppContext, id: number): ClaimRecord & { attachments: ReturnType<typeof listClaimAttachments> } {
  return { ...getClaim(ctx, id), attachments: listClaimAttachments(ctx.db, id) }
}

function employeeFor(ctx: AppContext, employeeId: number): { idNumber: string; name: string } {
  const e = getEmployeeRow(ctx.db, employeeId)
  if (!e) throw new AppError('not_found', `人员：编号 ${employeeId} 不存在`, { field: 'employeeId' })
  if (e.deleted_at) throw new AppError('refused', `人员：「${e.name}」已从名册删除，不能为其登记申报`, { field: 'employeeId' })
  return { idNumber: e.id_number, name: e.name }
}

/** What the rules make of a claim being typed in a form, without saving anything. */
export function previewClaim(facts: ClaimFacts): ClaimEvaluation {
  return evaluateClaim(facts)
}

export function addClaim(ctx: AppContext, input: ClaimInput): ClaimRecord {
  return ctx.db.transaction(() => {
    const employee = employeeFor(ctx, input.employeeId)
    const id = insertClaim(ctx.db, evaluateForStore(input, employee.idNumber, null), nowIso(ctx))
    const after = getClaim(ctx, id)
    appendAudit(ctx, { action: 'claim.add', entity: 'claim', entityId: id, after })
    return after
  })()
}

/** Saves several claims typed in a grid, in one transaction: all of them or none (the error names the row). */
export function addClaims(ctx: AppContext, inputs: readonly ClaimInput[]): ClaimRecord[] {
  return ctx.db.transaction(() =>
    inputs.map((input, i) => {
      try {
        return addClaim(ctx, input)
      } catch (e) {
        // index: which of the given rows failed, so the grid can open it.
        if (e instanceof AppError) throw new AppError(e.code, `第 ${i + 1} 行：${e.message}`, { index: i, cause: e.details })
        throw e
      }
    })
  )()
}

function assertChangeable(claim: ClaimRecord, what: string): void {
  if (claim.status === 'approved') {
    throw new AppError('refused', `申报 #${claim.id}（${claim.employeeName} · ${kindLabel(claim.kind)}）已审核通过，不能${what}；如需更改，请先撤销该审核决定或将其退回`)
  }
}

function rewrite(ctx: AppContext, id: number, change: (before: ClaimRecord) => ClaimInput, action: string): ClaimRecord {
  return ctx.db.transaction(() => {
    const before = getClaim(ctx, id)
    assertChangeable(before, '修改')
    const input = change(before)
    const employee = employeeFor(ctx, input.employeeId)
    updateClaim(ctx.db, id, evaluateForStore(input, employee.idNumber, before.batchId), nowIso(ctx))
    const after = getClaim(ctx, id)
    appendAudit(ctx, { action, entity: 'claim', entityId: id, before, after })
    return after
  })()
}

/** Rewrites a claim; the rules run again and a decided (returned/rejected) claim goes back to 待审核. */
export function editClaim(ctx: AppContext, id: number, input: ClaimInput): ClaimRecord {
  return rewrite(ctx, id, () => input, 'claim.edit')
}

/** Replaces the list of evidence provided (已提供材料) and re-evaluates. */
export function setEvidence(ctx: AppContext, id: number, evidence: readonly EvidenceName[]): ClaimRecord {
  return rewrite(
    ctx,
    id,
    (before) => ({ employeeId: before.employeeId, title: before.title, note: before.note, facts: { ...before.facts, evidence } }),
    'claim.setEvidence'
  )
}

export function deleteClaim(ctx: AppContext, id: number): void {
  ctx.db.transaction(() => {
    const before = getClaim(ctx, id)
    assertChangeable(before, '删除')
    deleteClaimRow(ctx.db, id)
    appendAudit(ctx, { action: 'claim.delete', entity: 'claim', entityId: id, before })
  })()
}

export interface ClaimListFilter {
  year?: number
  status?: ClaimStatus
  kind?: KindId
  departmentId?: number
  /** Department name (an unknown name matches nothing). */
  department?: string
  employeeId?: number
  batchId?: number
  hasWarnings?: boolean
  search?: string
}

export function listClaims(ctx: AppContext, filter: ClaimListFilter, page: { offset: number; limit: number }): Page<ClaimRecord> {
  let departmentId = filter.departmentId
  if (departmentId === undefined && filter.department !== undefined) {
    departmentId = findDepartmentId(ctx.db, filter.department.trim())
    if (departmentId === undefined) return { rows: [], total: 0, offset: page.offset }
  }
  const f = { ...filter, departmentId }
  return { rows: listClaimRows(ctx.db, f, page.offset, page.limit).map(fromRow), total: countClaims(ctx.db, f), offset: page.offset }
}
