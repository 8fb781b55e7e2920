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

/**
 * Values remembered per document for a string in a context (font and size, and for layouts the
 * box): a map per context holding the strings, so a lookup hashes the string itself rather than
 * a long key built around it on every call. Emptied when it holds `limit` strings: names and
 * codes pass through too, and memory must not grow with the file.
 */
class TextMemo<V> {
  private readonly contexts = new Map<string, Map<string, V>>()
  private size = 0

  constructor(private readonly limit: number) {}

  get(context: string, text: string): V | undefined {
    return this.contexts.get(context)?.get(text)
  }

  set(context: string, text: string, value: V): void {
    if (this.size >= this.limit) {
      this.contexts.clear()
      this.size = 0
    }
    let texts = this.contexts.get(context)
    if (!texts) {
      texts = new Map()
      this.contexts.set(context, texts)
    }
    texts.set(text, value)
    this.size++
  }
}

function memoOf<V>(memos: WeakMap<object, TextMemo<V>>, doc: PDFKit.PDFDocument, limit: number): TextMemo<V> {
  let memo = memos.get(doc)
  if (!memo) {
    memo = new TextMemo(limit)
    memos.set(doc, memo)
  }
  return memo
}

/** The font and size in effect: the context of every remembered width and encoding. */
function fontContext(doc: PDFKit.PDFDocument): string {
  const d = internals(doc)
  const id = String(d._font?.id)
  // The same few contexts over and over: kept, so the memos hash the same string each time.
  if (id !== lastContext.id || d._fontSize !== lastContext.size) {
    lastContext.id = id
    lastContext.size = d._fontSize
    lastContext.text = `${id} ${d._fontSize}`
  }
  return lastContext.text
}

const lastContext = { id: '', size: Number.NaN, text: '' }

export interface LineOptions extends PDFKit.Mixins.TextOptions {
  width: number
}

function oneLine(doc: PDFKit.PDFDocument, text: string, width: number): boolean {
  return !text.includes('\n') && widthOf(doc, text) <= width - FIT_MARGIN
}

/**
 * doc.widthOfString(text) (no options), remembered per document, size and text: a certificate
 * measures each of its ~45 strings two or three times, most of them the same on every page.
 * Emptied when full, as names and codes pass through too.
 */
const WIDTH_LIMIT = 4096
const widthMemo = new WeakMap<object, TextMemo<number>>()

export function widthOf(doc: PDFKit.PDFDocument, text: string): number {
  const memo = memoOf(widthMemo, doc, WIDTH_LIMIT)
  const context = fontContext(doc)
  let width = memo.get(context, text)
  if (width === undefined) {
    width = doc.widthOfString(text)
    memo.set(context, text, width)
  }
  return width
}

/** doc.text(text, x, y, { lineBreak: false }) with no width: one line at (x, y), doc.x after it. */
export function placeText(doc: PDFKit.PDFDocument, text: string, x: number, y: number): void {
  if (text.includes('\n') || !drawPlaced(doc, text, x, y, false, false, 0)) {
    doc.text(text, x, y, { lineBreak: false })
    return
  }
  doc.x = x + widthOf(doc, text)
  doc.y = y
}

/** doc.heightOfString(text, { width, lineGap }) for one-line text (one line height), else pdfkit's own. */
export function heightOf(doc: PDFKit.PDFDocument, text: string, width: number, lineGap: number): number {
  if (text && oneLine(doc, text, width)) return doc.currentLineHeight(true) + lineGap
  // Text that wraps (a date span in its narrow column) is measured by LineWrapper, word by word;
  // the same span recurs on many certificates.
  const memo = memoOf(heightMemo, doc, WIDTH_LIMIT)
  const context = `${fontContext(doc)} ${width} ${lineGap}`
  let height = memo.get(context, text)
  if (height === undefined) {
    height = doc.heightOfString(text, { width, lineGap })
    memo.set(context, text, height)
  }
  return height
}

