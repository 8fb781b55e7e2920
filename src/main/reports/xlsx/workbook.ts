import { createWriteStream } from 'node:fs'
import ExcelJS from 'exceljs'
import { atomicFile } from '../atomicFile'

/**
 * What a column holds decides how every cell in it is written, never the value's look:
 * 'text' cells are always inline strings (so "=cmd|…", "+1" or "0431" stay exactly as typed and
 * can never become a formula or a number), 'number' and 'percent' cells are always numbers.
 */
export type ColumnType = 'text' | 'number' | 'percent'

export interface SheetColumn {
  header: string
  /** In characters, as Excel measures column width. */
  width: number
  type: ColumnType
}

export type CellInput = string | number | null

export interface SheetWriter {
  addRow(values: readonly CellInput[]): void
  /** Data rows written so far (the header not counted). */
  readonly rows: number
  /** Finishes the sheet; the next sheet can only start after this. */
  commit(): void
}

export interface XlsxWriter {
  addSheet(name: string, columns: readonly SheetColumn[]): SheetWriter
  finish(): Promise<void>
  abort(): Promise<void>
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8ECF2' } }
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFB0B0B0' } }
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, bottom: THIN, left: THIN, right: THIN }
const FONT: Partial<ExcelJS.Font> = { name: '宋体', size: 11 }

const NUM_FMT: Record<ColumnType, string> = {
  // '@' keeps a text cell text even when someone edits it in Excel later.
  text: '@',
  number: 'General',
  percent: '0.0%'
}

/** The style of every data cell of a column of this type. */
function cellStyle(type: ColumnType): Partial<ExcelJS.Style> {
  return { numFmt: NUM_FMT[type], font: FONT, border: BORDER, alignment: { vertical: 'middle', horizontal: type === 'text' ? 'left' : 'right' } }
}

/** Column letters for A1 references: 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let n = index
  let out = ''
  while (n > 0) {
    const r = (n - 1) % 26
    out = String.fromCharCode(65 + r) + out
    n = Math.floor((n - 1) / 26)
  }
  return out
}

/** A text value as an inline rich-text string: exceljs writes it as t="inlineStr", never a formula. */
function textCell(value: CellInput): ExcelJS.CellRichTextValue | null {
  if (value === null || value === '') return null
  return { richText: [{ text: String(value) }] }
}

function numberCell(value: CellInput): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null
}

/**
 * An .xlsx written row by row with exceljs' streaming writer into a temporary file, renamed to
 * `outPath` on finish(). Sheets are written one after another (the zip holds one open entry).
 */
export function createXlsx(outPath: string, meta: { creator: string; created: Date }): XlsxWriter {
  const file = atomicFile(outPath)
  const stream = createWriteStream(file.tempPath)
  const failed = new Promise<never>((_, reject) => stream.on('error', reject))
  failed.catch(() => undefined)
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false })
  workbook.creator = meta.creator
  workbook.created = meta.created
  let open: SheetWriter | null = null

  return {
    addSheet(name, columns) {
      open?.commit()
      const sheet = workbook.addWorksheet(name, {
        views: [{ state: 'frozen', ySplit: 1, xSplit: 0, activeCell: 'A2' }],
        pageSetup: {
          paperSize: 9,
          orientation: 'landscape',
          fitToPage: true,
          fitToWidth: 1,
          fitToHeight: 0,
          printTitlesRow: '1:1',
          horizontalCentered: true,
          margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 }
        },
        headerFooter: { oddFooter: '&C第 &P 页 / 共 &N 页' }
      })
      sheet.columns = columns.map((c) => ({ width: c.width, style: { numFmt: NUM_FMT[c.type], font: FONT } }))
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } }
      const header = sheet.addRow(columns.map((c) => textCell(c.header)))
      header.height = 20
      header.eachCell((cell) => {
        cell.font = { ...FONT, bold: true }
        cell.fill = HEADER_FILL
        cell.border = BORDER
        cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true }
      })
      header.commit()

      // One style object per column, shared by its cells: exceljs caches a style's id by the
      // object's identity, so a fresh object per cell would re-render and re-intern it every time.
      const cellStyles = columns.map((c) => cellStyle(c.type))
      const isText = columns.map((c) => c.type === 'text')
      const cellValues: (ExcelJS.CellRichTextValue | number | null)[] = new Array<null>(columns.length).fill(null)
      let rows = 0
      let committed = false
      const writer: SheetWriter = {
        addRow(values) {
          for (let i = 0; i < columns.length; i++) {
            const value = values[i] ?? null
            cellValues[i] = isText[i] ? textCell(value) : numberCell(value)
          }
          const row = sheet.addRow(cellValues)
          for (let i = 0; i < columns.length; i++) {
            const style = cellStyles[i]
            if (style) row.getCell(i + 1).style = style
          }
          row.commit()
          rows++
        },
        get rows() {
          return rows
        },
        commit() {
          if (committed) return
          committed = true
          sheet.commit()
        }
      }
      open = writer
      return writer
    },
    async finish() {
      try {
        open?.commit()
        await Promise.race([workbook.commit(), failed])
        await file.commit()
      } catch (e) {
        await this.abort()
        throw e
      }
    },
    async abort() {
      if (!stream.closed) {
        const closed = new Promise<void>((resolve) => stream.once('close', () => resolve()))
        stream.destroy()
        await closed
      }
      await file.discard()
    }
  }
}
