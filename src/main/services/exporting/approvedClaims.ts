import type Database from 'better-sqlite3'
import type { ApprovedClaimRow } from '../../reports/types'
import type { Category, KindId } from '../../../shared/vocabulary'
import { kindLabel } from '../../../shared/vocabulary'

interface Row {
  employee_id: number
  id_number: string
  name: string
  department: string | null
  kind: string
  title: string | null
  start_date: string | null
  end_date: string | null
  category: Category
  hours: number
  clause: string
  explanation: string
}

export type ApprovedClaim = ApprovedClaimRow & { employeeId: number }

const SQL = `
  SELECT e.id AS employee_id, e.id_number, e.name, d.name AS department, c.kind, c.title,
    c.start_date, c.end_date, c.category, c.hours, c.clause, c.explanation
  FROM claims c
  JOIN employees e ON e.id = c.employee_id
  LEFT JOIN departments d ON d.id = e.department_id
  WHERE c.year = ? AND c.status = 'approved' %WHO%
  ORDER BY d.name, e.name, e.id, c.end_date, c.id`

function toApproved(r: Row): ApprovedClaim {
  return {
    employeeId: r.employee_id,
    idNumber: r.id_number,
    name: r.name,
    department: r.department ?? '',
    kindLabel: kindLabel(r.kind as KindId),
    title: r.title ?? '',
    startDate: r.start_date,
    endDate: r.end_date,
    category: r.category,
    hours: r.hours,
    clause: r.clause,
    explanation: r.explanation
  }
}

/**
 * The year's approved claims in the same department/name order as the summary, streamed from
 * SQL, so a merge with the summary needs one pass over each and no map of 500,000 claims.
 */
export function* iterateApprovedClaims(db: Database.Database, year: number): Generator<ApprovedClaim> {
  for (const r of db.prepare<[number], Row>(SQL.replace('%WHO%', "AND e.deleted_at IS NULL AND e.status = 'active'")).iterate(year)) yield toApproved(r)
}

/** One person's approved claims of a year, whatever their status now (records of retirees too). */
export function approvedClaimsOf(db: Database.Database, year: number, employeeId: number): ApprovedClaim[] {
  return db.prepare<[number, number], Row>(SQL.replace('%WHO%', 'AND e.id = ?')).all(year, employeeId).map(toApproved)
}

export function countApprovedClaims(db: Database.Database, year: number): number {
  return db.prepare<[number], { n: number }>("SELECT count(*) AS n FROM claims WHERE year = ? AND status = 'approved'").get(year)?.n ?? 0
}