const heightMemo = new WeakMap<object, TextMemo<number>>()

/** doc.text(text, x, y, options), leaving doc.x and doc.y where pdfkit's wrapper would. */
export function textAt(doc: PDFKit.PDFDocument, text: string, x: number, y: number, options: LineOptions): void {
  const { width, align = 'left', ...rest } = options
  const lineGap = rest.lineGap ?? 0
  const lineHeight = doc.currentLineHeight(true)
  const replayable = (align === 'left' || align === 'right' || align === 'center') && text.length > 0 && wrapOnly(rest)
  const context = replayable ? wrapContext(doc, width, align, rest) : ''
  const wrapped = replayable ? memoOf(wrappedMemo, doc, WRAPPED_LIMIT).get(context, text) : null
  if (wrapped && replay(doc, wrapped, x, y, lineHeight, rest)) return
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
    if (replayable && wrapped === undefined) capture(doc, context, text, x, y, options, lineHeight)
    else doc.text(text, x, y, options)
    return
  }
  // pdfkit right-aligns a line by its width without trailing spaces.
  const left = align === 'right' ? x + width - widthOf(doc, text.replace(/\s+$/, '')) : x
  if (!placedOnly(rest) || !drawPlaced(doc, text, left, y, rest.fill === true, rest.stroke === true, 0)) {
    doc.text(text, left, y, { ...rest, lineBreak: false })
  }
  doc.x = x
  doc.y = y + lineHeight + lineGap
}

/**
 * Centred text, text with character spacing and text that wraps still go through LineWrapper,
 * which runs the Unicode line breaker and measures every CJK character: on a certificate the
 * title, the subtitle, the table's header cells and category column, the seal's caption and the
 * two-line requirement sentence, the same strings in the same boxes on every page. The first
 * time a string is drawn in a box, pdfkit draws it and the lines it hands to _fragment are
 * recorded (each line's text and how far _fragment moves it from the box's left, computed with
 * pdfkit's own expressions); later the same string in a box of the same width is drawn from that
 * record with drawPlaced, unless it would come near the foot of the page (where pdfkit would
 * start a new one). A record whose lines do not sit where pdfkit's wrapper puts them is not kept.
 */
interface WrappedLine {
  text: string
  /** What _fragment adds to the box's x for this line (alignment). */
  dx: number
}

interface Wrapped {
  lines: WrappedLine[]
  /** The lineGap pdfkit's wrapper advanced by (option, else the document's, else 0). */
  gap: number
}

interface FragmentOptions {
  lineWidth?: number
  textWidth?: number
}

interface FragmentInternals {
  _fragment(text: string, x: number, y: number, options: FragmentOptions): unknown
}

const WRAPPED_LIMIT = 2048
const wrappedMemo = new WeakMap<object, TextMemo<Wrapped | null>>()

/** Options a recorded layout reproduces; fill and stroke only change the drawing, and lineBreak only pdfkit's default width. */
const WRAP_OPTIONS = new Set(['lineGap', 'lineBreak', 'fill', 'stroke', 'characterSpacing'])

function wrapOnly(options: object): boolean {
  return Object.keys(options).every((key) => WRAP_OPTIONS.has(key))
}

function wrapContext(doc: PDFKit.PDFDocument, width: number, align: string, options: PDFKit.Mixins.TextOptions): string {
  return `${fontContext(doc)} ${width} ${align} ${options.lineGap ?? ''} ${options.characterSpacing ?? ''}`
}

