import type { Page } from '../../shared/contract/common'
import type { ImportBatch, ImportKind } from '../../shared/domain/batch'
import { AppError } from '../../shared/errors'
import type { AppContext } from '../context'
import { batchEmployees, countBatches, getBatch as getBatchRow, insertBatch, listBatches as listBatchRows, markBatchUndone } from '../db/repos/batches'
import { hardDeleteEmployee, setEmployeeDeleted, updateEmployee, type EmployeeFields } from '../db/repos/employees'
import { prepared } from '../db/statements'
import { appendAudit, nowIso, officerName } from './audit'

/** Starts an import batch; the importer then writes its rows against it in the same transaction. */
export function createBatch(ctx: AppContext, kind: ImportKind, fileName: string, fileSha256: string | null = null): number {
  const id = insertBatch(ctx.db, kind, fileName, fileSha256, nowIso(ctx))
  appendAudit(ctx, { action: 'import.batch', entity: 'import', entityId: id, after: { kind, fileName, fileSha256 } })
  return id
}

export function getBatch(ctx: AppContext, id: number): ImportBatch {
  const b = getBatchRow(ctx.db, id)
  if (!b) throw new AppError('not_found', `导入批次 ${id} 不存在`)
  return b
}

export function listBatches(ctx: AppContext, page: { offset: number; limit: number }): Page<ImportBatch> {
  return { rows: listBatchRows(ctx.db, page.offset, page.limit), total: countBatches(ctx.db), offset: page.offset }
}

/** A person as they were before an import touched them (what undo puts back). */
type EmployeeBefore = EmployeeFields & { deletedAt: string | null }

function undoClaims(ctx: AppContext, batchId: number, at: string): number {
  const decided = prepared<[number], { n: number }>(ctx.db, "SELECT count(*) AS n FROM claims WHERE batch_id = ? AND status = 'approved'").get(batchId)?.n ?? 0
  if (decided > 0) throw new AppError('refused', `不能撤销导入批次 ${batchId}：其中 ${decided} 条申报已审核通过，请先撤销这些审核决定`)
  prepared<[string, string, number]>(
    ctx.db,
    `INSERT INTO audit_log (at, officer, action, entity, entity_id, before, after)
     SELECT ?, ?, 'import.undo', 'claim', CAST(id AS TEXT),
       json_object('kind', kind, 'title', title, 'year', year, 'status', status, 'batchId', batch_id), NULL
     FROM claims WHERE batch_id = ? ORDER BY id`
  ).run(at, officerName(ctx), batchId)
  return prepared<[number]>(ctx.db, 'DELETE FROM claims WHERE batch_id = ?').run(batchId).changes
}

function undoRoster(ctx: AppContext, batchId: number, at: string): number {
  const hasClaims = prepared<[number], { n: number }>(ctx.db, 'SELECT count(*) AS n FROM claims WHERE employee_id = ?')
  const rows = batchEmployees(ctx.db, batchId)
  for (const { employeeId, before } of rows) {
    if (before === null) {
      if ((hasClaims.get(employeeId)?.n ?? 0) > 0) {
        throw new AppError('refused', `不能撤销导入批次 ${batchId}：该批次新增的人员（编号 ${employeeId}）已有申报记录，请先删除其申报`)
      }
      prepared<[number]>(ctx.db, 'DELETE FROM import_batch_employees WHERE employee_id = ?').run(employeeId)
      hardDeleteEmployee(ctx.db, employeeId)
      appendAudit(ctx, { action: 'import.undo', entity: 'employee', entityId: employeeId, after: null })
    } else {
      const b = JSON.parse(before) as EmployeeBefore
      updateEmployee(ctx.db, employeeId, b, at)
      setEmployeeDeleted(ctx.db, employeeId, b.deletedAt, at)
      appendAudit(ctx, { action: 'import.undo', entity: 'employee', entityId: employeeId, after: b })
    }
  }
  return rows.length
}

/** Undoes an import as a whole: its claims removed, or its roster rows put back as they were. */
export function undoBatch(ctx: AppContext, batchId: number): { batch: ImportBatch; reverted: number } {
  return ctx.db.transaction(() => {
    const batch = getBatch(ctx, batchId)
    if (batch.undoneAt) throw new AppError('conflict', `导入批次 ${batchId} 已于 ${batch.undoneAt} 撤销`)
    const at = nowIso(ctx)
    const reverted = batch.kind === 'claims' ? undoClaims(ctx, batchId, at) : undoRoster(ctx, batchId, at)
    markBatchUndone(ctx.db, batchId, at)
    appendAudit(ctx, { action: 'import.undoBatch', entity: 'import', entityId: batchId, before: batch, after: { reverted } })
    return { batch: getBatch(ctx, batchId), reverted }
  })()
}
