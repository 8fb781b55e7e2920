import type { ImportKind } from './batch'

/** A problem that refuses the file: the Excel row, the column's header, a message naming both. */
export interface ImportIssue {
  row: number
  column: string
  /** "第 5 行「身份证号」：…", complete on its own. */
  message: string
}

/** Worth telling the officer, but the file is still accepted. */
export interface ImportWarning {
  row?: number
  column?: string
  message: string
}

/** What an import did, or (dry run, or refused) would do. Nothing is written when errors exist. */
export interface ImportReport {
  kind: ImportKind
  fileName: string
  dryRun: boolean
  /** The batch written, undoable as a whole; null for a dry run or a refused file. */
  batch: number | null
  /** Data rows read. */
  rows: number
  added: number
  updated: number
  unchanged: number
  errors: ImportIssue[]
  warnings: ImportWarning[]
  unknownColumns: string[]
  /** The file with an added 错误说明 column, when there are errors (for the screen's download). */
  errorsFile?: { fileId: string; name: string }
}
