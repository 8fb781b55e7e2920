import type Database from 'better-sqlite3'
import { containsPattern, prepared } from '../statements'
import { CLAIM_SELECT, type ClaimFilter, type ClaimRow } from './claims'

const DUPLICATE_EXISTS = 'EXISTS (SELECT 1 FROM claims o WHERE o.fingerprint = c.fingerprint AND o.id <> c.id)'

function where(filter: ClaimFilter): { sql: string; params: unknown[] } {
  const clauses: string[] = []
  const params: unknown[] = []
  const eq = (column: string, value: unknown): void => {
    if (value === undefined) return
    clauses.push(`${column} = ?`)
    params.push(value)
  }
  eq('c.year', filter.year)
  eq('c.status', filter.status)
  eq('c.kind', filter.kind)
  eq('e.department_id', filter.departmentId)
  eq('c.employee_id', filter.employeeId)
  eq('c.batch_id', filter.batchId)
  if (filter.hasWarnings === true) clauses.push(`(c.warning_count > 0 OR ${DUPLICATE_EXISTS})`)
  if (filter.hasWarnings === false) clauses.push(`(c.warning_count = 0 AND NOT ${DUPLICATE_EXISTS})`)
  const search = filter.search?.trim()
  if (search) {
    const pattern = containsPattern(search)
    clauses.push("(e.name LIKE ? ESCAPE '\\' OR e.id_number LIKE ? ESCAPE '\\' OR c.title LIKE ? ESCAPE '\\')")
    params.push(pattern, pattern.toUpperCase(), pattern)
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params }
}

/** Whether the filter reads the person (department, name, ID number) and not only the claim. */
const needsEmployee = (filter: ClaimFilter): boolean => filter.departmentId !== undefined || Boolean(filter.search?.trim())

/**
 * A page of claims, newest first, filtered in SQL. The page's ids are found first from the
 * indexes alone; only those rows are then read in full with their evidence, years met and
 * duplicates: with OFFSET over the whole select, SQLite built every skipped row too (1.6 s for
 * page 90,000 of a year's 100,000 claims). The person is joined in the first step only when the
 * filter needs them (every claim has one: claims.employee_id is a NOT NULL foreign key).
 */
export function listClaimRows(db: Database.Database, filter: ClaimFilter, offset: number, limit: number): ClaimRow[] {
  const w = where(filter)
  const from = needsEmployee(filter) ? 'claims c JOIN employees e ON e.id = c.employee_id' : 'claims c'
  const sql = `WITH page AS (SELECT c.id FROM ${from} ${w.sql} ORDER BY c.id DESC LIMIT ? OFFSET ?)
    ${CLAIM_SELECT} WHERE c.id IN (SELECT id FROM page) ORDER BY c.id DESC`
  return prepared<unknown[], ClaimRow>(db, sql).all(...w.params, limit, offset)
}

export function countClaims(db: Database.Database, filter: ClaimFilter): number {
  const w = where(filter)
  return (
    prepared<unknown[], { n: number }>(db, `SELECT count(*) AS n FROM claims c JOIN employees e ON e.id = c.employee_id ${w.sql}`).get(...w.params)?.n ?? 0
  )
}
