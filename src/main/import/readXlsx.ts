import type { Readable } from 'node:stream'
import { AppError } from '../../shared/errors'
import { SharedStringsParser } from './sharedStrings'
import { SheetRows } from './sheetXml'
import type { MergeRange, XlsxInfo } from './xlsxInspect'
import { DateStylesParser } from './xlsxStyles'
import { openZipEntry, type ZipEntry } from './zip'

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
    // Most sheets have no vertical merges, or none left below: nothing to filter per row.
    if (this.active.length === 0 && this.next >= this.pending.length) return values
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

/** Streams a part's text, decoded by one TextDecoder so a character split between chunks stays whole. */
async function* partText(stream: Readable): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8')
  for await (const chunk of stream) {
    if (chunk instanceof Uint8Array) yield decoder.decode(chunk, { stream: true })
  }
  yield decoder.decode()
}

async function readPart(path: string, entry: ZipEntry, push: (text: string) => void): Promise<void> {
  const stream = await openZipEntry(path, entry)
  try {
    for await (const text of partText(stream)) push(text)
  } finally {
    stream.destroy()
  }
}

/**
 * Streams the rows of the chosen sheet with our own scanner of the sheet XML (sheetXml.ts):
 * exceljs's streaming reader built a Row and Cell objects per cell and ran a general XML
 * parser, several times the cost of the whole rest of reading. The shared strings are held
 * (cells point into them); the sheet is never held whole. Rows come in batches, one per chunk
 * of the sheet read: an await per row cost more than reading it.
 */
export async function* readXlsxRows(path: string, info: XlsxInfo): AsyncGenerator<RawRow[]> {
  const fill = new MergeFill(info.merges)
  let stream: Readable | undefined
  try {
    const strings = new SharedStringsParser()
    if (info.parts.sharedStrings) await readPart(path, info.parts.sharedStrings, (text) => strings.push(text))
    const styles = new DateStylesParser()
    if (info.parts.styles) await readPart(path, info.parts.styles, (text) => styles.push(text))
    const sheet = new SheetRows(strings.strings, styles.dateStyles(), info.date1904)
    stream = await openZipEntry(path, info.parts.sheet)
    for await (const text of partText(stream)) {
      sheet.push(text)
      const ready = sheet.ready
      sheet.ready = []
      for (const row of ready) row.values = fill.apply(row.rowNumber, row.values)
      if (ready.length > 0) yield ready
      if (sheet.done) break
    }
  } catch (e) {
    if (e instanceof AppError) throw e
    throw unreadable()
  } finally {
    stream?.destroy()
  }
}
