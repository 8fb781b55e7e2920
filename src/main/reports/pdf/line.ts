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
  if (!placedOnly(rest) || !drawPlaced(doc, text, left, y, rest.fill === true, rest.stroke === true)) {
    doc.text(text, left, y, { ...rest, lineBreak: false })
  }
  doc.x = x
  doc.y = y + lineHeight + lineGap
}

/**
 * pdfkit's text path for one already-placed line costs far more than the bytes it writes:
 * _initOptions copies the options, _line and _fragment measure the string twice, save/restore
 * copy the transformation matrix, fontkit's layout is looked up (or run) again, and every
 * operator (q, cm, BT, Tm, Tf, TJ, ET, Q) becomes its own Uint8Array in the page's content.
 * A certificate repeats the same ~30 labels on every page, so the TJ operand of each string is
 * built once from pdfkit's own encoding (font.encode, which also puts the glyphs in the embedded
 * subset and its widths and ToUnicode map) and the whole fragment is written as one chunk: the
 * content stream's bytes are the ones _fragment writes (each chunk ends in a newline there too).
 */
interface GlyphPosition {
  xAdvance: number
  advanceWidth: number
  xOffset: number
  yOffset: number
}

/** The parts of pdfkit's EmbeddedFont and document that _fragment reads, none of them typed. */
interface FontInternals {
  id: string
  ascender: number
  ref(): unknown
  encode(text: string, features?: unknown): [string[], GlyphPosition[]]
}

interface DocInternals {
  _font?: Partial<FontInternals>
  _fontSize: number
  page: { height: number; fonts: Record<string, unknown> }
  addContent(data: string): unknown
}

/** PDFObject.number: how pdfkit prints every coordinate (six decimals, shortest form). */
function num(n: number): string {
  return String(Math.round(n * 1e6) / 1e6)
}

/** The TJ operators of a string, or null when a glyph is offset (pdfkit then moves Tm per glyph). */
function showText(font: FontInternals, text: string): string | null {
  const [encoded, positions] = font.encode(text)
  const commands: string[] = []
  let last = 0
  // _fragment's addSegment: a run of glyphs, then the kerning after its last glyph.
  const segment = (cur: number): void => {
    if (last < cur) {
      const pos = positions[cur - 1]
      const advance = pos ? pos.xAdvance - pos.advanceWidth : 0
      commands.push(`<${encoded.slice(last, cur).join('')}> ${num(-advance)}`)
    }
    last = cur
  }
  for (let i = 0; i < positions.length; i++) {
    const pos = positions[i]
    if (!pos || pos.xOffset || pos.yOffset) return null
    if (pos.xAdvance - pos.advanceWidth !== 0) segment(i + 1)
  }
  segment(positions.length)
  return commands.length > 0 ? `\n[${commands.join(' ')}] TJ` : ''
}

/**
 * Strings seen by this document, keyed by font, size and text. Static labels are what it is for;
 * names and codes pass through too and would grow it with the file, so it is emptied when full
 * (the labels are then encoded once more, which is all it costs).
 */
const SHOWN_LIMIT = 4096
const shownCache = new WeakMap<object, Map<string, string | null>>()

function internals(doc: PDFKit.PDFDocument): DocInternals {
  return doc as unknown as DocInternals
}

function isFont(font: Partial<FontInternals> | undefined): font is FontInternals {
  return typeof font?.encode === 'function' && typeof font.ref === 'function' && typeof font.id === 'string' && typeof font.ascender === 'number'
}

/**
 * What doc.text(text, x, y, { lineBreak: false, fill, stroke }) writes for a one-line string
 * (no width, alignment, spacing or other option: the caller has placed it), leaving doc.x and
 * doc.y alone. False when pdfkit must draw it itself (a font without the expected internals,
 * offset glyphs).
 */
function drawPlaced(doc: PDFKit.PDFDocument, text: string, x: number, y: number, fill: boolean, stroke: boolean): boolean {
  const d = internals(doc)
  const font = d._font
  if (!isFont(font)) return false
  const size = d._fontSize
  let cache = shownCache.get(doc)
  if (!cache) {
    cache = new Map()
    shownCache.set(doc, cache)
  }
  const key = `${font.id}\u0000${size}\u0000${text}`
  let shown = cache.get(key)
  if (shown === undefined) {
    if (cache.size >= SHOWN_LIMIT) cache.clear()
    shown = showText(font, text)
    cache.set(key, shown)
  }
  if (shown === null) return false
  const page = d.page
  if (page.fonts[font.id] == null) page.fonts[font.id] = font.ref()
  // _fragment's baseline: the font's ascender below the given top.
  const dy = (font.ascender / 1000) * size
  const mode = fill && stroke ? 2 : stroke ? 1 : 0
  // save(), the flip to PDF coordinates, BT…ET, restore(): the matrix pdfkit tracks ends where it began.
  d.addContent(
    `q\n1 0 0 -1 0 ${num(page.height)} cm\nBT\n1 0 0 1 ${num(x)} ${num(page.height - y - dy)} Tm\n/${font.id} ${num(size)} Tf` +
      (mode ? `\n${mode} Tr` : '') +
      `${shown}\nET\nQ`
  )
  return true
}

/** Options drawPlaced reproduces; any other (link, underline, features, baseline…) keeps pdfkit's path. */
const PLACED_OPTIONS = new Set(['lineGap', 'lineBreak', 'fill', 'stroke'])

function placedOnly(options: object): boolean {
  return Object.keys(options).every((key) => PLACED_OPTIONS.has(key))
}
