import { z } from 'zod'
import { call } from './define'
import { idSchema, pageSchema } from './common'
import type { Page } from './common'
import type { ImportBatch } from '../domain/batch'
import type { FileRef } from '../domain/job'

const importKind = z.enum(['roster', 'claims'], { error: '导入类型应为 roster（人员名册）或 claims（学时申报）' })
const fileId = z.string({ error: '请选择文件' }).min(1, '请选择文件').max(100)

export const importCalls = {
  /** Starts reading (and unless dryRun, importing) a picked or uploaded file; result: ImportReport. */
  'import.start': call<{ jobId: string }>()(z.object({ kind: importKind, fileId, dryRun: z.boolean().default(false) })),
  /** The blank template workbook, ready to save or download. */
  'import.template': call<FileRef>()(z.object({ kind: importKind })),
  'import.batches': call<Page<ImportBatch>>()(pageSchema),
  /** Undoes a whole import batch. */
  'import.undo': call<{ batch: ImportBatch; reverted: number }>()(z.object({ batchId: idSchema }))
}
