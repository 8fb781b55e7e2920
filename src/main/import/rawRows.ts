import { HEADER_SEARCH_ROWS } from './header'
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
  /** The rows in file order, in batches (one per chunk read). */
  batches: AsyncGenerator<RawRow[]>
}

/** Checks the file against the limits and opens its rows, whatever the format. */
export async function openRawRows(filePath: string, limits: ImportLimits): Promise<RawRows> {
  const file = await checkFile(filePath, limits)
  if (file.format === 'xlsx') {
    const info = await inspectXlsx(filePath, file.size, limits)
    return { format: 'xlsx', sheetName: info.sheetName, expectedRows: info.lastRow, batches: readXlsxRows(filePath, info) }
  }
  const info = await inspectCsv(filePath)
  return { format: 'csv', expectedRows: info.lines, batches: readCsvRows(filePath, info) }
}

/**
 * The rows where a header may be (the first HEADER_SEARCH_ROWS), and the rows already read
 * below them; the rest stays in `batches`.
 */
export async function splitTop(batches: AsyncGenerator<RawRow[]>): Promise<{ top: RawRow[]; below: RawRow[] }> {
  const top: RawRow[] = []
  for (;;) {
    const next = await batches.next()
    if (next.done) return { top, below: [] }
    const batch = next.value
    const cut = batch.findIndex((row) => row.rowNumber > HEADER_SEARCH_ROWS)
    if (cut < 0) top.push(...batch)
    else {
      top.push(...batch.slice(0, cut))
      return { top, below: batch.slice(cut) }
    }
  }
}
