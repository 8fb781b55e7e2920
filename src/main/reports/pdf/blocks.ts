import type { PdfWriter } from './document'
import { heightOf, textAt, widthOf } from './line'
import { COLOR, FONT_SIZE } from './style'

/**
 * The pieces every document shares: a centred title, labelled fields, headings that stay with
 * what follows, and the signature and stamp block.
 */

/** The one font has a single weight; a thin outline gives headings the weight of bold. */
export function strong(pdf: PdfWriter, text: string, x: number, y: number, options: PDFKit.Mixins.TextOptions & { width: number }): void {
  pdf.doc.save().lineWidth(0.3).strokeColor(COLOR.text)
  textAt(pdf.doc, text, x, y, { ...options, fill: true, stroke: true })
  pdf.doc.restore()
}

export function documentTitle(pdf: PdfWriter, title: string, subtitle?: string): void {
  const doc = pdf.doc
  doc.fontSize(FONT_SIZE.title).fillColor(COLOR.text)
  strong(pdf, pdf.text(title), pdf.left, doc.y, { width: pdf.width, align: 'center', characterSpacing: 2 })
  if (subtitle) {
    doc.moveDown(0.2).fontSize(FONT_SIZE.body).fillColor(COLOR.muted)
    textAt(doc, pdf.text(subtitle), pdf.left, doc.y, { width: pdf.width, align: 'center' })
    doc.fillColor(COLOR.text)
  }
  doc.moveDown(0.8)
}

/** A heading kept on the page with at least `keepWith` points of what follows it. */
export function heading(pdf: PdfWriter, text: string, keepWith = 40): void {
  const doc = pdf.doc
  doc.fontSize(FONT_SIZE.heading)
  pdf.ensureSpace(doc.currentLineHeight(true) + keepWith)
  strong(pdf, pdf.text(text), pdf.left, doc.y, { width: pdf.width })
  doc.moveDown(0.3).fontSize(FONT_SIZE.body)
}

export function paragraph(pdf: PdfWriter, text: string, color: string = COLOR.text): void {
  const doc = pdf.doc
  const clean = pdf.text(text)
  doc.fontSize(FONT_SIZE.body)
  pdf.ensureSpace(heightOf(doc, clean, pdf.width, 2))
  doc.fillColor(color)
  textAt(doc, clean, pdf.left, doc.y, { width: pdf.width, lineGap: 2 })
  doc.fillColor(COLOR.text).moveDown(0.3)
}

/**
 * Labelled fields laid out in `columns` columns, e.g. 姓名：张三 | 身份证号：430102********1234.
 * Each row is as tall as its tallest value; labels line up.
 */
export function fields(pdf: PdfWriter, pairs: readonly (readonly [string, string])[], columns = 2): void {
  const doc = pdf.doc.fontSize(FONT_SIZE.body)
  const cellWidth = pdf.width / columns
  const labelWidth = Math.max(...pairs.map(([label]) => widthOf(doc, pdf.text(`${label}：`))))
  const valueWidth = cellWidth - labelWidth - 8
  const rows: { cells: (readonly [string, string])[]; height: number }[] = []
  for (let start = 0; start < pairs.length; start += columns) {
    const cells = pairs.slice(start, start + columns).map(([label, value]) => [pdf.text(`${label}：`), pdf.text(value)] as const)
    rows.push({ cells, height: Math.max(...cells.map(([, value]) => heightOf(doc, value || ' ', valueWidth, 2))) + 4 })
  }
  const total = rows.reduce((sum, row) => sum + row.height, 0)
  if (pdf.fixedParts && pdf.pageNumber > 0 && doc.y + total <= pdf.bottom) {
    // The block fits where it is: the labels, the same on every page, are one fixed part, then the values.
    const top = doc.y
    const key = `fields ${columns} ${rows.map((row) => `${row.height} ${row.cells.map(([label]) => label).join(' ')}`).join('\n')}`
    pdf.placeFixed(key, top, () => {
      doc.fillColor(COLOR.muted)
      let y = top
      for (const row of rows) {
        row.cells.forEach(([label], i) => textAt(doc, label, pdf.left + i * cellWidth, y, { width: labelWidth, lineBreak: false }))
        y += row.height
      }
      doc.x = pdf.left
      doc.y = y
    })
    doc.fillColor(COLOR.text)
    let y = top
    for (const row of rows) {
      row.cells.forEach(([, value], i) => textAt(doc, value, pdf.left + i * cellWidth + labelWidth, y, { width: valueWidth, lineGap: 2 }))
      y += row.height
    }
    doc.x = pdf.left
    doc.y = y
  } else {
    for (const { cells, height } of rows) {
      pdf.ensureSpace(height)
      const y = doc.y
      cells.forEach(([label, value], i) => {
        const x = pdf.left + i * cellWidth
        doc.fillColor(COLOR.muted)
        textAt(doc, label, x, y, { width: labelWidth, lineBreak: false })
        doc.fillColor(COLOR.text)
        textAt(doc, value, x + labelWidth, y, { width: valueWidth, lineGap: 2 })
      })
      doc.x = pdf.left
      doc.y = y + height
    }
  }
  doc.moveDown(0.4)
}

/** Height the signature block needs. */
const SIGNATURE_BLOCK_HEIGHT = 150

/** Height of signedClosing() (a one-line sentence and the block), for keeping it with what precedes it. */
export const SIGNED_CLOSING_HEIGHT = SIGNATURE_BLOCK_HEIGHT + 30

/** The closing sentence that certifies the document, then the signature block, on one page. */
export function signedClosing(pdf: PdfWriter, sentence: string, officerName: string): void {
  pdf.ensureSpace(SIGNED_CLOSING_HEIGHT)
  paragraph(pdf, sentence)
  signatureBlock(pdf, officerName)
}

/**
 * 经办人 and 单位负责人 lines on the left, the stamp area (a dashed circle the seal goes on) and
 * the date on the right; never split over a page.
 */
function signatureBlock(pdf: PdfWriter, officerName: string): void {
  const doc = pdf.doc
  pdf.ensureSpace(SIGNATURE_BLOCK_HEIGHT)
  const top = doc.y + 12
  doc.fontSize(FONT_SIZE.body).fillColor(COLOR.text)
  const line = (label: string, y: number, prefill = '') => {
    doc.text(pdf.text(label), pdf.left, y, { lineBreak: false })
    const x = pdf.left + 70
    doc.save().moveTo(x, y + 16).lineTo(x + 140, y + 16).lineWidth(0.6).strokeColor(COLOR.rule).stroke().restore()
    if (prefill) doc.text(pdf.text(prefill), x + 6, y, { lineBreak: false })
  }
  line('经办人：', top, officerName)
  line('单位负责人：', top + 40)
  line('日期：', top + 80, '      年      月      日')

  const cx = pdf.right - 80
  const cy = top + 55
  doc.save().circle(cx, cy, 52).lineWidth(0.8).dash(3, { space: 3 }).strokeColor(COLOR.muted).stroke().undash().restore()
  doc.fontSize(FONT_SIZE.footer).fillColor(COLOR.muted)
  doc.text(pdf.text('（单位盖章）'), cx - 52, cy - 5, { width: 104, align: 'center', lineBreak: false })
  doc.fillColor(COLOR.text).fontSize(FONT_SIZE.body)
  doc.x = pdf.left
  doc.y = top + SIGNATURE_BLOCK_HEIGHT - 12
}
