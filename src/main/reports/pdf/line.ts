/**
 * Text that fits on one line, drawn and measured without pdfkit's LineWrapper.
 *
 * Given a width, pdfkit wraps every string through LineWrapper, which runs the Unicode
 * line-break algorithm and measures each word (each CJK character is a word) even when the
 * string is short: most of a certificate's time. A string clearly narrower than its box comes
 * out of the wrapper as one line, drawn at the box's x (left) or at x + width − its width
 * (right), one line height lower; these helpers put the same glyphs at the same place directly.
 * Anything else (centred or spaced text, line breaks, a string near the box's width, a line near
 * the page's foot, where pdfkit would start a page) goes through pdfkit as before.
 */

/** Kerning lost between the wrapper's words is far below this: a string this much narrower fits for sure. */
const FIT_MARGIN = 1

export interface LineOptions extends PDFKit.Mixins.TextOptions {
  width: number
}

function oneLine(doc: PDFKit.PDFDocument, text: string, width: number): boolean {
  return !text.includes('\n') && doc.widthOfString(text) <= width - FIT_MARGIN
}

/** doc.heightOfString(text, { width, lineGap }) for one-line text (one line height), else pdfkit's own. */
export function heightOf(doc: PDFKit.PDFDocument, text: string, width: number, lineGap: number): number {
  if (text && oneLine(doc, text, width)) return doc.currentLineHeight(true) + lineGap
  return doc.heightOfString(text, { width, lineGap })
}

/** doc.text(text, x, y, options), leaving doc.x and doc.y where pdfkit's wrapper would. */
export function textAt(doc: PDFKit.PDFDocument, text: string, x: number, y: number, options: LineOptions): void {
  const { width, align = 'left', ...rest } = options
  const lineGap = rest.lineGap ?? 0
  const lineHeight = doc.currentLineHeight(true)
  const simple =
    (align === 'left' || align === 'right') &&
    !rest.characterSpacing &&
    !rest.wordSpacing &&
    !rest.continued &&
    // Options only the wrapper applies: such text keeps pdfkit's path.
    !rest.indent &&
    !rest.paragraphGap &&
    !rest.columns &&
    rest.height === undefined &&
    !rest.ellipsis &&
    text.length > 0 &&
    y + 2 * lineHeight + lineGap <= doc.page.height - doc.page.margins.bottom &&
    oneLine(doc, text, width)
  if (!simple) {
    doc.text(text, x, y, options)
    return
  }
  // pdfkit right-aligns a line by its width without trailing spaces.
  const left = align === 'right' ? x + width - doc.widthOfString(text.replace(/\s+$/, '')) : x
  doc.text(text, left, y, { ...rest, lineBreak: false })
  doc.x = x
  doc.y = y + lineHeight + lineGap
}
