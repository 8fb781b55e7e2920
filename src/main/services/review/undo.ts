import type { LastDecision, UndoResult } from '../../../shared/domain/review'
import { AppError } from '../../../shared/errors'
import type { AppContext } from '../../context'
import { changedSince, lastOpenAction, restoreItems, restoredStates } from '../../db/repos/reviewActions'
import { nowIso, officerName } from '../audit'

/** The decision `undoLastDecision` would revert, or null when there is none. */
export function lastDecision(ctx: AppContext): LastDecision | null {
  return lastOpenAction(ctx.db) ?? null
}

/**
 * Reverts the most recent review decision not yet undone (a whole batch approval at once),
 * restoring each claim's status, override and reason from before. Refused if any of those
 * claims changed since, so an undo never overwrites later work.
 */
export function undoLastDecision(ctx: AppContext): UndoResult {
  return ctx.db.transaction(() => {
    const last = lastOpenAction(ctx.db)
    if (!last) throw new AppError('not_found', '没有可撤销的审核决定')
    const changed = changedSince(ctx.db, last.actionId)
    if (changed.length) {
      throw new AppError(
        'conflict',
        `不能撤销：申报 #${changed.slice(0, 5).join('、#')}${changed.length > 5 ? ` 等 ${changed.length} 条` : ''} 在该决定之后又被修改或审核过`
      )
    }
    restoreItems(ctx.db, last.actionId, nowIso(ctx), officerName(ctx))
    return { ...last, restored: restoredStates(ctx.db, last.actionId) }
  })()
}
