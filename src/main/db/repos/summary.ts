import type Database from 'better-sqlite3'
import { containsPattern, prepared } from '../statements'

export interface SummarySqlRow {
  employee_id: number
  id_number: string
  name: string
  department: string | null
  public_hours: number
  professional_hours: number
  pending_public: number
  pending_professional: number
  year_met: 0 | 1
}

export interface SummaryFilter {
  departmentId?: number
  search?: string
}

/**
 * One row per active employee with the year's hours, aggregated by one GROUP BY over the
 * claims index (year, status, employee, category, hours) and left-joined so people with no
 * claims appear with zeros.
 */
function summarySql(filter: SummaryFilter, paged: boolean): { sql: string; params: unknown[] } {
  const clauses = ["e.deleted_at IS NULL", "e.status = 'active'"]
  const params: unknown[] = []
  if (filter.departmentId !== undefined) {
    clauses.push('e.department_id = ?')
    params.push(filter.departmentId)
  }
  const search = filter.search?.trim()
  if (search) {
    const p = containsPattern(search)
    clauses.push("(e.name LIKE ? ESCAPE '\\' OR e.id_number LIKE ? ESCAPE '\\')")
    params.push(p, p.toUpperCase())
  }
  const sql = `
    WITH hours AS (
      SELECT employee_id,
        sum(CASE WHEN status = 'approved' AND category = 'public' THEN coalesce(override_hours, computed_hours) ELSE 0 END) AS ap,
        sum(CASE WHEN status = 'approved' AND category = 'professional' THEN coalesce(override_hours, computed_hours) ELSE 0 END) AS apr,
        sum(CASE WHEN status = 'pending' AND category = 'public' THEN coalesce(override_hours, computed_hours) ELSE 0 END) AS pp,
        sum(CASE WHEN status = 'pending' AND category = 'professional' THEN coalesce(override_hours, computed_hours) ELSE 0 END) AS ppr
      FROM claims WHERE year = :year AND status IN ('approved', 'pending') GROUP BY employee_id
    ), met AS (
      SELECT DISTINCT c.employee_id FROM claim_year_met y JOIN claims c ON c.id = y.claim_id
      WHERE y.year = :year AND c.status = 'approved'
    )
    SELECT e.id AS employee_id, e.id_number, e.name, d.name AS department,
      coalesce(h.ap, 0) AS public_hours, coalesce(h.apr, 0) AS professional_hours,
      coalesce(h.pp, 0) AS pending_public, coalesce(h.ppr, 0) AS pending_professional,
      (m.employee_id IS NOT NULL) AS year_met
    FROM employees e
    LEFT JOIN departments d ON d.id = e.department_id
    LEFT JOIN hours h ON h.employee_id = e.id
    LEFT JOIN met m ON m.employee_id = e.id
    WHERE ${clauses.join(' AND ')}
    ORDER BY d.name, e.name, e.id
    ${paged ? 'LIMIT :limit OFFSET :offset' : ''}`
  return { sql, params }
}

function bind(params: unknown[], named: Record<string, number>): unknown[] {
  return [named, ...params]
}

export function summaryPage(db: Database.Database, year: number, filter: SummaryFilter, offset: number, limit: number): SummarySqlRow[] {
  const q = summarySql(filter, true)
  return prepared<unknown[], SummarySqlRow>(db, q.sql).all(...bind(q.params, { year, limit, offset }))
}

/** Every row, one at a time: exports of 50,000 people never hold them all. */
export function summaryIterate(db: Database.Database, year: number, filter: SummaryFilter): IterableIterator<SummarySqlRow> {
  const q = summarySql(filter, false)
  // Not the cached statement: an iterating statement is busy until done, and callers may nest.
  return db.prepare<unknown[], SummarySqlRow>(q.sql).iterate(...bind(q.params, { year }))
}

export function countSummaryPeople(db: Database.Database, filter: SummaryFilter): number {
  const clauses = ["e.deleted_at IS NULL", "e.status = 'active'"]
  const params: unknown[] = []
  if (filter.departmentId !== undefined) {
    clauses.push('e.department_id = ?')
    params.push(filter.departmentId)
  }
  const search = filter.search?.trim()
  if (search) {
    const p = containsPattern(search)
    clauses.push("(e.name LIKE ? ESCAPE '\\' OR e.id_number LIKE ? ESCAPE '\\')")
    params.push(p, p.toUpperCase())
  }
  return prepared<unknown[], { n: number }>(db, `SELECT count(*) AS n FROM employees e WHERE ${clauses.join(' AND ')}`).get(...params)?.n ?? 0
}
