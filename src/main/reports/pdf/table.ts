import { strong } from './blocks'
import type { PdfWriter } from './document'
import { heightOf, textAt } from './line'
import { COLOR, FONT_SIZE } from './style'

export interface TableColumn {
  header: string
  /** Relative width; the columns share the content width in these proportions. */
  weight: number
  align?: 'left' | 'center' | 'right'
}

export interface TableOptions {
  /** A heading kept on the page with the header row and the first row; repeated as “（续）”. */
  caption?: string
  fontSize?: number
  /** Shown as the only row of a table that has none. */
  emptyText?: string
}

export interface RowStyle {
  fill?: string
  color?: string
}

const PAD_X = 4
const PAD_Y = 3.5
const LINE_GAP = 1.5
const CAPTION_GAP = 6
const AFTER_TABLE = 14

/**
 * A ruled table that flows over pages: the header row is repeated on every page the table
 * reaches, a row is never split across pages, and a caption or header never sits alone at the
 * bottom of a page (they are drawn only together with the row that follows them).
 */
export class PdfTable {
  private readonly widths: number[]
  private readonly fontSize: number
  private headerPage = -1
  /** The last row added, held back until the next one or end(), which may keep it with what follows. */
  private held: { texts: string[]; style: RowStyle } | null = null

  constructor(
    private readonly pdf: PdfWriter,
    private readonly columns: readonly TableColumn[],
    private readonly options: TableOptions = {}
  ) {
    const total = columns.reduce((sum, c) => sum + c.weight, 0)
    this.widths = columns.map((c) => (pdf.width * c.weight) / total)
    this.fontSize = options.fontSize ?? FONT_SIZE.table
  }

  addRow(cells: readonly string[], style: RowStyle = {}): void {
    if (this.held) this.place(this.held.texts, this.held.style)
    this.held = { texts: this.columns.map((_, i) => this.pdf.text(cells[i] ?? '')), style }
  }

  /**
   * Closes the table (an empty one still shows its header and a placeholder row). `keepWith`
   * points of what follows stay on the page of the last row: a signature block never stands
   * alone on a page, it takes the table's last row (and its repeated header) with it.
   */
  end(keepWith = 0): void {
    const after = keepWith > 0 ? keepWith + AFTER_TABLE : 0
    if (this.held) this.place(this.held.texts, this.held.style, false, after)
    else this.place([this.pdf.text(this.options.emptyText ?? '（无）')], {}, true, after)
    this.held = null
    this.pdf.doc.x = this.pdf.left
    this.pdf.doc.y += AFTER_TABLE
  }

  private place(texts: string[], style: RowStyle, spanAll = false, keepWith = 0): void {
    const { pdf } = this
    const doc = pdf.doc
    let height = this.rowHeight(texts, spanAll)
    const lead = this.headerPage === pdf.pageNumber ? 0 : this.leadHeight()
    if (pdf.pageNumber === 0 || doc.y + lead + height + keepWith > pdf.bottom) {
      // Only a page that already holds something is worth leaving.
      if (pdf.pageNumber === 0 || doc.y > pdf.contentTop) pdf.newPage()
      const room = pdf.bottom - pdf.contentTop - this.leadHeight()
      if (height > room) {
        texts = this.truncate(texts, room, spanAll)
        height = this.rowHeight(texts, spanAll)
      }
    }
    if (this.headerPage !== pdf.pageNumber) this.drawLead()
    this.drawRow(texts, height, style, spanAll)
  }

  private leadHeight(): number {
    const caption = this.options.caption ? this.captionHeight() + CAPTION_GAP : 0
    return caption + this.rowHeight(this.columns.map((c) => c.header))
  }

  private captionHeight(): number {
    this.pdf.doc.fontSize(FONT_SIZE.heading)
    return this.pdf.doc.currentLineHeight(true)
  }

