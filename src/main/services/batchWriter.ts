import { AppError } from '../../shared/errors'
import type { AppContext } from '../context'
import { getBatch } from '../db/repos/batches'

/**
 * An import batch's rows written as they come, inside the caller's transaction: `add` in file
 * order, `finish` once at the end for what is written after the rows (audit entries, counts).
 */
export interface BatchWriter<Row, Counts> {
  add(rows: readonly Row[]): void
  finish(): Counts
}

/**
 * For callers holding the rows in memory: from this many rows one read of the whole roster beats
 * a lookup per row (an import from a file decides by the file's size).
 */
export const PRELOAD_ROWS = 1000

/** Rows handed to a writer at a time by callers holding them all: a statement per part, not per row. */
export const WRITE_PART_ROWS = 500

/** What every batch writer checks before its first row. */
export function assertBatchWritable(ctx: AppContext, batchId: number, writer: string): void {
  if (!ctx.db.inTransaction) throw new Error(`${writer} needs an open transaction`)
  if (!getBatch(ctx.db, batchId)) throw new AppError('not_found', `导入批次 ${batchId} 不存在`)
}
