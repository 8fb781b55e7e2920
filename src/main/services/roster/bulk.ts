import type { EmployeeInput, UpsertCounts } from '../../../shared/domain/employee'
import { AppError } from '../../../shared/errors'
import type { AppContext } from '../../context'
import { recordBatchEmployee, setBatchCounts, getBatch } from '../../db/repos/batches'
import { ensureDepartmentId } from '../../db/repos/departments'
import {
  employeeRowsByIdNumber,
  findEmployeeByIdNumber,
  insertEmployee,
  updateEmployee,
  type EmployeeFields,
  type EmployeeRow
} from '../../db/repos/employees'
import { prepared } from '../../db/statements'
import { appendEmployeeImportRows } from '../../db/repos/audit'
import { auditAppender, nowIso, officerName } from '../audit'
import { prepareEmployee, type PreparedEmployee } from './input'

export interface RosterRow extends EmployeeInput {
  /** The spreadsheet row, for messages ("第 12 行"). */
  row?: number
}

const COMPARED = ['idNumber', 'name', 'gender', 'departmentId', 'title', 'titleLevel', 'phone', 'status'] as const

function fieldsOfRow(r: EmployeeRow): EmployeeFields {
  return {
    idNumber: r.id_number,
    name: r.name,
    gender: r.gender,
    departmentId: r.department_id,
    title: r.title,
    titleLevel: r.title_level,
    phone: r.phone,
    status: r.status
  }
}

/** Above this many rows one read of the whole roster beats a lookup per row. */
const PRELOAD_ROWS = 1000

/**
 * The stored row of an ID number: from one read of the roster for a large import, else a
 * lookup. A number met twice in the rows is looked up again, since the first wrote it.
 */
function existingLookup(ctx: AppContext, rows: number): (idNumber: string) => EmployeeRow | undefined {
  if (rows < PRELOAD_ROWS) return (idNumber) => findEmployeeByIdNumber(ctx.db, idNumber)
  const before = employeeRowsByIdNumber(ctx.db)
  const written = new Set<string>()
  return (idNumber) => {
    if (written.has(idNumber)) return findEmployeeByIdNumber(ctx.db, idNumber)
    written.add(idNumber)
    return before.get(idNumber)
  }
}

export interface RosterImportWriter {
  /** Adds or updates the rows (in order); the caller holds the transaction. */
  add(rows: readonly PreparedEmployee[]): void
  /** The audit entries of those added and the batch's counts; call once, after the last add. */
  finish(): UpsertCounts
}

/**
 * Adds or updates roster rows by 身份证号 as they come, for the importer. A blank 人员状态 keeps
 * the stored status; a deleted person who reappears is restored. Before-images are kept against
 * the batch so the import can be undone as a whole. `expectedRows` chooses how the stored roster
 * is read. Must run inside the caller's transaction.
 */
export function rosterImportWriter(ctx: AppContext, batchId: number, expectedRows: number): RosterImportWriter {
  if (!ctx.db.inTransaction) throw new Error('rosterImportWriter needs an open transaction')
  if (!getBatch(ctx.db, batchId)) throw new AppError('not_found', `导入批次 ${batchId} 不存在`)
  const audit = auditAppender(ctx)
  const at = nowIso(ctx)
  const existingOf = existingLookup(ctx, expectedRows)
  const departments = new Map<string, number>()
  const restore = prepared<[string, number]>(ctx.db, 'UPDATE employees SET deleted_at = NULL, updated_at = ? WHERE id = ?')
  const counts: UpsertCounts = { added: 0, updated: 0, unchanged: 0 }
  return {
    add(rows) {
      for (const { clean, status } of rows) {
        let departmentId = departments.get(clean.department)
        if (departmentId === undefined) {
          departmentId = ensureDepartmentId(ctx.db, clean.department, at)
          departments.set(clean.department, departmentId)
        }
        const existing = existingOf(clean.idNumber)
        const fields: EmployeeFields = {
          idNumber: clean.idNumber,
          name: clean.name,
          gender: clean.gender,
          departmentId,
          title: clean.title,
          titleLevel: clean.titleLevel ?? null,
          phone: clean.phone,
          status: status ?? existing?.status ?? 'active'
        }
        if (!existing) {
          // Its audit entry is written with the others added, in finish().
          recordBatchEmployee(ctx.db, batchId, insertEmployee(ctx.db, fields, at), null)
          counts.added++
        } else {
          const before = fieldsOfRow(existing)
          const changed = COMPARED.some((k) => before[k] !== fields[k]) || existing.deleted_at !== null
          if (changed) {
            recordBatchEmployee(ctx.db, batchId, existing.id, { ...before, deletedAt: existing.deleted_at })
            updateEmployee(ctx.db, existing.id, fields, at)
            if (existing.deleted_at !== null) restore.run(at, existing.id)
            audit({
              action: 'employee.import',
              entity: 'employee',
              entityId: existing.id,
              before: { ...before, department: existing.department, deletedAt: existing.deleted_at },
              after: { ...fields, department: clean.department }
            })
            counts.updated++
          } else counts.unchanged++
        }
      }
    },
    finish() {
      if (counts.added > 0) appendEmployeeImportRows(ctx.db, batchId, at, officerName(ctx))
      setBatchCounts(ctx.db, batchId, counts)
      return counts
    }
  }
}

/** Adds or updates roster rows in one transaction (all or nothing): rosterImportWriter over rows in memory. */
export function upsertEmployees(
  ctx: AppContext,
  rows: readonly RosterRow[],
  batchId: number,
  onProgress?: (done: number, total: number) => void
): UpsertCounts {
  return ctx.db.transaction(() => {
    const writer = rosterImportWriter(ctx, batchId, rows.length)
    rows.forEach((row, i) => {
      writer.add([prepareEmployee(row, row.row ?? i + 1)])
      if (onProgress && (i + 1) % 1000 === 0) onProgress(i + 1, rows.length)
    })
    const counts = writer.finish()
    onProgress?.(rows.length, rows.length)
    return counts
  })()
}
