import type { Tenths } from '../hours'
import type { ClaimStatus } from './claimRecord'

export type ReviewAction = 'approve' | 'return' | 'reject' | 'override'

export interface DecisionResult {
  /** The review action recorded (what undo reverts). */
  actionId: number
  decided: number[]
}

export interface BatchApproval {
  actionId: number | null
  approved: number[]
  /** Pending claims of the year not approved, each with the reason. */
  notApproved: { id: number; reason: string }[]
}

export interface LastDecision {
  actionId: number
  action: ReviewAction
  at: string
  officer: string
  reason: string | null
  claims: number
}

export interface UndoResult extends LastDecision {
  /** What each claim went back to. */
  restored: { id: number; status: ClaimStatus; overrideHours: Tenths | null }[]
}
