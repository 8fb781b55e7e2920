import type Database from 'better-sqlite3'
import type { AuditEntry } from '../../../shared/domain/audit'
import { prepared } from '../statements'

interface AuditRow {
  id: number
  at: string
  officer: string
  action: string
  entity: string
  entity_id: string | null
  before: string | null
  after: string | null
}

export interface AuditWrite {
  at: string
  officer: string
  action: string
  entity: string
  entityId: string | number | null
  before?: unknown
  after?: unknown
}

const json = (v: unknown): string | null => (v === undefined || v === null ? null : JSON.stringify(v))

const fromRow = (r: AuditRow): AuditEntry => ({
  id: r.id,
  at: r.at,
  officer: r.officer,
  action: r.action,
  entity: r.entity,
  entityId: r.entity_id,
  before: r.before === null ? null : (JSON.parse(r.before) as unknown),
  after: r.after === null ? null : (JSON.parse(r.after) as unknown)
})

export function appendAuditRow(db: Database.Database, w: AuditWrite): number {
  return Number(
    prepared<unknown[]>(db, 'INSERT INTO audit_log (at, officer, action, entity, entity_id, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      w.at,
      w.officer,
      w.action,
      w.entity,
      w.entityId === null ? null : String(w.entityId),
      json(w.before),
      json(w.after)
    ).lastInsertRowid
  )
}

/**
 * One 'claim.import' entry per claim a batch added, as appendAuditRow would write them one by one
 * (same JSON, claim id order), but in one statement: an import adds 100,000 claims at a time.
 * `fromId`: the first claim this call added (ids only grow), should a batch be written in parts.
 */
export function appendClaimImportRows(db: Database.Database, batchId: number, fromId: number, at: string, officer: string): void {
  prepared<[string, string, number, number]>(
    db,
    `INSERT INTO audit_log (at, officer, action, entity, entity_id, before, after)
     SELECT ?, ?, 'claim.import', 'claim', CAST(c.id AS TEXT), NULL,
       json_object('idNumber', e.id_number, 'kind', c.kind, 'title', c.title, 'year', c.year, 'hours', c.computed_hours, 'batchId', c.batch_id)
     FROM claims c JOIN employees e ON e.id = c.employee_id WHERE c.batch_id = ? AND c.id >= ? ORDER BY c.id`
  ).run(at, officer, batchId, fromId)
}

/**
 * The 'employee.import' entries of everyone a roster batch added (those without a
 * before-image), by one statement after the inserts: the same JSON as an entry written per
 * person ({ ...fields, department }), without a JSON.stringify and an INSERT each.
 */
export function appendEmployeeImportRows(db: Database.Database, batchId: number, at: string, officer: string): void {
  prepared<[string, string, number]>(
    db,
    `INSERT INTO audit_log (at, officer, action, entity, entity_id, before, after)
     SELECT ?, ?, 'employee.import', 'employee', CAST(e.id AS TEXT), NULL,
       json_object('idNumber', e.id_number, 'name', e.name, 'gender', e.gender, 'departmentId', e.department_id, 'title', e.title,
         'titleLevel', e.title_level, 'phone', e.phone, 'status', e.status, 'department', d.name)
     FROM import_batch_employees b JOIN employees e ON e.id = b.employee_id JOIN departments d ON d.id = e.department_id
     WHERE b.batch_id = ? AND b.before IS NULL ORDER BY e.id`
  ).run(at, officer, batchId)
}

export interface AuditFilter {
  entity?: string
  entityId?: string
  action?: string
  officer?: string
  /** Inclusive ISO bounds on `at`. */
  from?: string
  to?: string
}

function where(f: AuditFilter): { sql: string; params: unknown[] } {
  const clauses: string[] = []
  const params: unknown[] = []
  const add = (sql: string, v: unknown): void => {
    if (v === undefined) return
    clauses.push(sql)
    params.push(v)
  }
  add('entity = ?', f.entity)
  add('entity_id = ?', f.entityId)
  add('action = ?', f.action)
  add('officer = ?', f.officer)
  add('at >= ?', f.from)
  add('at <= ?', f.to)
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params }
}

export function listAuditRows(db: Database.Database, f: AuditFilter, offset: number, limit: number): AuditEntry[] {
  const w = where(f)
  return prepared<unknown[], AuditRow>(db, `SELECT * FROM audit_log ${w.sql} ORDER BY id DESC LIMIT ? OFFSET ?`)
    .all(...w.params, limit, offset)
    .map(fromRow)
}

export function countAudit(db: Database.Database, f: AuditFilter): number {
  const w = where(f)
  return prepared<unknown[], { n: number }>(db, `SELECT count(*) AS n FROM audit_log ${w.sql}`).get(...w.params)?.n ?? 0
}
