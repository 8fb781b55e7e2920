import type Database from 'better-sqlite3'
import type { ClaimStatus } from '../../../shared/domain/claimRecord'
import type { LastDecision, ReviewAction } from '../../../shared/domain/review'
import { prepared } from '../statements'

/**
 * Review decisions are set-based: a call records its claims as items of one action (with the
 * state before), then updates and audits them with one statement each, so approving tens of
 * thousands of claims is a handful of statements, and undo restores exactly what one call did.
 */

export interface ClaimGate {
  id: number
  status: ClaimStatus
  evidence_complete: 0 | 1
  evidence_message: string
  needs_manual_hours: 0 | 1
  override_hours: number | null
  employee_name: string
  kind: string
}

/** The facts that decide whether each claim may be decided (ids passed as a JSON array). */
export function claimGates(db: Database.Database, ids: readonly number[]): ClaimGate[] {
  return prepared<[string], ClaimGate>(
    db,
    `SELECT c.id, c.status, c.evidence_complete, c.evidence_message, c.needs_manual_hours, c.override_hours,
       e.name AS employee_name, c.kind
     FROM claims c JOIN employees e ON e.id = c.employee_id
     WHERE c.id IN (SELECT value FROM json_each(?)) ORDER BY c.id`
  ).all(JSON.stringify(ids))
}

export function insertAction(db: Database.Database, a: { at: string; officer: string; action: ReviewAction; reason: string | null }): number {
  return Number(
    prepared<[string, string, string, string | null]>(db, 'INSERT INTO review_actions (at, officer, action, reason) VALUES (?, ?, ?, ?)').run(
      a.at,
      a.officer,
      a.action,
      a.reason
    ).lastInsertRowid
  )
}

const ITEM_INSERT = `INSERT INTO review_action_items (action_id, claim_id, before_status, before_override_hours,
  before_override_reason, before_decision_reason, before_decided_at, after_status, after_override_hours)`

/** Records the listed claims as items of the action, with their state before and the state to come. */
export function recordItems(
  db: Database.Database,
  actionId: number,
  ids: readonly number[],
  after: { status: ClaimStatus | null; overrideHours?: number | null }
): number {
  const keepOverride = after.overrideHours === undefined ? 1 : 0
  return prepared<[Record<string, unknown>]>(
    db,
    `${ITEM_INSERT} SELECT :actionId, id, status, override_hours, override_reason, decision_reason, decided_at,
       coalesce(:status, status), CASE WHEN :keepOverride THEN override_hours ELSE :overrideHours END
     FROM claims WHERE id IN (SELECT value FROM json_each(:ids))`
  ).run({ actionId, status: after.status, keepOverride, overrideHours: after.overrideHours ?? null, ids: JSON.stringify(ids) }).changes
}

/** Records every pending claim of the year that may be approved (evidence complete, hours known). */
export function recordApprovableOfYear(db: Database.Database, actionId: number, year: number): number {
  return prepared<[number, number]>(
    db,
    `${ITEM_INSERT} SELECT ?, id, status, override_hours, override_reason, decision_reason, decided_at, 'approved', override_hours
     FROM claims WHERE year = ? AND status = 'pending' AND evidence_complete = 1
       AND NOT (needs_manual_hours = 1 AND override_hours IS NULL)`
  ).run(actionId, year).changes
}

export function applyStatus(db: Database.Database, actionId: number, reason: string | null, at: string): void {
  prepared<[Record<string, unknown>]>(
    db,
    `UPDATE claims SET status = i.after_status, decision_reason = :reason, decided_at = :at, updated_at = :at
     FROM review_action_items i WHERE i.claim_id = claims.id AND i.action_id = :actionId`
  ).run({ reason, at, actionId })
}

export function applyOverride(db: Database.Database, actionId: number, reason: string, at: string): void {
  prepared<[string, string, number]>(
    db,
    `UPDATE claims SET override_hours = i.after_override_hours,
       override_reason = CASE WHEN i.after_override_hours IS NULL THEN NULL ELSE ? END, updated_at = ?
     FROM review_action_items i WHERE i.claim_id = claims.id AND i.action_id = ?`
  ).run(reason, at, actionId)
}

const STATE_JSON = (alias: string): string =>
  `json_object('status', ${alias}.status, 'hours', ${alias}.hours, 'overrideHours', ${alias}.override_hours,
     'overrideReason', ${alias}.override_reason, 'decisionReason', ${alias}.decision_reason)`