  private drawLead(): void {
    const { pdf } = this
    const doc = pdf.doc
    if (this.options.caption) {
      const continued = this.headerPage !== -1
      const caption = pdf.text(this.options.caption + (continued ? '（续）' : ''))
      doc.fontSize(FONT_SIZE.heading).fillColor(COLOR.text)
      strong(pdf, caption, pdf.left, doc.y, { width: pdf.width, lineBreak: false })
      doc.y = doc.y + CAPTION_GAP
    }
    const headers = this.columns.map((c) => pdf.text(c.header))
    const height = this.rowHeight(headers)
    pdf.placeFixed(`table header ${this.widths.join(' ')} ${this.fontSize} ${height}\n${headers.join('\n')}`, doc.y, () =>
      this.drawRow(headers, height, { fill: COLOR.headerFill }, false, 'center')
    )
    this.headerPage = pdf.pageNumber
  }

  private cellWidth(i: number, spanAll: boolean): number {
    return (spanAll ? this.pdf.width : (this.widths[i] ?? 0)) - 2 * PAD_X
  }

  private rowHeight(texts: readonly string[], spanAll = false): number {
    const doc = this.pdf.doc.fontSize(this.fontSize)
    let max = doc.currentLineHeight(true)
    texts.forEach((text, i) => {
      if (text) max = Math.max(max, heightOf(doc, text, this.cellWidth(i, spanAll), LINE_GAP))
    })
    return Math.ceil(max + 2 * PAD_Y)
  }

  /** A row taller than a page cannot stay whole: cut the longest cells and say so. */
  private truncate(texts: string[], room: number, spanAll: boolean): string[] {
    const doc = this.pdf.doc.fontSize(this.fontSize)
    const limit = room - 2 * PAD_Y
    const cut = texts.map((text, i) => {
      const width = this.cellWidth(i, spanAll)
      if (doc.heightOfString(text, { width, lineGap: LINE_GAP }) <= limit) return text
      let lo = 0
      let hi = text.length
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2)
        if (doc.heightOfString(`${text.slice(0, mid)}…`, { width, lineGap: LINE_GAP }) <= limit) lo = mid
        else hi = mid - 1
      }
      return `${text.slice(0, lo)}…`
    })
    this.pdf.warn(`表格中有一行内容超过一页，已截断：${(texts[0] ?? '').slice(0, 20)}`)
    return cut
  }

  /** A saved graphics state holding one rectangle per cell of a row, to be filled or stroked. */
  private cells(widths: readonly number[], y: number, height: number): PDFKit.PDFDocument {
    const doc = this.pdf.doc.save()
    let x = this.pdf.left
    for (const width of widths) {
      doc.rect(x, y, width, height)
      x += width
    }
    return doc
  }

  private drawRow(texts: readonly string[], height: number, style: RowStyle, spanAll: boolean, forceAlign?: 'center'): void {
    const { pdf } = this
    const doc = pdf.doc
    const y = doc.y
    let x = pdf.left
    const count = spanAll ? 1 : this.columns.length
    const cellWidths = spanAll ? [pdf.width] : this.widths
    // All the row's fills, then all its rules, each as one path: the same picture as drawing
    // cell by cell (every rule ends up on top of every fill), in two operators instead of twelve.
    pdf.placeFixed(`table cells ${cellWidths.join(' ')} ${height} ${style.fill ?? ''}`, y, () => {
      if (style.fill) this.cells(cellWidths, y, height).fill(style.fill).restore()
      this.cells(cellWidths, y, height).lineWidth(0.5).strokeColor(COLOR.rule).stroke().restore()
    })
    doc.fontSize(this.fontSize).fillColor(style.color ?? COLOR.text)
    for (let i = 0; i < count; i++) {
      const width = cellWidths[i] ?? 0
      const text = texts[i] ?? ''
      if (text) {
        const textWidth = width - 2 * PAD_X
        const textHeight = heightOf(doc, text, textWidth, LINE_GAP)
        const align = forceAlign ?? (spanAll ? 'center' : (this.columns[i]?.align ?? 'left'))
        textAt(doc, text, x + PAD_X, y + (height - textHeight) / 2 + LINE_GAP / 2, { width: textWidth, align, lineGap: LINE_GAP })
      }
      x += width
    }
    doc.fillColor(COLOR.text)
    doc.x = pdf.left
    doc.y = y + height
  }
}
