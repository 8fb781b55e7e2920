import type Database from 'better-sqlite3'
import type { TitleLevel } from '../../../shared/domain/employee'
import { containsPattern, prepared } from '../statements'

export interface SummarySqlRow {
  employee_id: number
  id_number: string
  name: string
  department: string
  title: string | null
  title_level: TitleLevel | null
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

/** Active employees matching the filter; departments joined so the order comes from indexes. */
function peopleWhere(filter: SummaryFilter): { sql: string; params: Record<string, unknown> } {
  const clauses = ['e.deleted_at IS NULL', "e.status = 'active'"]
  const params: Record<string, unknown> = {}
  if (filter.departmentId !== undefined) {
    clauses.push('e.department_id = :departmentId')
    params.departmentId = filter.departmentId
  }
  const search = filter.search?.trim()
  if (search) {
    clauses.push("(e.name LIKE :pattern ESCAPE '\\' OR e.id_number LIKE :idPattern ESCAPE '\\')")
    params.pattern = containsPattern(search)
    params.idPattern = containsPattern(search).toUpperCase()
  }
  return { sql: clauses.join(' AND '), params }
}

const SUMS = `
  sum(CASE WHEN status = 'approved' AND category = 'public' THEN coalesce(override_hours, computed_hours) ELSE 0 END) AS ap,
  sum(CASE WHEN status = 'approved' AND category = 'professional' THEN coalesce(override_hours, computed_hours) ELSE 0 END) AS apr,
  sum(CASE WHEN status = 'pending' AND category = 'public' THEN coalesce(override_hours, computed_hours) ELSE 0 END) AS pp,
  sum(CASE WHEN status = 'pending' AND category = 'professional' THEN coalesce(override_hours, computed_hours) ELSE 0 END) AS ppr`

/**
 * 视为完成: an approved claim of this person makes the year met. Not correlated, so SQLite
 * builds the (small) set once and each person is one lookup.
 */
const YEAR_MET = `p.id IN (SELECT c.employee_id FROM claim_year_met y JOIN claims c ON c.id = y.claim_id
  WHERE y.year = :year AND c.status = 'approved') AS year_met`

const COLUMNS = `p.id AS employee_id, p.id_number, p.name, p.department, p.title, p.title_level,
  coalesce(h.ap, 0) AS public_hours, coalesce(h.apr, 0) AS professional_hours,
  coalesce(h.pp, 0) AS pending_public, coalesce(h.ppr, 0) AS pending_professional, ${YEAR_MET}`

/**
 * CROSS JOIN keeps SQLite to departments by name, then each one's people by name through
 * employees_by_department: the order comes from the indexes, so a page stops after its rows
 * and the stream needs no sort of 50,000 people (left to itself SQLite scanned and sorted).
 */
const PEOPLE = (where: string) => `SELECT e.id, e.id_number, e.name, d.name AS department, e.title, e.title_level
  FROM departments d CROSS JOIN employees e ON e.department_id = d.id WHERE ${where} ORDER BY d.name, e.name, e.id`

/**
 * One page: the page of people first (in department/name order, straight from the indexes),
 * then one GROUP BY over just their claims of the year.
 */
export function summaryPage(db: Database.Database, year: number, filter: SummaryFilter, offset: number, limit: number): SummarySqlRow[] {
  const w = peopleWhere(filter)
  const sql = `WITH p AS (${PEOPLE(w.sql)} LIMIT :limit OFFSET :offset),
    h AS (SELECT employee_id, ${SUMS} FROM claims
          WHERE employee_id IN (SELECT id FROM p) AND year = :year AND status IN ('approved', 'pending') GROUP BY employee_id)
    SELECT ${COLUMNS} FROM p LEFT JOIN h ON h.employee_id = p.id ORDER BY p.department, p.name, p.id`
  return prepared<[Record<string, unknown>], SummarySqlRow>(db, sql).all({ ...w.params, year, limit, offset })
}

/** Per person: approved public, approved professional, pending public, pending professional. */
type Hours = [number, number, number, number]

/**
 * The year's sums per person: one GROUP BY per status, each a single range of the covering
 * index already in employee order — with both statuses in one IN (…) SQLite sorted the year's
 * claims in a temporary B-tree first.
 */
function hoursByEmployee(db: Database.Database, year: number): Map<number, Hours> {
  const sql = `SELECT employee_id, ${SUMS} FROM claims WHERE year = ? AND status = ? GROUP BY employee_id`
  const select = prepared<[number, string], [number, number, number, number, number]>(db, sql).raw(true)
  const map = new Map<number, Hours>()
  for (const status of ['approved', 'pending']) {
    // Indexes, not destructuring: run once per export, this code is cold, where array
    // destructuring goes through the iterator protocol for every row.
    for (const r of select.iterate(year, status)) {
      const h = map.get(r[0])
      if (h) {
        h[0] += r[1]
        h[1] += r[2]
        h[2] += r[3]
        h[3] += r[4]
      } else map.set(r[0], [r[1], r[2], r[3], r[4]])
    }
  }
  return map
}

/** Who has an approved 视为完成 claim for the year. */
function yearMetEmployees(db: Database.Database, year: number): Set<number> {
  const sql = `SELECT DISTINCT c.employee_id FROM claim_year_met y JOIN claims c ON c.id = y.claim_id WHERE y.year = ? AND c.status = 'approved'`
  return new Set(prepared<[number], number>(db, sql).pluck(true).all(year))
}

type PersonRow = [number, string, string, string, string | null, TitleLevel | null]

const NONE: Hours = [0, 0, 0, 0]

/**
 * Every row, one at a time (exports of 50,000 people never hold them all): the people stream in
 * department/name/id order straight from the indexes, and each takes its sums from one GROUP BY
 * read beforehand into a map (a few MB at 50,000 people). SQLite joined the two through an
 * automatic index built on every run; the map is the same join without it. The order is a
 * contract: exports merge this stream with claims in the same order.
 */
export function* summaryIterate(db: Database.Database, year: number, filter: SummaryFilter): Generator<SummarySqlRow> {
  const hours = hoursByEmployee(db, year)
  const met = yearMetEmployees(db, year)
  const w = peopleWhere(filter)
  // Not the cached statement: an iterating statement is busy until done, and callers may nest.
  const people = db.prepare<[Record<string, unknown>], PersonRow>(PEOPLE(w.sql)).raw(true)
  for (const p of people.iterate(w.params)) {
    const id = p[0]
    const h = hours.get(id) ?? NONE
    yield {
      employee_id: id,
      id_number: p[1],
      name: p[2],
      department: p[3],
      title: p[4],
      title_level: p[5],
      public_hours: h[0],
      professional_hours: h[1],
      pending_public: h[2],
      pending_professional: h[3],
      year_met: met.has(id) ? 1 : 0
    }
  }
}

export function countSummaryPeople(db: Database.Database, filter: SummaryFilter): number {
  const w = peopleWhere(filter)
  return prepared<[Record<string, unknown>], { n: number }>(db, `SELECT count(*) AS n FROM employees e WHERE ${w.sql}`).get(w.params)?.n ?? 0
}
