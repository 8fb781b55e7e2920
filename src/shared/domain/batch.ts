export type ImportKind = 'roster' | 'claims'

/** One import of a workbook, undoable as a whole. */
export interface ImportBatch {
  id: number
  kind: ImportKind
  fileName: string
  fileSha256: string | null
  added: number
  updated: number
  unchanged: number
  createdAt: string
  undoneAt: string | null
}
