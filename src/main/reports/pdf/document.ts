import { createWriteStream } from 'node:fs'
import { deflateSync } from 'node:zlib'
import PDFDocument from 'pdfkit'
import { AppError } from '../../../shared/errors'
import { atomicFile } from '../atomicFile'
import { throwIfCancelled } from '../rows'
import { locateCjkFont } from './fontFile'
import { FixedParts, type Recorder } from './forms'
import { GlyphGuard, type GlyphSource } from './glyphs'
import { useDirectLayout } from './layout'
import { placeText, widthOf } from './line'
import { COLOR, FONT_SIZE, formatDate, MARGIN } from './style'

export const CJK = 'cjk'

export interface PdfOptions {
  title: string
  author?: string
  generatedAt: Date
  /** Left side of every footer, before the date: what a loose page belongs to. */
  footerNote?: string
  fontPath?: string
  /**
   * 'document': 第 N 页 / 共 M 页 over the whole file, every page kept in memory until the end
   * (small documents). 'section': the caller closes each section (a certificate) with
   * endSection(), which numbers that section's pages and writes them out, so memory holds one
   * section at a time however long the file grows.
   */
  pageNumbers: 'document' | 'section'
  /** Called on every new page, after the footer, e.g. to draw a continuation header. */
  onPage?: (pdf: PdfWriter) => void
  /**
   * Parts drawn through placeFixed() are written once as form XObjects and placed on later
   * pages (forms.ts): for documents of many alike pages. Otherwise placeFixed() just draws.
   */
  fixedParts?: boolean
  signal?: AbortSignal
}

export interface PdfWriter {
  readonly doc: PDFKit.PDFDocument
  /** The content box of the page (points). */
  readonly left: number
  readonly right: number
  readonly top: number
  readonly bottom: number
  readonly width: number
  readonly generatedAt: Date
  /** 1-based number of the current page. */
  readonly pageNumber: number
  /** Where content starts on the current page, below whatever onPage drew. */
  readonly contentTop: number
  /** Whether placeFixed() writes forms (else the callers' own drawing order is kept as it was). */
  readonly fixedParts: boolean
  /**
   * Draws a part that looks the same wherever it is placed, relative to `origin` (a y): once,
   * then as a form placed at each later origin. `key` names everything it depends on but origin.
   */
  placeFixed(key: string, origin: number, draw: () => void): void
  /** The text as the font can print it; every string drawn must pass through here once. */
  text(raw: string): string
  warn(message: string): void
  newPage(): void
  /** Starts a new page unless `height` fits below the current position. */
  ensureSpace(height: number): void
  /** Numbers the pages since the last section ended, then writes them out of memory. */
  endSection(footer: (page: number, pages: number) => { left: string; right: string }): void
  /** Waits while written pages are still queued for the file (bounded memory when streaming). */
  drain(): Promise<void>
  finish(): Promise<{ pages: number; warnings: string[] }>
  /** Stops writing and removes the temporary file. */
  abort(): Promise<void>
}

/** pdfkit keeps the current font on an undeclared property; reach it once, checked. */
function glyphSourceOf(doc: PDFKit.PDFDocument): GlyphSource {
  const font = (doc as unknown as { _font?: { font?: Partial<GlyphSource> } })._font?.font
  if (typeof font?.hasGlyphForCodePoint !== 'function') throw new AppError('internal', 'PDF 字库无法读取字形表')
  return font as GlyphSource
}

/**
 * pdfkit caches the layout of every distinct string for the life of the document; with a name,
 * an ID and a code per certificate that grows with the file. Emptied once it holds CACHE_ENTRIES
 * strings (looked at every CACHE_SECTIONS sections), it stays bounded, and the strings every
 * section repeats are laid out again only that seldom (every ~1,000 certificates, not 100).
 */
function trimLayoutCache(doc: PDFKit.PDFDocument): void {
  const font = (doc as unknown as { _font?: { layoutCache?: object } })._font
  if (font?.layoutCache && Object.keys(font.layoutCache).length > CACHE_ENTRIES) font.layoutCache = Object.create(null)
}

interface ContentStream {
  compress: boolean
  buffer: Uint8Array[]
  data: { Filter?: unknown }
}

interface ContentInternals {
  page: { write(chunk: Uint8Array): unknown }
  _pageBuffer?: { content?: Partial<ContentStream> }[]
  addContent(data: unknown): unknown
  flushPages(): void
}

/**
 * pdfkit deflates each page's content at zlib's default level 6; level 1 takes about half the
 * time for content streams 16 % larger (text operators and hex glyph ids, a few KB a page). The
 * stream is compressed here and pdfkit only writes it: the same operators, still FlateDecode.
 */