/** One audit row per decided claim: the item's before-state and the claim as it is now. */
export function auditItems(db: Database.Database, actionId: number, at: string, officer: string, action: string): void {
  prepared<[string, string, string, number]>(
    db,
    `INSERT INTO audit_log (at, officer, action, entity, entity_id, before, after)
     SELECT ?, ?, ?, 'claim', CAST(c.id AS TEXT),
       json_object('status', i.before_status, 'overrideHours', i.before_override_hours,
         'overrideReason', i.before_override_reason, 'decisionReason', i.before_decision_reason),
       ${STATE_JSON('c')}
     FROM review_action_items i JOIN claims c ON c.id = i.claim_id WHERE i.action_id = ? ORDER BY c.id`
  ).run(at, officer, action, actionId)
}

export function itemIds(db: Database.Database, actionId: number): number[] {
  return prepared<[number], { id: number }>(db, 'SELECT claim_id AS id FROM review_action_items WHERE action_id = ? ORDER BY claim_id')
    .all(actionId)
    .map((r) => r.id)
}

interface ActionRow {
  id: number
  at: string
  officer: string
  action: ReviewAction
  reason: string | null
  claims: number
}

export function lastOpenAction(db: Database.Database): LastDecision | undefined {
  const r = prepared<[], ActionRow>(
    db,
    `SELECT a.id, a.at, a.officer, a.action, a.reason,
       (SELECT count(*) FROM review_action_items i WHERE i.action_id = a.id) AS claims
     FROM review_actions a WHERE a.undone_at IS NULL ORDER BY a.id DESC LIMIT 1`
  ).get()
  return r && { actionId: r.id, action: r.action, at: r.at, officer: r.officer, reason: r.reason, claims: r.claims }
}

/** Claims of the action changed since (edited, decided again): undoing would overwrite that. */
export function changedSince(db: Database.Database, actionId: number): number[] {
  return prepared<[number], { id: number }>(
    db,
    `SELECT c.id FROM review_action_items i JOIN claims c ON c.id = i.claim_id
     WHERE i.action_id = ? AND (c.status IS NOT i.after_status OR c.override_hours IS NOT i.after_override_hours) ORDER BY c.id`
  )
    .all(actionId)
    .map((r) => r.id)
}

/** Audits the undo (claim now → state before the action), then restores that state. */
export function restoreItems(db: Database.Database, actionId: number, at: string, officer: string): void {
  prepared<[string, string, number]>(
    db,
    `INSERT INTO audit_log (at, officer, action, entity, entity_id, before, after)
     SELECT ?, ?, 'review.undo', 'claim', CAST(c.id AS TEXT), ${STATE_JSON('c')},
       json_object('status', i.before_status, 'overrideHours', i.before_override_hours,
         'overrideReason', i.before_override_reason, 'decisionReason', i.before_decision_reason)
     FROM review_action_items i JOIN claims c ON c.id = i.claim_id WHERE i.action_id = ? ORDER BY c.id`
  ).run(at, officer, actionId)
  prepared<[string, number]>(
    db,
    `UPDATE claims SET status = i.before_status, override_hours = i.before_override_hours,
       override_reason = i.before_override_reason, decision_reason = i.before_decision_reason,
       decided_at = i.before_decided_at, updated_at = ?
     FROM review_action_items i WHERE i.claim_id = claims.id AND i.action_id = ?`
  ).run(at, actionId)
  prepared<[string, number]>(db, 'UPDATE review_actions SET undone_at = ? WHERE id = ?').run(at, actionId)
}

export function restoredStates(db: Database.Database, actionId: number): { id: number; status: ClaimStatus; overrideHours: number | null }[] {
  return prepared<[number], { id: number; status: ClaimStatus; overrideHours: number | null }>(
    db,
    `SELECT c.id, c.status, c.override_hours AS overrideHours FROM review_action_items i JOIN claims c ON c.id = i.claim_id
     WHERE i.action_id = ? ORDER BY c.id`
  ).all(actionId)
}

/** Pending claims of a year with what keeps each from approval. */
export function pendingOfYear(db: Database.Database, year: number): ClaimGate[] {
  return prepared<[number], ClaimGate>(
    db,
    `SELECT c.id, c.status, c.evidence_complete, c.evidence_message, c.needs_manual_hours, c.override_hours,
       e.name AS employee_name, c.kind
     FROM claims c JOIN employees e ON e.id = c.employee_id WHERE c.year = ? AND c.status = 'pending' ORDER BY c.id`
  ).all(year)
}
