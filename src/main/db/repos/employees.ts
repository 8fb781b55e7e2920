import type Database from 'better-sqlite3'
import type { Employee, EmployeeStatus, Gender, TitleLevel } from '../../../shared/domain/employee'
import { containsPattern, prepared } from '../statements'

export interface EmployeeRow {
  id: number
  id_number: string
  name: string
  gender: Gender | null
  department_id: number
  department: string | null
  title: string | null
  title_level: TitleLevel | null
  phone: string | null
  status: EmployeeStatus
  deleted_at: string | null
  created_at: string
  updated_at: string
}

/** The columns an insert or update writes (the rest are keys and timestamps). */
export interface EmployeeFields {
  idNumber: string
  name: string
  gender: Gender | null
  departmentId: number
  title: string | null
  titleLevel: TitleLevel | null
  phone: string | null
  status: EmployeeStatus
}

export const fromRow = (r: EmployeeRow): Employee => ({
  id: r.id,
  idNumber: r.id_number,
  name: r.name,
  gender: r.gender,
  departmentId: r.department_id,
  department: r.department ?? '',
  title: r.title,
  titleLevel: r.title_level,
  phone: r.phone,
  status: r.status,
  deletedAt: r.deleted_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at
})

const toParams = (f: EmployeeFields) =>
  [f.idNumber, f.name, f.gender, f.departmentId, f.title, f.titleLevel, f.phone, f.status] as const

const COLUMNS = `e.id, e.id_number, e.name, e.gender, e.department_id, d.name AS department, e.title, e.title_level,
  e.phone, e.status, e.deleted_at, e.created_at, e.updated_at`

const SELECT = `SELECT ${COLUMNS} FROM employees e LEFT JOIN departments d ON d.id = e.department_id`

export function getEmployeeRow(db: Database.Database, id: number): EmployeeRow | undefined {
  return prepared<[number], EmployeeRow>(db, `${SELECT} WHERE e.id = ?`).get(id)
}

export function findEmployeeByIdNumber(db: Database.Database, idNumber: string): EmployeeRow | undefined {
  return prepared<[string], EmployeeRow>(db, `${SELECT} WHERE e.id_number = ?`).get(idNumber)
}

/** Every employee row by ID number, read at once: a large import looks up tens of thousands. */
export function employeeRowsByIdNumber(db: Database.Database): Map<string, EmployeeRow> {
  const map = new Map<string, EmployeeRow>()
  for (const r of prepared<[], EmployeeRow>(db, SELECT).iterate()) map.set(r.id_number, r)
  return map
}

export function insertEmployee(db: Database.Database, f: EmployeeFields, at: string): number {
  return Number(
    prepared<unknown[]>(
      db,
      `INSERT INTO employees (id_number, name, gender, department_id, title, title_level, phone, status, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    ).run(...toParams(f), at, at).lastInsertRowid
  )
}

export function updateEmployee(db: Database.Database, id: number, f: EmployeeFields, at: string): void {
  prepared<unknown[]>(
    db,
    `UPDATE employees SET id_number = ?, name = ?, gender = ?, department_id = ?, title = ?, title_level = ?, phone = ?,
       status = ?, updated_at = ? WHERE id = ?`
  ).run(...toParams(f), at, id)
}

export function setEmployeeDeleted(db: Database.Database, id: number, deletedAt: string | null, at: string): void {
  prepared<[string | null, string, number]>(db, 'UPDATE employees SET deleted_at = ?, updated_at = ? WHERE id = ?').run(deletedAt, at, id)
}

/** Only an employee nothing refers to can be removed for good (undo of an import that added them). */
export function hardDeleteEmployee(db: Database.Database, id: number): void {
  prepared<[number]>(db, 'DELETE FROM employees WHERE id = ?').run(id)
}

export interface EmployeeFilter {
  search?: string
  departmentId?: number
  status?: EmployeeStatus
  includeDeleted?: boolean
}

function where(filter: EmployeeFilter): { sql: string; params: unknown[] } {
  const clauses: string[] = []
  const params: unknown[] = []
  if (!filter.includeDeleted) clauses.push('e.deleted_at IS NULL')
  if (filter.departmentId !== undefined) {
    clauses.push('e.department_id = ?')
    params.push(filter.departmentId)
  }
  if (filter.status) {
    clauses.push('e.status = ?')
    params.push(filter.status)
  }
  const search = filter.search?.trim()
  if (search) {
    const pattern = containsPattern(search)
    clauses.push("(e.name LIKE ? ESCAPE '\\' OR e.id_number LIKE ? ESCAPE '\\' OR d.name LIKE ? ESCAPE '\\')")
    params.push(pattern, pattern.toUpperCase(), pattern)
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params }
}

/**
 * The page's ids come first, walking departments by name and each one's people by the
 * (department_id, name) index: the order needs no sort of the whole roster, and only the page's
 * rows are read in full. (A plain scan + sort took ~160 ms at row 45,000 of 50,000; this ~30 ms.)
 * Every person has a department (the column is NOT NULL), so the inner join loses no one.
 */
const LIST_IDS = `SELECT e.id FROM departments d CROSS JOIN employees e ON e.department_id = d.id`

export function listEmployeeRows(db: Database.Database, filter: EmployeeFilter, offset: number, limit: number): EmployeeRow[] {
  const w = where(filter)
  return prepared<unknown[], EmployeeRow>(
    db,
    // CROSS JOIN fixes the join order: the page drives, never a scan of the roster.
    `WITH page AS (${LIST_IDS} ${w.sql} ORDER BY d.name, e.name, e.id LIMIT ? OFFSET ?)
     SELECT ${COLUMNS} FROM page CROSS JOIN employees e ON e.id = page.id LEFT JOIN departments d ON d.id = e.department_id
     ORDER BY d.name, e.name, e.id`
  ).all(...w.params, limit, offset)
}

export function countEmployees(db: Database.Database, filter: EmployeeFilter): number {
  const w = where(filter)
  const row = prepared<unknown[], { n: number }>(db, `SELECT count(*) AS n FROM employees e LEFT JOIN departments d ON d.id = e.department_id ${w.sql}`).get(
    ...w.params
  )
  return row?.n ?? 0
}
