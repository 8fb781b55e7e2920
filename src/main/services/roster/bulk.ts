import type { EmployeeInput, UpsertCounts } from '../../../shared/domain/employee'
import type { AppContext } from '../../context'
import { recordBatchEmployee, setBatchCounts } from '../../db/repos/batches'
import { PRELOAD_ROWS, WRITE_PART_ROWS, assertBatchWritable, type BatchWriter } from '../batchWriter'
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

/**
 * The stored row of an ID number: from one read of the roster (`preload`, for a large import),
 * else a lookup. A number met twice in the rows is looked up again, since the first wrote it.
 */
function existingLookup(ctx: AppContext, preload: boolean): (idNumber: string) => EmployeeRow | undefined {
  if (!preload) return (idNumber) => findEmployeeByIdNumber(ctx.db, idNumber)
  const before = employeeRowsByIdNumber(ctx.db)
  const written = new Set<string>()
  return (idNumber) => {
    if (written.has(idNumber)) return findEmployeeByIdNumber(ctx.db, idNumber)
    written.add(idNumber)
    return before.get(idNumber)
  }
}

export type RosterImportWriter = BatchWriter<PreparedEmployee, UpsertCounts>

/**
 * Adds or updates roster rows by 身份证号 as they come, for the importer. A blank 人员状态 keeps
 * the stored status; a deleted person who reappears is restored. Before-images are kept against
 * the batch so the import can be undone as a whole. `preload` reads the stored roster at once.
 * Must run inside the caller's transaction.
 */
export function rosterImportWriter(ctx: AppContext, batchId: number, preload: boolean): RosterImportWriter {
  assertBatchWritable(ctx, batchId, 'rosterImportWriter')
  const audit = auditAppender(ctx)
  const at = nowIso(ctx)
  const existingOf = existingLookup(ctx, preload)
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
    const writer = rosterImportWriter(ctx, batchId, rows.length >= PRELOAD_ROWS)
    for (let from = 0; from < rows.length; from += WRITE_PART_ROWS) {
      writer.add(rows.slice(from, from + WRITE_PART_ROWS).map((row, i) => prepareEmployee(row, row.row ?? from + i + 1)))
      onProgress?.(Math.min(from + WRITE_PART_ROWS, rows.length), rows.length)
    }
    const counts = writer.finish()
    onProgress?.(rows.length, rows.length)
    return counts
  })()
}