function capture(doc: PDFKit.PDFDocument, context: string, text: string, x: number, y: number, options: LineOptions, lineHeight: number): void {
  const d = doc as unknown as FragmentInternals
  const fragment = d._fragment
  const seen: { text: string; x: number; y: number; lineWidth: number; textWidth: number }[] = []
  d._fragment = function (this: unknown, t, fx, fy, o) {
    seen.push({ text: t, x: fx, y: fy, lineWidth: o.lineWidth ?? Number.NaN, textWidth: o.textWidth ?? Number.NaN })
    return fragment.call(this, t, fx, fy, o)
  }
  const page = doc.page
  try {
    doc.text(text, x, y, options)
  } finally {
    d._fragment = fragment
  }
  const gap = options.lineGap || (doc as unknown as { _lineGap?: number })._lineGap || 0
  let at = y
  let valid = doc.page === page && seen.length > 0
  const lines: WrappedLine[] = []
  for (const line of seen) {
    if (line.x !== x || line.y !== at) valid = false
    at += lineHeight + gap
    const align = options.align ?? 'left'
    const shown = line.text.replace(/\n/g, '')
    // _fragment's own arithmetic for the alignment, so x + dx is the x it draws at.
    const dx =
      align === 'center'
        ? line.lineWidth / 2 - line.textWidth / 2
        : align === 'right'
          ? line.lineWidth - doc.widthOfString(shown.replace(/\s+$/, ''), { characterSpacing: options.characterSpacing })
          : 0
    if (!Number.isFinite(dx) || (shown && !placeable(doc, shown))) valid = false
    lines.push({ text: shown, dx })
  }
  if (doc.y !== at || doc.x !== x) valid = false
  memoOf(wrappedMemo, doc, WRAPPED_LIMIT).set(context, text, valid ? { lines, gap } : null)
}

function replay(doc: PDFKit.PDFDocument, wrapped: Wrapped, x: number, y: number, lineHeight: number, options: PDFKit.Mixins.TextOptions): boolean {
  const step = lineHeight + wrapped.gap
  // pdfkit's wrapper starts a page when a line's foot passes the bottom margin: keep clear of it.
  if (y + (wrapped.lines.length + 1) * step + FIT_MARGIN > doc.page.height - doc.page.margins.bottom) return false
  const cs = options.characterSpacing ?? 0
  let at = y
  for (const line of wrapped.lines) {
    if (line.text && !drawPlaced(doc, line.text, x + line.dx, at, options.fill === true, options.stroke === true, cs)) {
      // Only the first line can fail (nothing of this string drawn yet): pdfkit draws it all.
      if (at !== y) throw new Error('pdf/line: a recorded line could not be drawn')
      return false
    }
    at += step
  }
  doc.x = x
  doc.y = at
  return true
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
export function num(n: number): string {
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
const shownMemo = new WeakMap<object, TextMemo<string | null>>()

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
/** Whether drawPlaced can draw this string in the current font (then its TJ operand is cached). */
function placeable(doc: PDFKit.PDFDocument, text: string): boolean {
  const font = internals(doc)._font
  return isFont(font) && shownOf(doc, font, text) !== null
}

function shownOf(doc: PDFKit.PDFDocument, font: FontInternals, text: string): string | null {
  const memo = memoOf(shownMemo, doc, SHOWN_LIMIT)
  const context = fontContext(doc)
  let shown = memo.get(context, text)
  if (shown === undefined) {
    shown = showText(font, text)
    memo.set(context, text, shown)
  }
  return shown
}

function drawPlaced(doc: PDFKit.PDFDocument, text: string, x: number, y: number, fill: boolean, stroke: boolean, characterSpacing: number): boolean {
  const d = internals(doc)
  const font = d._font
  if (!isFont(font)) return false
  const size = d._fontSize
  const shown = shownOf(doc, font, text)
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
      (characterSpacing ? `\n${num(characterSpacing)} Tc` : '') +
      `${shown}\nET\nQ`
  )
  return true
}

/** Options drawPlaced reproduces; any other (link, underline, features, baseline…) keeps pdfkit's path. */
const PLACED_OPTIONS = new Set(['lineGap', 'lineBreak', 'fill', 'stroke'])

function placedOnly(options: object): boolean {
  return Object.keys(options).every((key) => PLACED_OPTIONS.has(key))
}
