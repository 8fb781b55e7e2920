import ExcelJS from 'exceljs'
import { AppError } from '../../shared/errors'
import { patchWorkbookReader } from './readerPatch'
import type { MergeRange, XlsxInfo } from './xlsxInspect'

/** One row as read: its Excel row number and raw cell values by 0-based column. */
export interface RawRow {
  rowNumber: number
  values: unknown[]
}

const isEmpty = (value: unknown): boolean => value === null || value === undefined || value === ''

/**
 * Fills a vertically merged value (a department merged over several rows) down its range, in
 * the merge's first column, on rows that have values of their own; other columns of a merge
 * spanning columns stay blank (a value merged across columns belongs to its first column).
 * A sweep over merges sorted by first row: O(rows + merges).
 */
class MergeFill {
  private readonly pending: MergeRange[]
  private next = 0
  private active: { range: MergeRange; value: unknown }[] = []

  constructor(merges: readonly MergeRange[]) {
    this.pending = merges.filter((m) => m.bottom > m.top).sort((a, b) => a.top - b.top)
  }

  apply(rowNumber: number, values: unknown[]): unknown[] {
    this.active = this.active.filter((a) => a.range.bottom >= rowNumber)
    while (this.next < this.pending.length) {
      const range = this.pending[this.next]
      if (!range || range.top > rowNumber) break
      this.next++
      if (range.bottom >= rowNumber) this.active.push({ range, value: range.top === rowNumber ? values[range.left - 1] : undefined })
    }
    if (!values.some((v) => !isEmpty(v))) return values
    for (const a of this.active) {
      const column = a.range.left - 1
      if (a.range.top < rowNumber && isEmpty(values[column]) && !isEmpty(a.value)) values[column] = a.value
    }
    return values
  }
}

const unreadable = (): AppError =>
  new AppError('invalid_input', '无法读取工作簿：文件可能已损坏，请在 Excel 中打开并重新保存为 .xlsx 后再导入')

/** Streams the rows of the chosen sheet: the workbook is never held in memory as a model. */
export async function* readXlsxRows(path: string, info: XlsxInfo): AsyncGenerator<RawRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    hyperlinks: 'cache',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'ignore'
  })
  patchWorkbookReader(reader, info.sheetNumber)
  const fill = new MergeFill(info.merges)
  let found = false
  try {
    // Only the chosen sheet is emitted (readerPatch).
    for await (const worksheet of reader) {
      found = true
      for await (const row of worksheet) {
        const values: unknown[] = []
        row.eachCell({ includeEmpty: false }, (cell, column) => {
          values[column - 1] = cell.value
        })
        yield { rowNumber: row.number, values: fill.apply(row.number, values) }
      }
      break
    }
  } catch (e) {
    if (e instanceof AppError) throw e
    throw unreadable()
  } finally {
    const stream: unknown = 'stream' in reader ? reader.stream : undefined
    if (stream && typeof stream === 'object' && 'destroy' in stream && typeof stream.destroy === 'function') stream.destroy()
  }
  if (!found) throw new AppError('invalid_input', `工作簿中找不到工作表「${info.sheetName}」，请在 Excel 中重新保存后再导入`)
}
