import type { RawRow } from './readXlsx'
import { StringItem } from './sharedStrings'
import { excelToDate } from './xlsxStyles'
import { TagCursor } from './xmlCursor'

/**
 * The rows of a worksheet part (xl/worksheets/sheetN.xml), scanned as its text streams by.
 * Values come out as plain JS, as exceljs's reader would hand them after unwrapping: string,
 * number, boolean, Date (a number in a date style), { error } and, for a formula Excel never
 * calculated, { formula, result: undefined }. A formula's cached result is returned bare.
 */

/** Cell types (the t attribute). */
const NUMBER = 0
const SHARED = 1
const STRING = 2 // str: a formula's string result
const INLINE = 3 // inlineStr
const BOOLEAN = 4
const ERROR = 5
const ISO_DATE = 6 // d: an ISO 8601 date, written by some generators

function cellType(buf: string, start: number, end: number): number {
  const first = buf.charCodeAt(start)
  if (end - start === 1) {
    if (first === 115 /* s */) return SHARED
    if (first === 98 /* b */) return BOOLEAN
    if (first === 101 /* e */) return ERROR
    if (first === 100 /* d */) return ISO_DATE
    return NUMBER
  }
  if (first === 105 /* i */) return INLINE
  return first === 115 /* str */ ? STRING : NUMBER
}

/** Digits at buf[at…] as an integer, -1 when there are none. */
function digitsAt(buf: string, at: number): number {
  let n = -1
  for (;;) {
    const c = buf.charCodeAt(at++) - 48
    if (!(c >= 0 && c <= 9)) return n // NaN past the end
    n = n < 0 ? c : n * 10 + c
  }
}

const isoDate = (text: string): Date =>
  // Without a zone, as exceljs reads serials: UTC (JS would take a date-time as local time).
  new Date(text.includes('T') && !/(Z|[+-]\d\d:?\d\d)$/i.test(text) ? `${text}Z` : text)

export class SheetRows {
  /** Rows completed by the text pushed so far, to be taken by the caller. */
  ready: RawRow[] = []
  /** </sheetData> was seen: nothing after it is a cell. */
  done = false

  private readonly cursor = new TagCursor()
  private readonly item = new StringItem()
  private inData = false
  private rowNumber = 0
  private values: unknown[] = []
  private filled = false
  private column = -1
  // The cell being read.
  private type = NUMBER
  private style = 0
  private value: string | undefined = undefined
  private formula: string | undefined = undefined
  private inline: string | undefined = undefined
  private inInline = false

  constructor(
    private readonly strings: readonly string[],
    private readonly dateStyles: readonly boolean[],
    private readonly date1904: boolean
  ) {}

  push(text: string): void {
    const cursor = this.cursor
    cursor.feed(text)
    while (!this.done && cursor.next()) {
      if (!this.inData) {
        if (cursor.is('sheetData')) this.inData = !cursor.closing && !cursor.selfClosing
      } else if (this.inInline) this.inlineTag(cursor)
      else this.tag(cursor)
    }
  }

  private tag(cursor: TagCursor): void {
    const length = cursor.nameEnd - cursor.nameStart
    const first = cursor.buf.charCodeAt(cursor.nameStart)
    if (length === 1) {
      if (first === 99 /* c */) {
        if (cursor.closing) this.endCell()
        else this.startCell(cursor)
      } else if (first === 118 /* v */) {
        // A shared string's index is read in place: no slice for most cells of a typical sheet.
        if (cursor.closing) this.value = this.type === SHARED ? this.strings[digitsAt(cursor.buf, cursor.textStart)] : cursor.text()
        else if (cursor.selfClosing) this.value = ''
      } else if (first === 102 /* f */) {
        if (cursor.closing) this.formula = cursor.text()
        else this.formula ??= ''
      }
    } else if (length === 3 && first === 114 && cursor.is('row')) {
      if (cursor.closing) this.endRow()
      else this.startRow(cursor)
    } else if (length === 2 && cursor.is('is')) {
      if (cursor.selfClosing) this.inline = ''
      else if (!cursor.closing && !cursor.selfClosing) {
        this.inInline = true
        this.item.reset()
      }
    } else if (cursor.closing && cursor.is('sheetData')) {
      this.done = true
    }
  }

  private inlineTag(cursor: TagCursor): void {
    if (cursor.closing && cursor.is('is')) {
      this.inline = this.item.value()
      this.inInline = false
    } else this.item.tag(cursor)
  }

  private startRow(cursor: TagCursor): void {
    let number = -1
    for (let more = cursor.firstAttr(); more; more = cursor.nextAttr()) {
      if (cursor.attrNameEnd - cursor.attrName === 1 && cursor.buf.charCodeAt(cursor.attrName) === 114 /* r */) {
        number = digitsAt(cursor.buf, cursor.valueStart)
        break
      }
    }
    // A row without r follows the one before it.
    this.rowNumber = number > 0 ? number : this.rowNumber + 1
    this.values = []
    this.filled = false
    this.column = -1
  }

  private endRow(): void {
    if (this.filled) this.ready.push({ rowNumber: this.rowNumber, values: this.values })
  }

  private startCell(cursor: TagCursor): void {
    const buf = cursor.buf
    let column = -1
    this.type = NUMBER
    this.style = 0
    for (let more = cursor.firstAttr(); more; more = cursor.nextAttr()) {
      if (cursor.attrNameEnd - cursor.attrName !== 1) continue
      const name = buf.charCodeAt(cursor.attrName)
      if (name === 114 /* r */) {
        // Column letters of the reference; the row digits repeat the row's.
        let at = cursor.valueStart
        column = 0
        for (;;) {
          const c = buf.charCodeAt(at++) | 0x20 // lower case
          if (c < 97 || c > 122) break
          column = column * 26 + c - 96
        }
        column--
      } else if (name === 115 /* s */) this.style = Math.max(0, digitsAt(buf, cursor.valueStart))
      else if (name === 116 /* t */) this.type = cellType(buf, cursor.valueStart, cursor.valueEnd)
    }
    // A cell without r follows the one before it.
    this.column = column >= 0 ? column : this.column + 1
    this.value = undefined
    this.formula = undefined
    this.inline = undefined
  }

  private endCell(): void {
    const value = this.cellValue()
    if (value === undefined) return
    this.values[this.column] = value
    this.filled = true
  }

  private cellValue(): unknown {
    const text = this.value
    let value: unknown
    switch (this.type) {
      case SHARED: // resolved at </v>
      case STRING:
        value = text
        break
      case INLINE:
        value = this.inline ?? text
        break
      case BOOLEAN:
        if (text) value = parseInt(text, 10) !== 0
        break
      case ERROR:
        if (text) value = { error: text }
        break
      case ISO_DATE:
        if (text) value = isoDate(text)
        break
      default:
        if (text) {
          const number = parseFloat(text)
          value = this.dateStyles[this.style] === true ? excelToDate(number, this.date1904) : number
        }
    }
    // What exceljs gives a formula without a cached result: cell.ts reports it.
    if (value === undefined && this.formula !== undefined) return { formula: this.formula, result: undefined }
    return value
  }
}
