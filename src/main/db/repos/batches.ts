import type Database from 'better-sqlite3'
import type { ImportBatch, ImportKind } from '../../../shared/domain/batch'
import type { UpsertCounts } from '../../../shared/domain/employee'
import { prepared } from '../statements'

interface BatchRow {
  id: number
  kind: ImportKind
  file_name: string
  file_sha256: string | null
  added: number
  updated: number
  unchanged: number
  created_at: string
  undone_at: string | null
}

const fromRow = (r: BatchRow): ImportBatch => ({
  id: r.id,
  kind: r.kind,
  fileName: r.file_name,
  fileSha256: r.file_sha256,
  added: r.added,
  updated: r.updated,
  unchanged: r.unchanged,
  createdAt: r.created_at,
  undoneAt: r.undone_at
})

export function insertBatch(db: Database.Database, kind: ImportKind, fileName: string, fileSha256: string | null, at: string): number {
  return Number(
    prepared<[string, string, string | null, string]>(db, 'INSERT INTO import_batches (kind, file_name, file_sha256, created_at) VALUES (?, ?, ?, ?)').run(
      kind,
      fileName,
      fileSha256,
      at
    ).lastInsertRowid
  )
}

export function setBatchCounts(db: Database.Database, id: number, c: UpsertCounts): void {
  prepared<[number, number, number, number]>(db, 'UPDATE import_batches SET added = ?, updated = ?, unchanged = ? WHERE id = ?').run(
    c.added,
    c.updated,
    c.unchanged,
    id
  )
}

export function getBatch(db: Database.Database, id: number): ImportBatch | undefined {
  const r = prepared<[number], BatchRow>(db, 'SELECT * FROM import_batches WHERE id = ?').get(id)
  return r && fromRow(r)
}

export function listBatches(db: Database.Database, offset: number, limit: number): ImportBatch[] {
  return prepared<[number, number], BatchRow>(db, 'SELECT * FROM import_batches ORDER BY id DESC LIMIT ? OFFSET ?').all(limit, offset).map(fromRow)
}

export function countBatches(db: Database.Database): number {
  return prepared<[], { n: number }>(db, 'SELECT count(*) AS n FROM import_batches').get()?.n ?? 0
}

export function markBatchUndone(db: Database.Database, id: number, at: string): void {
  prepared<[string, number]>(db, 'UPDATE import_batches SET undone_at = ? WHERE id = ?').run(at, id)
}

/** Remembers an employee's state before an import touched it (null: the import added them). */
export function recordBatchEmployee(db: Database.Database, batchId: number, employeeId: number, before: unknown): void {
  prepared<[number, number, string | null]>(db, 'INSERT OR IGNORE INTO import_batch_employees (batch_id, employee_id, before) VALUES (?, ?, ?)').run(
    batchId,
    employeeId,
    before === null ? null : JSON.stringify(before)
  )
}

export function batchEmployees(db: Database.Database, batchId: number): { employeeId: number; before: string | null }[] {
  return prepared<[number], { employeeId: number; before: string | null }>(
    db,
    'SELECT employee_id AS employeeId, before FROM import_batch_employees WHERE batch_id = ? ORDER BY employee_id'
  ).all(batchId)
}
