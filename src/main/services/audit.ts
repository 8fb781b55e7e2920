import type { AuditEntry } from '../../shared/domain/audit'
import type { Page } from '../../shared/contract/common'
import type { AppContext } from '../context'
import { appendAuditRow, countAudit, listAuditRows, type AuditFilter } from '../db/repos/audit'
import { getSetting } from '../db/repos/settings'

export type { AuditFilter } from '../db/repos/audit'

/** The clock as stored text: ISO-8601 UTC, so text order is time order. */
export function nowIso(ctx: AppContext): string {
  return ctx.now().toISOString()
}

/** 经办人 from settings, for the audit log; '' until the officer sets it. */
export function officerName(ctx: AppContext): string {
  return getSetting(ctx.db, 'officerName') ?? ''
}

export interface AuditEvent {
  action: string
  entity: string
  entityId: string | number | null
  before?: unknown
  after?: unknown
}

/** Appends one entry (inside the caller's transaction, so the change and its record commit together). */
export function appendAudit(ctx: AppContext, event: AuditEvent): number {
  return appendAuditRow(ctx.db, { ...event, at: nowIso(ctx), officer: officerName(ctx) })
}

/**
 * appendAudit for many entries of one operation: the time and the officer read once, not per
 * entry (an import writes one entry per person).
 */
export function auditAppender(ctx: AppContext): (event: AuditEvent) => number {
  const at = nowIso(ctx)
  const officer = officerName(ctx)
  return (event) => appendAuditRow(ctx.db, { ...event, at, officer })
}

export function listAudit(ctx: AppContext, filter: AuditFilter, page: { offset: number; limit: number }): Page<AuditEntry> {
  return {
    rows: listAuditRows(ctx.db, filter, page.offset, page.limit),
    total: countAudit(ctx.db, filter),
    offset: page.offset
  }
}
