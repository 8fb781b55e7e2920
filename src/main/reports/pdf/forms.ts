import { num } from './line'

/**
 * The parts of a page that every certificate draws alike (the title, the field labels, the
 * table's header row and rules, the requirement and the seal, the footer's rule and page
 * number) written once per document as PDF form XObjects and placed on each page with `Do`.
 *
 * pdfkit 0.20 has no API for forms. The first time a part is drawn it is drawn as always, and
 * the operators it writes are recorded (the page content passes through one function, see
 * batchPageContent in document.ts); those operators become the form's content stream, with the
 * page's fonts as its resources. Later the same part (same key) is placed by
 * `q 1 0 0 1 0 dy cm /FxN Do Q`, dy being how far below the first drawing it sits, and pdfkit's
 * position, font size and fill colour are set to where drawing it would have left them.
 *
 * A form runs in its own graphics state: it must set every colour and line width it paints
 * with, and what it leaves set at its outer level (a fill colour for the text after it) is
 * written again after `Do`. A recording that does not qualify (paints with a colour it did not
 * set, changes the matrix or text state outside q/Q, uses opacity, images or other forms,
 * starts a page) stays drawn as before. So does a part placed where drawing it could reach the
 * foot of the page, where pdfkit might start a new page in the middle of it.
 */

/** Content drawn by a part, with where it left pdfkit's state. */
interface Form {
  name: string
  ref: unknown
  /** The y the part was first drawn at. */
  origin: number
  /** What drawing it changed: doc.y (relative to its origin), doc.x, the font size, the fill colour. */
  dy?: number
  x?: number
  fontSize?: number
  fillColor?: { value: unknown }
  /** Operators restoring what the form left set at its outer level (after Do). */
  trailer: string
}

export type Recorder = (draw: () => void) => string | null

interface DocState {
  x: number
  y: number
  _fontSize: number
  _font?: unknown
  _fillColor?: unknown
  page: {
    height: number
    width: number
    margins: { bottom: number }
    fonts: Record<string, unknown>
    xobjects: Record<string, unknown>
    ext_gstates: Record<string, unknown>
  }
  ref(data: object): { end(chunk?: Buffer): void }
  addContent(data: string): unknown
}

/** Below the end of a part, the room left free before the foot (two title lines and a point). */
const FOOT_ROOM = 40

const FILL = new Set(['scn', 'sc', 'rg', 'g', 'k'])
const STROKE = new Set(['SCN', 'SC', 'RG', 'G', 'K'])
const FILL_PAINT = new Set(['f', 'F', 'f*'])
const STROKE_PAINT = new Set(['S', 's'])
const BOTH_PAINT = new Set(['B', 'B*', 'b', 'b*'])
const DEVICE_SPACES = new Set(['/DeviceRGB', '/DeviceGray', '/DeviceCMYK'])
/** Operators changing state that a page keeps after them; allowed only inside q … Q. */
const NESTED_ONLY = new Set(['cm', 'd', 'J', 'j', 'M', 'ri', 'i', 'Tc', 'Tw', 'Tz', 'TL', 'Tf', 'Tr', 'Ts', 'BT'])
/** Operators never recorded into a form. */
const REFUSED = new Set(['gs', 'sh', 'Do', 'BI', 'ID', 'EI', 'BDC', 'BMC', 'EMC', 'MP', 'DP', 'd0', 'd1'])

/**
 * Whether recorded operators stand on their own as a form, and the operators that put back what
 * they leave set at their outer level; null if they do not qualify.
 */