function deflatePageContent(content: Partial<ContentStream> | undefined): void {
  if (!content?.compress || !Array.isArray(content.buffer) || content.buffer.length === 0) return
  if (content.data?.Filter !== 'FlateDecode') return
  const raw = content.buffer.length === 1 && content.buffer[0] ? content.buffer[0] : Buffer.concat(content.buffer)
  content.buffer = [deflateSync(raw, { level: 1 })]
  content.compress = false
}

/**
 * pdfkit writes each operator of a page (every q, cm, rect, fill, BT … ET) as its own chunk,
 * converting the string byte by byte in JavaScript and joining all chunks when the page ends:
 * thousands of small arrays per certificate for the garbage collector. Here a page's operators
 * are kept as one string (each followed by the newline pdfkit appends) and handed to the page
 * as one latin1 buffer (the same bytes: pdfkit also keeps the low byte of each character) when
 * another page is written to or before the pages are ended.
 */
function batchPageContent(doc: PDFKit.PDFDocument): Recorder {
  const d = doc as unknown as ContentInternals
  let pending = ''
  let recording: string[] | null = null
  let target: ContentInternals['page'] | null = null
  const flush = (): void => {
    if (target && pending) target.write(Buffer.from(pending, 'latin1'))
    pending = ''
    target = null
  }
  const flushPages = d.flushPages.bind(doc)
  d.flushPages = () => {
    flush()
    for (const page of d._pageBuffer ?? []) deflatePageContent(page.content)
    flushPages()
  }
  d.addContent = (data: unknown) => {
    if (d.page !== target) {
      flush()
      target = d.page
    }
    if (data instanceof Uint8Array) {
      flush()
      d.page.write(data)
      recording?.push(Buffer.from(data).toString('latin1'))
    } else {
      const line = `${String(data)}\n`
      pending += line
      recording?.push(line)
    }
    return doc
  }
  return (draw) => {
    const page = d.page
    const lines: string[] = []
    recording = lines
    try {
      draw()
    } finally {
      recording = null
    }
    return d.page === page ? lines.join('') : null
  }
}

/**
 * pdfkit's fillColor and strokeColor parse a '#RRGGBB' string, convert it and write two
 * operators on every call; a certificate sets a colour ~30 times, always one of the few in
 * style.ts. The operators of each colour string are kept and written as pdfkit writes them
 * (`/DeviceRGB cs` then the three components over 255, then `scn`, or CS/SCN to stroke).
 * Anything but a plain '#RRGGBB' without opacity goes to pdfkit.
 */
function keepColourOperators(doc: PDFKit.PDFDocument): void {
  const d = doc as unknown as {
    fillColor(color: unknown, opacity?: unknown): unknown
    strokeColor(color: unknown, opacity?: unknown): unknown
    addContent(data: string): unknown
    _fillColor?: unknown
  }
  const fill = d.fillColor.bind(doc)
  const stroke = d.strokeColor.bind(doc)
  const operators = (cache: Map<string, string>, color: string, space: string, op: string): string | undefined => {
    let ops = cache.get(color)
    if (ops === undefined && /^#[0-9a-fA-F]{6}$/.test(color)) {
      const hex = parseInt(color.slice(1), 16)
      ops = `/DeviceRGB ${space}\n${[hex >> 16, (hex >> 8) & 0xff, hex & 0xff].map((part) => part / 255).join(' ')} ${op}`
      cache.set(color, ops)
    }
    return ops
  }
  const fills = new Map<string, string>()
  const strokes = new Map<string, string>()
  d.fillColor = (color, opacity) => {
    const ops = typeof color === 'string' && opacity === undefined ? operators(fills, color, 'cs', 'scn') : undefined
    if (ops === undefined) return fill(color, opacity)
    d.addContent(ops)
    d._fillColor = [color, opacity]
    return doc
  }
  d.strokeColor = (color, opacity) => {
    const ops = typeof color === 'string' && opacity === undefined ? operators(strokes, color, 'CS', 'SCN') : undefined
    if (ops === undefined) return stroke(color, opacity)
    d.addContent(ops)
    return doc
  }
}

const CACHE_SECTIONS = 100
const CACHE_ENTRIES = 20_000
const HIGH_WATER = 4 * 1024 * 1024

/**
 * An A4 document with the CJK font, piped to a temporary file that becomes `outPath` only when
 * finish() succeeds.
 */
