import type Database from 'better-sqlite3'
import type { Department } from '../../../shared/domain/employee'
import { prepared } from '../statements'

export function findDepartmentId(db: Database.Database, name: string): number | undefined {
  return prepared<[string], { id: number }>(db, 'SELECT id FROM departments WHERE name = ?').get(name)?.id
}

/** The department's id, creating it on first use (imports name departments, they do not pre-exist). */
export function ensureDepartmentId(db: Database.Database, name: string, at: string): number {
  const existing = findDepartmentId(db, name)
  if (existing !== undefined) return existing
  return Number(prepared<[string, string]>(db, 'INSERT INTO departments (name, created_at) VALUES (?, ?)').run(name, at).lastInsertRowid)
}

export function listDepartments(db: Database.Database): Department[] {
  return prepared<[], Department>(
    db,
    `SELECT d.id, d.name,
       (SELECT count(*) FROM employees e WHERE e.department_id = d.id AND e.deleted_at IS NULL) AS people
     FROM departments d ORDER BY d.name`
  ).all()
}
