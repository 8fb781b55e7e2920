import { checkFile, type FileFormat, type ImportLimits } from './limits'
import { inspectCsv, readCsvRows } from './readCsv'
import { readXlsxRows, type RawRow } from './readXlsx'
import { inspectXlsx } from './xlsxInspect'

export interface RawRows {
  format: FileFormat
  /** The sheet read (CSV: none). */
  sheetName?: string
  /** Expected last row number, 0 when unknown: for progress and the row limit. */
  expectedRows: number
  rows: AsyncGenerator<RawRow>
}

/** Checks the file against the limits and opens its rows, whatever the format. */
export async function openRawRows(filePath: string, limits: ImportLimits): Promise<RawRows> {
  const file = await checkFile(filePath, limits)
  if (file.format === 'xlsx') {
    const info = await inspectXlsx(filePath, file.size, limits)
    return { format: 'xlsx', sheetName: info.sheetName, expectedRows: info.lastRow, rows: readXlsxRows(filePath, info) }
  }
  const info = await inspectCsv(filePath)
  return { format: 'csv', expectedRows: info.lines, rows: readCsvRows(filePath, info) }
}