export function createPdf(outPath: string, options: PdfOptions): PdfWriter {
  throwIfCancelled(options.signal)
  const file = atomicFile(outPath)
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    // Buffered so footers can say how many pages follow; flushed per section when streaming.
    bufferPages: true,
    autoFirstPage: false,
    lang: 'zh-CN',
    displayTitle: true,
    info: { Title: options.title, Author: options.author ?? '', Creator: '学时核认助手', CreationDate: options.generatedAt }
  })
  const out = createWriteStream(file.tempPath)
  const written = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve)
    out.on('error', reject)
    doc.on('error', reject)
  })
  // Awaited in finish(); until then a failure must not surface as an unhandled rejection.
  written.catch(() => undefined)
  doc.pipe(out)
  const record = batchPageContent(doc)
  keepColourOperators(doc)
  const fixed = options.fixedParts ? new FixedParts(doc, record) : null
  doc.registerFont(CJK, options.fontPath ?? locateCjkFont())
  doc.font(CJK).fontSize(FONT_SIZE.body)
  useDirectLayout((doc as unknown as { _font?: unknown })._font)
  const guard = new GlyphGuard(glyphSourceOf(doc))
  const extraWarnings: string[] = []
  let pages = 0
  let sections = 0
  let contentTop: number = MARGIN.top
  const dateText = [options.footerNote, `生成日期：${formatDate(options.generatedAt)}`].filter(Boolean).join('\u3000')

  const pageWidth = 595.28
  const pageHeight = 841.89
  function drawFooter(left: string, right: string): void {
    const savedBottom = doc.page.margins.bottom
    // Text below the bottom margin would make pdfkit start a page of its own.
    doc.page.margins.bottom = 0
    const lineY = pageHeight - MARGIN.bottom + 16
    const rule = (): void => {
      doc.save().moveTo(MARGIN.left, lineY).lineTo(pageWidth - MARGIN.right, lineY).lineWidth(0.5).strokeColor(COLOR.muted).stroke().restore()
    }
    const l = guard.clean(left)
    const r = guard.clean(right)
    if (fixed) {
      // The rule and the page number (第 1 页 / 共 1 页 on most certificates) are a fixed part.
      doc.fontSize(FONT_SIZE.footer)
      writer.placeFixed(`footer ${r}`, 0, () => {
        rule()
        doc.fillColor(COLOR.muted)
        placeText(doc, r, pageWidth - MARGIN.right - widthOf(doc, r), lineY + 5)
      })
      doc.fillColor(COLOR.muted)
      placeText(doc, l, MARGIN.left, lineY + 5)
    } else {
      rule()
      doc.fontSize(FONT_SIZE.footer).fillColor(COLOR.muted)
      placeText(doc, l, MARGIN.left, lineY + 5)
      placeText(doc, r, pageWidth - MARGIN.right - widthOf(doc, r), lineY + 5)
    }
    doc.fillColor(COLOR.text).fontSize(FONT_SIZE.body)
    doc.page.margins.bottom = savedBottom
  }

  const writer: PdfWriter = {
    doc,
    left: MARGIN.left,
    right: pageWidth - MARGIN.right,
    top: MARGIN.top,
    bottom: pageHeight - MARGIN.bottom,
    width: pageWidth - MARGIN.left - MARGIN.right,
    generatedAt: options.generatedAt,
    get pageNumber() {
      return pages
    },
    get contentTop() {
      return contentTop
    },
    fixedParts: fixed !== null,
    placeFixed(key, origin, draw) {
      if (fixed) fixed.place(key, origin, draw)
      else draw()
    },
    text: (raw) => guard.clean(raw),
    warn: (message) => {
      extraWarnings.push(message)
    },
    newPage() {
      throwIfCancelled(options.signal)
      doc.addPage()
      pages++
      doc.x = writer.left
      doc.y = writer.top
      options.onPage?.(writer)
      doc.x = writer.left
      contentTop = doc.y
    },
    ensureSpace(height) {
      if (pages === 0 || doc.y + height > writer.bottom) writer.newPage()
    },
    endSection(footer) {
      const range = doc.bufferedPageRange()
      for (let i = 0; i < range.count; i++) {
        doc.switchToPage(range.start + i)
        const { left, right } = footer(i + 1, range.count)
        drawFooter(left, right)
      }
      doc.flushPages()
      if (++sections % CACHE_SECTIONS === 0) trimLayoutCache(doc)
    },
    async drain() {
      while (doc.readableLength > HIGH_WATER && !out.destroyed) await new Promise((resolve) => setImmediate(resolve))
    },
    async finish() {
      try {
        throwIfCancelled(options.signal)
        if (pages === 0) writer.newPage()
        if (options.pageNumbers === 'document') {
          writer.endSection((page, count) => ({ left: dateText, right: `第 ${page} 页 / 共 ${count} 页` }))
        } else if (doc.bufferedPageRange().count > 0) {
          writer.endSection((page) => ({ left: dateText, right: `第 ${page} 页` }))
        }
        doc.end()
        await written
        throwIfCancelled(options.signal)
        await file.commit()
        return { pages, warnings: [...guard.warnings(), ...extraWarnings] }
      } catch (e) {
        await writer.abort()
        throw e
      }
    },
    async abort() {
      doc.unpipe(out)
      if (!out.closed) {
        const closed = new Promise<void>((resolve) => out.once('close', () => resolve()))
        out.destroy()
        await closed
      }
      await file.discard()
    }
  }
  return writer
}
