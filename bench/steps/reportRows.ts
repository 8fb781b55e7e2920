import type Database from 'better-sqlite3'
import type { ApprovedClaimRow, DepartmentRow, PersonSummaryRow } from '../../src/main/reports/types'
import { assessCompliance, defaultPolicy } from '../../src/shared/policy'
import { KINDS, type Category, type KindId } from '../../src/shared/vocabulary'

/**
 * The rows the report baselines write, streamed straight off SQL the way the export service
 * does (never the whole year in memory): the same people, claims and values as the annual
 * workbook and the certificates, read by the least SQL that yields them.
 */

const KIND_LABEL = new Map<string, string>(KINDS.map((k) => [k.id, k.label]))

const PEOPLE_SQL = `
  WITH hours AS (
    SELECT employee_id,
      sum(CASE WHEN category = 'public' THEN hours ELSE 0 END) AS pub,
      sum(CASE WHEN category = 'professional' THEN hours ELSE 0 END) AS pro
    FROM claims WHERE year = :year AND status = 'approved' GROUP BY employee_id
  )
  SELECT e.id, e.id_number, e.name, coalesce(d.name, '') AS department, coalesce(e.title, '') AS title,
    coalesce(h.pub, 0) AS pub, coalesce(h.pro, 0) AS pro,
    -- An uncorrelated IN list, built once: a LEFT JOIN on a DISTINCT subquery is scanned per person.
    e.id IN (SELECT c.employee_id FROM claim_year_met y JOIN claims c ON c.id = y.claim_id
      WHERE y.year = :year AND c.status = 'approved') AS met
  FROM employees e LEFT JOIN departments d ON d.id = e.department_id
  LEFT JOIN hours h ON h.employee_id = e.id
  WHERE e.deleted_at IS NULL AND e.status = 'active'
  ORDER BY d.name, e.name, e.id`

const CLAIMS_SQL = `
  SELECT e.id AS employee_id, e.id_number, e.name, coalesce(d.name, '') AS department, c.kind, coalesce(c.title, '') AS title,
    c.start_date, c.end_date, c.category, c.hours, c.clause, c.explanation
  FROM claims c JOIN employees e ON e.id = c.employee_id LEFT JOIN departments d ON d.id = e.department_id
  WHERE c.year = :year AND c.status = 'approved' AND e.deleted_at IS NULL AND e.status = 'active'
  ORDER BY d.name, e.name, e.id, c.id`

interface PersonSql {
  id: number
  id_number: string
  name: string
  department: string
  title: string
  pub: number
  pro: number
  met: 0 | 1
}

interface ClaimSql {
  employee_id: number
  id_number: string
  name: string
  department: string
  kind: KindId
  title: string
  start_date: string | null
  end_date: string | null
  category: Category
  hours: number
  clause: string
  explanation: string
}

function personRow(r: PersonSql, year: number): PersonSummaryRow & { employeeId: number } {
  const result = assessCompliance(defaultPolicy(year), { public: r.pub, professional: r.pro }, r.met === 1)
  return {
    employeeId: r.id,
    idNumber: r.id_number,
    name: r.name,
    department: r.department,
    title: r.title,
    publicHours: r.pub,
    professionalHours: r.pro,
    totalHours: r.pub + r.pro,
    yearMet: result.yearMet,
    compliant: result.compliant,
    shortfall: result.shortfall
  }
}

function claimRow(r: ClaimSql): ApprovedClaimRow & { employeeId: number } {
  return {
    employeeId: r.employee_id,
    idNumber: r.id_number,
    name: r.name,
    department: r.department,
    kindLabel: KIND_LABEL.get(r.kind) ?? r.kind,
    title: r.title,
    startDate: r.start_date,
    endDate: r.end_date,
    category: r.category,
    hours: r.hours,
    clause: r.clause,
    explanation: r.explanation
  }
}

export function* people(db: Database.Database, year: number): Generator<PersonSummaryRow & { employeeId: number }> {
  for (const r of db.prepare<[{ year: number }], PersonSql>(PEOPLE_SQL).iterate({ year })) yield personRow(r, year)
}

export function* approvedClaims(db: Database.Database, year: number): Generator<ApprovedClaimRow & { employeeId: number }> {
  for (const r of db.prepare<[{ year: number }], ClaimSql>(CLAIMS_SQL).iterate({ year })) yield claimRow(r)
}

/** Per department, from one pass over the people (small: a few dozen rows). */
export function departments(db: Database.Database, year: number): DepartmentRow[] {
  const byName = new Map<string, DepartmentRow>()
  for (const p of people(db, year)) {
    const d = byName.get(p.department) ?? { department: p.department, people: 0, compliant: 0, rate: 0 }
    d.people++
    if (p.compliant) d.compliant++
    byName.set(p.department, d)
  }
  return [...byName.values()].map((d) => ({ ...d, rate: d.people === 0 ? 0 : d.compliant / d.people }))
}
