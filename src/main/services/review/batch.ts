import type { BatchApproval } from '../../../shared/domain/review'
import type { AppContext } from '../../context'
import { applyStatus, auditItems, insertAction, itemIds, pendingOfYear, recordApprovableOfYear } from '../../db/repos/reviewActions'
import { prepared } from '../../db/statements'
import { nowIso, officerName } from '../audit'
import { approvalBlocker } from './gates'

/**
 * Approves every pending claim of the year that may be approved, in one transaction with
 * set-based statements; the rest are listed with the reason each was not approved.
 */
export function approveAllPending(ctx: AppContext, year: number): BatchApproval {
  return ctx.db.transaction(() => {
    const at = nowIso(ctx)
    const officer = officerName(ctx)
    const actionId = insertAction(ctx.db, { at, officer, action: 'approve', reason: `批量审核 ${year} 年度待审核申报` })
    const count = recordApprovableOfYear(ctx.db, actionId, year)
    let approved: number[] = []
    if (count === 0) {
      // Nothing to approve: no action to undo either.
      prepared<[number]>(ctx.db, 'DELETE FROM review_actions WHERE id = ?').run(actionId)
    } else {
      applyStatus(ctx.db, actionId, null, at)
      auditItems(ctx.db, actionId, at, officer, 'review.approve')
      approved = itemIds(ctx.db, actionId)
    }
    const notApproved = pendingOfYear(ctx.db, year).map((g) => ({ id: g.id, reason: approvalBlocker(g)?.reason ?? '未审核' }))
    return { actionId: count === 0 ? null : actionId, approved, notApproved }
  })()
}
