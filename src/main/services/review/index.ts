export { approve, returnClaims, reject, overrideHours } from './decide'
export { approveAllPending } from './batch'
export { lastDecision, undoLastDecision } from './undo'
