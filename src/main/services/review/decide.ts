import type { ClaimStatus } from '../../../shared/domain/claimRecord'
import type { DecisionResult, ReviewAction } from '../../../shared/domain/review'
import { AppError } from '../../../shared/errors'
import { formatHours, type Tenths } from '../../../shared/hours'
import type { AppContext } from '../../context'
import { applyOverride, applyStatus, auditItems, claimGates, insertAction, itemIds, recordItems, type ClaimGate } from '../../db/repos/reviewActions'
import { nowIso, officerName } from '../audit'
import { approvalBlocker, describeClaim, statusLabel } from './gates'

const MAX_LISTED = 5

function listProblems(problems: string[]): string {
  const shown = problems.slice(0, MAX_LISTED).join('；')
  return problems.length > MAX_LISTED ? `${shown}；等共 ${problems.length} 条` : shown
}

function gatesOf(ctx: AppContext, ids: readonly number[]): ClaimGate[] {
  const unique = [...new Set(ids)]
  if (unique.length === 0) throw new AppError('invalid_input', '请至少选择一条申报')
  const gates = claimGates(ctx.db, unique)
  const found = new Set(gates.map((g) => g.id))
  const missing = unique.filter((id) => !found.has(id))
  if (missing.length) throw new AppError('not_found', `申报编号 ${missing.slice(0, MAX_LISTED).join('、')} 不存在`)
  return gates
}

/**
 * Moves the listed claims to `status`, all or nothing: if any one may not be (evidence
 * incomplete, hours not set), nothing changes and the error names each problem. Claims already
 * in that status are left alone.
 */
function decide(ctx: AppContext, ids: readonly number[], status: ClaimStatus, action: ReviewAction, reason: string | null): DecisionResult {
  return ctx.db.transaction(() => {
    const gates = gatesOf(ctx, ids)
    if (status === 'approved') {
      const blocked = gates.flatMap((g) => {
        const b = approvalBlocker(g)
        return b ? [{ g, ...b }] : []
      })
      if (blocked.length) {
        const code = blocked.every((b) => b.code === 'evidence_incomplete') ? 'evidence_incomplete' : 'refused'
        throw new AppError(code, `不能审核通过：${listProblems(blocked.map((b) => `${describeClaim(b.g)}${b.reason}`))}`, {
          claims: blocked.map((b) => ({ id: b.g.id, reason: b.reason }))
        })
      }
    }
    const todo = gates.filter((g) => g.status !== status).map((g) => g.id)
    if (todo.length === 0) throw new AppError('conflict', `所选申报已是「${statusLabel(status)}」状态`)
    const at = nowIso(ctx)
    const officer = officerName(ctx)
    const actionId = insertAction(ctx.db, { at, officer, action, reason })
    recordItems(ctx.db, actionId, todo, { status })
    applyStatus(ctx.db, actionId, reason, at)
    auditItems(ctx.db, actionId, at, officer, `review.${action}`)
    return { actionId, decided: itemIds(ctx.db, actionId) }
  })()
}

const requireReason = (reason: string, what: string): string => {
  const r = reason.trim()
  if (!r) throw new AppError('invalid_input', `${what}原因：请填写原因`, { field: 'reason' })
  return r
}

export function approve(ctx: AppContext, ids: readonly number[]): DecisionResult {
  return decide(ctx, ids, 'approved', 'approve', null)
}

/** 退回: back to the employee for more evidence. */
export function returnClaims(ctx: AppContext, ids: readonly number[], reason: string): DecisionResult {
  return decide(ctx, ids, 'returned', 'return', requireReason(reason, '退回'))
}

/** 不予认定. */
export function reject(ctx: AppContext, ids: readonly number[], reason: string): DecisionResult {
  return decide(ctx, ids, 'rejected', 'reject', requireReason(reason, '不予认定'))
}

/** Sets (or, with null, clears) the recognised hours in place of the computed ones; a reason is required. */
export function overrideHours(ctx: AppContext, id: number, hours: Tenths | null, reason: string): DecisionResult {
  const why = requireReason(reason, '调整学时')
  if (hours !== null && (!Number.isInteger(hours) || hours < 0 || hours > 10_000)) {
    throw new AppError('invalid_input', `认定学时：${formatHours(hours)} 不在 0 到 1000 学时之间`, { field: 'hours' })
  }
  return ctx.db.transaction(() => {
    const [gate] = gatesOf(ctx, [id])
    if (gate && gate.override_hours === hours) throw new AppError('conflict', '认定学时与当前相同，无需调整')
    const at = nowIso(ctx)
    const officer = officerName(ctx)
    const actionId = insertAction(ctx.db, { at, officer, action: 'override', reason: why })
    recordItems(ctx.db, actionId, [id], { status: null, overrideHours: hours })
    applyOverride(ctx.db, actionId, why, at)
    auditItems(ctx.db, actionId, at, officer, 'review.override')
    return { actionId, decided: [id] }
  })()
}
