import type Database from 'better-sqlite3'
import type { TitleLevel } from '../../../shared/domain/employee'
import { containsPattern, prepared } from '../statements'

/** A person as the summary lists them: id, id_number, name, department, title, title_level. */
export type SummaryPerson = [number, string, string, string, string | null, TitleLevel | null]

/** A page's row: the person, then approved public, approved professional, pending public, pending professional, year_met (0/1). */
export type SummaryPageRow = [...SummaryPerson, number, number, number, number, 0 | 1]

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

/** One sum of a claim's hours by category, of one status when given (literals only: no input reaches it). */
const hoursOf = (category: 'public' | 'professional', status?: 'approved' | 'pending'): string =>
  `sum(CASE WHEN ${status ? `status = '${status}' AND ` : ''}category = '${category}' THEN coalesce(override_hours, computed_hours) ELSE 0 END)`

const SUMS = `${hoursOf('public', 'approved')} AS ap, ${hoursOf('professional', 'approved')} AS apr,
  ${hoursOf('public', 'pending')} AS pp, ${hoursOf('professional', 'pending')} AS ppr`

/** Who has an approved claim that counts as 视为完成 for `:year`. */
const YEAR_MET_PEOPLE = `SELECT c.employee_id FROM claim_year_met y JOIN claims c ON c.id = y.claim_id WHERE y.year = :year AND c.status = 'approved'`

/**
 * 视为完成: an approved claim of this person makes the year met. Not correlated, so SQLite
 * builds the (small) set once and each person is one lookup.
 */
const YEAR_MET = `p.id IN (${YEAR_MET_PEOPLE}) AS year_met`

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
export function summaryPage(db: Database.Database, year: number, filter: SummaryFilter, offset: number, limit: number): SummaryPageRow[] {
  const w = peopleWhere(filter)
  const sql = `WITH p AS (${PEOPLE(w.sql)} LIMIT :limit OFFSET :offset),
    h AS (SELECT employee_id, ${SUMS} FROM claims
          WHERE employee_id IN (SELECT id FROM p) AND year = :year AND status IN ('approved', 'pending') GROUP BY employee_id)
    SELECT ${COLUMNS} FROM p LEFT JOIN h ON h.employee_id = p.id ORDER BY p.department, p.name, p.id`
  return prepared<[Record<string, unknown>], SummaryPageRow>(db, sql).raw(true).all({ ...w.params, year, limit, offset })
}

/**
 * The year's sums per person, four to an employee id (approved public, approved professional,
 * pending public, pending professional). Ids are the table's dense row ids; a typed array lives
 * outside the JS heap, so the collector neither scans nor copies it while the people stream
 * allocates their rows (a Map of 50,000 small arrays was copied on every scavenge), and 32-bit
 * integers read back as small integers, not boxed doubles, for the compliance lookup after.
 */
type YearHours = Int32Array | Float64Array

/**
 * One GROUP BY per status, each a single range of the covering index already in employee
 * order — with both statuses in one IN (…) SQLite sorted the year's claims in a temporary
 * B-tree first.
 */
const BY_CATEGORY = `SELECT employee_id, ${hoursOf('public')}, ${hoursOf('professional')} FROM claims WHERE year = ? AND status = ? GROUP BY employee_id`

/** Fills `sums`; false when a sum does not fit it (tenths past 2³¹: no real year, but not wrong either). */
function fillHours(db: Database.Database, year: number, sums: YearHours): boolean {
  const select = prepared<[number, string], [number, number, number]>(db, BY_CATEGORY).raw(true)
  for (const [status, offset] of [['approved', 0], ['pending', 2]] as const) {
    // Indexes, not destructuring: run once per export, this code is cold, where array
    // destructuring goes through the iterator protocol for every row.
    for (const r of select.iterate(year, status)) {
      const at = r[0] * 4 + offset
      sums[at] = r[1]
      sums[at + 1] = r[2]
      // Leaving the loop closes the statement.
      if (sums[at] !== r[1] || sums[at + 1] !== r[2]) return false
    }
  }
  return true
}

function hoursByEmployee(db: Database.Database, year: number): YearHours {
  const maxId = prepared<[], number>(db, 'SELECT coalesce(max(id), 0) FROM employees').pluck(true).get() ?? 0
  const small = new Int32Array((maxId + 1) * 4)
  if (fillHours(db, year, small)) return small
  const large = new Float64Array((maxId + 1) * 4)
  fillHours(db, year, large)
  return large
}

/** Who has an approved 视为完成 claim for the year. */
function yearMetEmployees(db: Database.Database, year: number): Set<number> {
  return new Set(prepared<[{ year: number }], number>(db, YEAR_MET_PEOPLE).pluck(true).all({ year }))
}

export interface SummarySources {
  /** Active people matching the filter, in department/name/id order. Consume or `return()` it: the statement is busy until then. */
  people: IterableIterator<SummaryPerson>
  /** At `id * 4`: approved public, approved professional, pending public, pending professional. */
  hours: YearHours
  /** Who has an approved 视为完成 claim for the year. */
  yearMet: Set<number>
}

/**
 * What the year's stream is made of (exports of 50,000 people never hold the rows): the people
 * stream in department/name/id order straight from the indexes, and each finds their sums by id
 * in one GROUP BY read beforehand. SQLite joined the two through an automatic index built on
 * every run; the array is the same join without it. The service builds each row from the three
 * at once: no intermediate row object, one generator. The order is a contract: exports merge
 * this stream with claims in the same order.
 */
export function summarySources(db: Database.Database, year: number, filter: SummaryFilter): SummarySources {
  const hours = hoursByEmployee(db, year)
  const yearMet = yearMetEmployees(db, year)
  const w = peopleWhere(filter)
  // Not the cached statement: an iterating statement is busy until done, and callers may nest.
  const people = db.prepare<[Record<string, unknown>], SummaryPerson>(PEOPLE(w.sql)).raw(true).iterate(w.params)
  return { people, hours, yearMet }
}

export function countSummaryPeople(db: Database.Database, filter: SummaryFilter): number {
  const w = peopleWhere(filter)
  return prepared<[Record<string, unknown>], { n: number }>(db, `SELECT count(*) AS n FROM employees e WHERE ${w.sql}`).get(w.params)?.n ?? 0
}
