import type { ImportIssue, ImportWarning } from './issues'
import type { TableHeader } from './readTable'

/** The header's problems as issues: a missing required column refuses the file; unknown and repeated columns are warnings. */
export function headerProblems<K extends string>(
  header: TableHeader<K>
): { errors: ImportIssue[]; warnings: ImportWarning[]; refused: boolean } {
  const row = header.rowNumber
  const errors: ImportIssue[] = header.missingColumns.map((column) => ({
    row,
    column,
    message: `第 ${row} 行（表头）：缺少必填列「${column}」`
  }))
  const warnings: ImportWarning[] = [
    ...header.unknownColumns.map((column) => ({ row, column, message: `未识别的列「${column}」，已忽略` })),
    ...header.duplicateColumns.map((column) => ({ row, column, message: `列「${column}」与前面的列重复，已忽略` }))
  ]
  return { errors, warnings, refused: errors.length > 0 }
}
