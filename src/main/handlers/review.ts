import type { reviewCalls } from '../../shared/contract/review'
import type { Handlers } from '../transport/registry'
import { approve, approveAllPending, lastDecision, overrideHours, reject, returnClaims, undoLastDecision } from '../services/review'

export const reviewHandlers: Handlers<typeof reviewCalls> = {
  'review.approve': ({ ids }, { app }) => approve(app, ids),
  'review.return': ({ ids, reason }, { app }) => returnClaims(app, ids, reason),
  'review.reject': ({ ids, reason }, { app }) => reject(app, ids, reason),
  'review.approveAllPending': ({ year }, { app }) => approveAllPending(app, year),
  'review.override': ({ id, hours, reason }, { app }) => overrideHours(app, id, hours, reason),
  'review.lastDecision': (_input, { app }) => lastDecision(app),
  'review.undo': (_input, { app }) => undoLastDecision(app)
}
