import { AppError } from '../../shared/errors'
import { normaliseCell, type NormalisedCell } from './cell'
import type { TableSpec } from './columns'
import { HEADER_SEARCH_ROWS, detectHeader, type MappedColumn } from './header'
import { DEFAULT_LIMITS, cancelledError, rowsLimitError, type FileFormat, type ImportLimits } from './limits'
import { openRawRows, splitTop } from './rawRows'

export interface ReadOptions {
  /** Rows read so far and the expected total (0 when unknown); called every few hundred rows. */
  onProgress?: (done: number, total: number) => void
  signal?: AbortSignal
  limits?: Partial<ImportLimits>
}

export interface TableHeader<K extends string> {
  format: FileFormat
  /** Excel row number of the header. */
  rowNumber: number
  /** The last row the file declares (CSV: its lines; 0 when unknown), for progress. */
  expectedRows: number
  columns: MappedColumn<K>[]
  /** Header texts that name no known column: reported and ignored. */
  unknownColumns: string[]
  /** Header texts naming a column already mapped: reported and ignored. */
  duplicateColumns: string[]
  /** Headers of required columns absent from the file; non-empty means the file is refused. */
  missingColumns: string[]
}

export interface TableRow<K extends string> {
  /** The Excel row number (CSV: the record number). */
  rowNumber: number
  /** Mapped columns only; a column absent from the file has no entry. */
  cells: Partial<Record<K, NormalisedCell>>
}

export interface Table<K extends string> {
  header: TableHeader<K>
  /** Data rows below the header in batches, blank rows skipped; iterate once. */
  batches: AsyncIterable<TableRow<K>[]>
  /** Releases the file when the rows are not read to the end (reading to the end releases it too). */
  close(): Promise<void>
}

const PROGRESS_EVERY = 500

/**
 * Opens a roster or claims file (.xlsx or .csv): limits checked first, then the header found
 * and mapped. File-level problems (too large, .xls, not a spreadsheet, no header) are thrown as
 * AppError('invalid_input'); a missing required column is returned in header.missingColumns so
 * the caller can report it like any other error.
 */
export async function readTable<K extends string>(filePath: string, spec: TableSpec<K>, options: ReadOptions = {}): Promise<Table<K>> {
  const limits: ImportLimits = { ...DEFAULT_LIMITS, ...options.limits }
  if (options.signal?.aborted) throw cancelledError()
  const { format, expectedRows, batches: source } = await openRawRows(filePath, limits)
  // A workbook declares its extent up front; a CSV's line count overstates records with line
  // breaks inside quotes, so CSV rows are counted as they are read.
  if (format === 'xlsx' && expectedRows > limits.maxRows + HEADER_SEARCH_ROWS) {
    await source.return(undefined)
    throw rowsLimitError(limits)
  }

  const { top, below } = await splitTop(source)
  const match = detectHeader(spec, top)
  if (!match) {
    await source.return(undefined)
    const names = spec.columns.filter((c) => c.required).map((c) => `「${c.header}」`)
    throw new AppError('invalid_input', `在前 ${HEADER_SEARCH_ROWS} 行中找不到表头：表头应包含${names.join('')}等列名`)
  }
  const header: TableHeader<K> = {
    format,
    rowNumber: match.rowNumber,
    expectedRows,
    columns: match.columns,
    unknownColumns: match.unknownColumns,
    duplicateColumns: match.duplicates,
    missingColumns: match.missing.map((c) => c.header)
  }
  if (header.missingColumns.length > 0) {
    // The file is refused: nothing below the header is read.
    await source.return(undefined)
    return { header, batches: noRows<K>(), close: async () => undefined }
  }
  const types = new Map(spec.columns.map((c) => [c.key, c.type]))
  const headerRow = match.rowNumber
  // Each mapped column with its type, looked up once rather than once per cell.
  const mapped = match.columns.map((column) => ({ key: column.key, index: column.index, type: types.get(column.key) ?? 'text' }))

  async function* batches(): AsyncGenerator<TableRow<K>[]> {
    let done = 0
    let lastRow = headerRow
    try {
      let batch = [...top.filter((r) => r.rowNumber > headerRow), ...below]
      for (;;) {
        if (options.signal?.aborted) throw cancelledError()
        const out: TableRow<K>[] = []
        for (const row of batch) {
          if (row.rowNumber - headerRow > limits.maxRows) throw rowsLimitError(limits)
          lastRow = row.rowNumber
          if (++done % PROGRESS_EVERY === 0) options.onProgress?.(lastRow, Math.max(expectedRows, lastRow))
          const cells: Partial<Record<K, NormalisedCell>> = {}
          let blank = true
          for (const column of mapped) {
            const cell = normaliseCell(row.values[column.index], column.type)
            if (cell.kind !== 'blank') blank = false
            cells[column.key] = cell
          }
          if (!blank) out.push({ rowNumber: row.rowNumber, cells })
        }
        if (out.length > 0) yield out
        const next = await source.next()
        if (next.done) break
        batch = next.value
      }
      options.onProgress?.(lastRow, lastRow)
    } finally {
      await source.return(undefined)
    }
  }
  return {
    header,
    batches: batches(),
    close: async () => {
      await source.return(undefined)
    }
  }
}

async function* noRows<K extends string>(): AsyncGenerator<TableRow<K>[]> {}