export function formTrailer(content: string): string | null {
  const lines = content.split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  // What is set at each depth of q: fill colour, stroke colour, line width.
  const stack: { fill: boolean; stroke: boolean; width: boolean }[] = [{ fill: false, stroke: false, width: false }]
  let fill = ''
  let stroke = ''
  let width = ''
  let strokedText = false
  let inText = false
  for (const line of lines) {
    const op = line.slice(line.lastIndexOf(' ') + 1)
    const depth = stack.length - 1
    const state = stack[depth] as { fill: boolean; stroke: boolean; width: boolean }
    if (op === 'q') {
      stack.push({ ...state })
      continue
    }
    if (op === 'Q') {
      if (depth === 0) return null
      stack.pop()
      continue
    }
    if (REFUSED.has(op)) return null
    if (depth === 0 && NESTED_ONLY.has(op)) return null
    if (op === 'BT') inText = true
    else if (op === 'ET') inText = false
    if (op === 'cs' || op === 'CS') {
      if (!DEVICE_SPACES.has(line.slice(0, line.indexOf(' ')))) return null
      if (depth === 0) {
        if (op === 'cs') fill = line
        else stroke = line
      }
    } else if (FILL.has(op)) {
      state.fill = true
      if (depth === 0) fill = op === 'scn' || op === 'sc' ? `${fill}\n${line}` : line
    } else if (STROKE.has(op)) {
      state.stroke = true
      if (depth === 0) stroke = op === 'SCN' || op === 'SC' ? `${stroke}\n${line}` : line
    } else if (op === 'w') {
      state.width = true
      if (depth === 0) width = line
    } else if (op === 'Tr') {
      strokedText = line !== '0 Tr'
      if (strokedText && !(state.stroke && state.width)) return null
    } else if (op === 'TJ' || op === 'Tj' || op === "'" || op === '"') {
      if (!state.fill) return null
    } else if (FILL_PAINT.has(op)) {
      if (!state.fill) return null
    } else if (STROKE_PAINT.has(op)) {
      if (!state.stroke || !state.width) return null
    } else if (BOTH_PAINT.has(op)) {
      if (!state.fill || !state.stroke || !state.width) return null
    }
  }
  if (stack.length !== 1 || inText) return null
  return [fill, stroke, width]
    .filter(Boolean)
    .map((ops) => `\n${ops}`)
    .join('')
}

export class FixedParts {
  private readonly forms = new Map<string, Form>()
  private recording = false

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly record: Recorder
  ) {}

  /**
   * Draws what `draw` draws, its top at `origin` (it draws relative to it): the first time as
   * always, recorded; after that as the recorded form moved to `origin`. `key` must name
   * everything the drawing depends on besides `origin` (texts, sizes, widths, heights).
   */
  place(key: string, origin: number, draw: () => void): void {
    const d = this.doc as unknown as DocState
    const form = this.forms.get(key)
    if (!form) {
      if (this.recording) {
        draw()
        return
      }
      this.recording = true
      const font = d._font
      const before = { x: d.x, y: d.y, fontSize: d._fontSize, fillColor: d._fillColor }
      let content: string | null
      try {
        content = this.record(draw)
      } finally {
        this.recording = false
      }
      const trailer = content !== null && d._font === font ? formTrailer(content) : null
      if (content !== null && trailer !== null) this.define(key, origin, content, trailer, before)
      return
    }
    if (this.recording || Math.max(origin, origin + (form.dy ?? 0)) + FOOT_ROOM > d.page.height - d.page.margins.bottom) {
      draw()
      return
    }
    d.page.xobjects[form.name] = form.ref
    const dy = origin - form.origin
    d.addContent((dy === 0 ? `/${form.name} Do` : `q\n1 0 0 1 0 ${num(dy)} cm\n/${form.name} Do\nQ`) + form.trailer)
    if (form.x !== undefined) d.x = form.x
    if (form.dy !== undefined) d.y = origin + form.dy
    if (form.fontSize !== undefined) d._fontSize = form.fontSize
    if (form.fillColor) d._fillColor = form.fillColor.value
  }

  private define(key: string, origin: number, content: string, trailer: string, before: { x: number; y: number; fontSize: number; fillColor: unknown }): void {
    const d = this.doc as unknown as DocState
    const page = d.page
    const resources: Record<string, unknown> = { ProcSet: ['PDF', 'Text'], Font: { ...page.fonts } }
    if (Object.keys(page.ext_gstates).length > 0) resources.ExtGState = { ...page.ext_gstates }
    const ref = d.ref({ Type: 'XObject', Subtype: 'Form', FormType: 1, BBox: [0, 0, page.width, page.height], Resources: resources })
    ref.end(Buffer.from(content, 'latin1'))
    this.forms.set(key, {
      name: `Fx${this.forms.size + 1}`,
      ref,
      origin,
      ...(d.y !== before.y ? { dy: d.y - origin } : {}),
      ...(d.x !== before.x ? { x: d.x } : {}),
      ...(d._fontSize !== before.fontSize ? { fontSize: d._fontSize } : {}),
      ...(d._fillColor !== before.fillColor ? { fillColor: { value: d._fillColor } } : {}),
      trailer
    })
  }
}
