import { TagCursor } from './xmlCursor'

/**
 * Which cell styles (the `s` of a cell, an index into styles.xml's cellXfs) show a number as a
 * date or time, so the reader returns a Date where exceljs would.
 */

/**
 * Built-in formats that are dates or times: 14–22 and 45–47 as in exceljs; 27–36 and 50–58 are
 * the East Asian date formats (yyyy"年"m"月"d"日" …), which exceljs leaves as serial numbers
 * because it knows no locale code for them. A Chinese Excel may write them.
 */
const BUILT_IN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58])

/** exceljs's test (utils.isDateFmt): a date or time letter outside [brackets] and "quotes". */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/[\\](.)/g, '$1').replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '')
  return /[ymdhMsb]/.test(bare)
}

/** Reads styles.xml as it streams by; dateStyles()[s] is true when cell style s shows a date. */
export class DateStylesParser {
  private readonly cursor = new TagCursor()
  private readonly custom = new Map<number, string>()
  private readonly xfNumFmts: number[] = []
  private inCellXfs = false

  push(text: string): void {
    const cursor = this.cursor
    cursor.feed(text)
    while (cursor.next()) {
      // cellStyleXfs holds <xf> too: only those of cellXfs are what a cell's s points at.
      if (cursor.is('cellXfs')) this.inCellXfs = !cursor.closing && !cursor.selfClosing
      else if (cursor.closing) continue
      else if (cursor.is('numFmt')) {
        const id = Number(cursor.attr('numFmtId'))
        const code = cursor.attr('formatCode')
        if (Number.isInteger(id) && code !== undefined) this.custom.set(id, code)
      } else if (this.inCellXfs && cursor.is('xf')) this.xfNumFmts.push(Number(cursor.attr('numFmtId') ?? 0))
    }
  }

  /** A workbook's own format of a built-in id replaces the built-in one, as in exceljs. */
  dateStyles(): boolean[] {
    return this.xfNumFmts.map((id) => {
      const code = this.custom.get(id)
      return code === undefined ? BUILT_IN_DATE_IDS.has(id) : isDateFormat(code)
    })
  }
}

const MS_PER_DAY = 24 * 3600 * 1000

/** exceljs's utils.excelToDate: the serial as a UTC instant, rounded to the millisecond. */
export function excelToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * MS_PER_DAY))
}
