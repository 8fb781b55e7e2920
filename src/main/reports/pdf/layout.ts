/**
 * fontkit's layout of a string, without fontkit's shaping machinery when it cannot change anything.
 *
 * pdfkit lays out every string it measures or draws with fontkit (`font.layout`): script
 * detection, a shaping plan, the GSUB and GPOS processors run glyph by glyph. With a name, an ID
 * number, a code, claim titles and dates on every certificate, that is a large share of a
 * certificate's time. The bundled Noto Sans CJK subset has no substitutions the default shaper
 * applies and one positioning feature it applies, 'kern', whose lookup adjusts the advance of
 * the first glyph of a pair (Latin letters and punctuation) and nothing else. For such a font a
 * string's layout is its glyphs from the cmap, each advancing by its own width plus the
 * adjustment of the pair it begins. That pair's adjustment is taken from fontkit itself (the
 * layout of the two characters), once per pair, and the result is the same glyph objects and the
 * same numbers fontkit would give, so pdfkit writes the same bytes.
 *
 * Anything outside that (a font with substitutions or other positioning, combining marks,
 * default-ignorable or right-to-left characters, variation selectors, Hangul, surrogate pairs,
 * requested features) goes to fontkit as before.
 */

interface Position {
  xAdvance: number
  yAdvance: number
  xOffset: number
  yOffset: number
  advanceWidth?: number
}

interface Run {
  glyphs: Glyph[]
  positions: Position[]
  advanceWidth: number
}

interface Lookup {
  lookupType: number
  flags?: { markAttachmentType?: number; flags?: Record<string, boolean> }
  subTables: {
    coverage?: { version: number; glyphs?: ArrayLike<number>; rangeRecords?: ArrayLike<{ start: number; end: number }> }
    valueFormat2?: Record<string, boolean>
  }[]
}

interface LangSys {
  featureIndexes: ArrayLike<number>
}

interface LayoutTable {
  scriptList: ArrayLike<{ script: { defaultLangSys: LangSys | null; langSysRecords?: ArrayLike<{ langSys: LangSys }> } }>
  featureList: ArrayLike<{ tag: string; feature: { lookupListIndexes: ArrayLike<number> } }>
  lookupList: { get(index: number): Lookup }
}

interface FontkitFont {
  GSUB?: LayoutTable
  GPOS?: LayoutTable
  GDEF?: unknown
  kern?: unknown
  glyphForCodePoint(codePoint: number): Glyph
  layout(text: string): { glyphs: Glyph[]; positions: Position[] }
}

/** What pdfkit's EmbeddedFont.layout returns (glyphs and positions null when only the width is asked for). */
interface Layout {
  glyphs: Glyph[] | null
  positions: Position[] | null
  advanceWidth: number
}

/** The parts of pdfkit's EmbeddedFont this replaces or uses (none of them typed). */
interface EmbeddedFontInternals {
  font?: FontkitFont
  scale?: number
  subset?: { includeGlyph(id: number): number }
  widths?: (number | undefined)[]
  unicode?: (number[] | undefined)[]
  layoutRun?: (text: string, features?: unknown) => Run
  layout?: (text: string, features?: unknown, onlyWidth?: boolean) => Layout
  encode?: (text: string, features?: unknown) => [string[], Position[]]
}

interface Glyph {
  id: number
  advanceWidth: number
  codePoints?: number[]
}

/** Every feature fontkit's default shaper applies without being asked (ltr). */
const DEFAULT_FEATURES = new Set(['rvrn', 'ltra', 'ltrm', 'frac', 'numr', 'dnom', 'ccmp', 'locl', 'rlig', 'mark', 'mkmk', 'calt', 'clig', 'liga', 'rclt', 'curs', 'kern'])

/** The lookups the default features reach under one script and language. */
function lookupsOf(table: LayoutTable, langSys: LangSys | null): string {
  const indexes = new Set<number>()
  for (let i = 0; i < (langSys?.featureIndexes.length ?? 0); i++) {
    const record = table.featureList[langSys?.featureIndexes[i] ?? -1]
    if (!record || !DEFAULT_FEATURES.has(record.tag)) continue
    for (let j = 0; j < record.feature.lookupListIndexes.length; j++) indexes.add(record.feature.lookupListIndexes[j] ?? -1)
  }
  return [...indexes].sort((x, y) => x - y).join(',')
}

/**
 * The lookups applied by default, when they are the same under every script and language of the
 * table (so a pair laid out on its own is laid out as within any string); null when they differ.
 */
function defaultLookups(table: LayoutTable | undefined): Lookup[] | null {
  if (!table) return []
  const seen = new Set<string>()
  for (let i = 0; i < table.scriptList.length; i++) {
    const script = table.scriptList[i]?.script
    if (!script) continue
    seen.add(lookupsOf(table, script.defaultLangSys))
    for (let j = 0; j < (script.langSysRecords?.length ?? 0); j++) seen.add(lookupsOf(table, script.langSysRecords?.[j]?.langSys ?? null))
  }
  if (seen.size > 1) return null
  const [only = ''] = seen
  return only ? only.split(',').map((i) => table.lookupList.get(Number(i))) : []
}

function coverageOf(coverage: Lookup['subTables'][number]['coverage'], into: Set<number>): boolean {
  if (coverage?.version === 1 && coverage.glyphs) {
    for (let i = 0; i < coverage.glyphs.length; i++) into.add(coverage.glyphs[i] ?? -1)
    return true
  }
  if (coverage?.version === 2 && coverage.rangeRecords) {
    for (let i = 0; i < coverage.rangeRecords.length; i++) {
      const r = coverage.rangeRecords[i]
      if (r) for (let g = r.start; g <= r.end; g++) into.add(g)
    }
    return true
  }
  return false
}

/**
 * The glyphs that can begin an adjusted pair, when the font's default layout is nothing but
 * such pairs; null when it is anything more (then fontkit lays out every string).
 */
function pairOnlyFont(font: FontkitFont): Set<number> | null {
  try {
    if (font.kern || font.GDEF) return null
    if (defaultLookups(font.GSUB)?.length !== 0) return null
    const positioning = defaultLookups(font.GPOS)
    if (!positioning) return null
    const firsts = new Set<number>()
    for (const lookup of positioning) {
      if (lookup.lookupType !== 2) return null
      if (lookup.flags?.markAttachmentType) return null
      if (Object.values(lookup.flags?.flags ?? {}).some(Boolean)) return null
      for (const sub of lookup.subTables) {
        if (Object.values(sub.valueFormat2 ?? {}).some(Boolean)) return null
        if (!coverageOf(sub.coverage, firsts)) return null
      }
    }
    return firsts
  } catch {
    return null
  }
}

/**
 * Characters laid out here: Latin, Greek, Cyrillic, Han, kana, bopomofo and the common
 * punctuation, digits and symbols, left to right, no marks, nothing default-ignorable. fontkit
 * picks the default shaper for all of these scripts.
 */
const SIMPLE = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\p{Script=Common}]$/u
const EXCLUDED = /[\p{M}\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}\u2044]/u

class PairLayout {
  private readonly glyphs = new Map<number, Glyph | null>()
  /** Adjustment of the first glyph's advance, by the pair's two code points; null: let fontkit lay it out. */
  private readonly pairs = new Map<number, number | null>()

  constructor(
    private readonly font: FontkitFont,
    private readonly firsts: Set<number>
  ) {}

  /** The glyph of a code unit that is laid out here, else null. */
  private glyph(code: number): Glyph | null {
    let glyph = this.glyphs.get(code)
    if (glyph === undefined) {
      const ch = String.fromCharCode(code)
      const simple = code < 0xd800 || code > 0xdfff ? SIMPLE.test(ch) && !EXCLUDED.test(ch) : false
      glyph = simple ? this.font.glyphForCodePoint(code) : null
      this.glyphs.set(code, glyph)
    }
    return glyph
  }

  private pair(first: number, second: number, glyph: Glyph, next: Glyph): number | null {
    const key = first * 0x10000 + second
    let adjust = this.pairs.get(key)
    if (adjust === undefined) {
      const run = this.font.layout(String.fromCharCode(first, second))
      const [a, b] = run.positions
      const same = run.glyphs.length === 2 && run.glyphs[0] === glyph && run.glyphs[1] === next
      const plain = a && b && !a.xOffset && !a.yOffset && !a.yAdvance && !b.xOffset && !b.yOffset && !b.yAdvance && b.xAdvance === next.advanceWidth
      adjust = same && plain ? a.xAdvance - glyph.advanceWidth : null
      this.pairs.set(key, adjust)
    }
    return adjust
  }

  /**
   * pdfkit's layout(text): the text split after each space or tab into runs laid out on their
   * own (no pair adjusted across a run's end), widths summed run by run; null if any run is not
   * laid out here.
   */
  text(text: string, scale: number, onlyWidth: boolean): Layout | null {
    const n = text.length
    const glyphs: Glyph[] | null = onlyWidth ? null : new Array<Glyph>(n)
    const positions: Position[] | null = onlyWidth ? null : new Array<Position>(n)
    let width = 0
    let runWidth = 0
    let code = text.charCodeAt(0)
    let glyph = this.glyph(code)
    for (let i = 0; i < n; i++) {
      if (!glyph) return null
      const nextCode = i + 1 < n ? text.charCodeAt(i + 1) : -1
      const next = nextCode >= 0 ? this.glyph(nextCode) : null
      const runEnds = code === 0x20 || code === 0x09
      let advance = glyph.advanceWidth
      if (next && !runEnds && this.firsts.has(glyph.id)) {
        const adjust = this.pair(code, nextCode, glyph, next)
        if (adjust === null) return null
        advance += adjust
      }
      const xAdvance = advance * scale
      if (glyphs && positions) {
        glyphs[i] = glyph
        positions[i] = { xAdvance, yAdvance: 0 * scale, xOffset: 0 * scale, yOffset: 0 * scale, advanceWidth: glyph.advanceWidth * scale }
      }
      runWidth += xAdvance
      if (runEnds || i === n - 1) {
        width += runWidth
        runWidth = 0
      }
      code = nextCode
      glyph = next
    }
    return { glyphs, positions, advanceWidth: width }
  }

  /** pdfkit's layoutRun(text) (positions scaled to 1000 units, advanceWidth added), or null. */
  run(text: string, scale: number): Run | null {
    const n = text.length
    const glyphs: Glyph[] = new Array<Glyph>(n)
    for (let i = 0; i < n; i++) {
      const glyph = this.glyph(text.charCodeAt(i))
      if (!glyph) return null
      glyphs[i] = glyph
    }
    const positions: Position[] = new Array<Position>(n)
    let width = 0
    for (let i = 0; i < n; i++) {
      const glyph = glyphs[i] as Glyph
      let advance = glyph.advanceWidth
      const next = glyphs[i + 1]
      if (next && this.firsts.has(glyph.id)) {
        const adjust = this.pair(text.charCodeAt(i), text.charCodeAt(i + 1), glyph, next)
        if (adjust === null) return null
        advance += adjust
      }
      // fontkit's GlyphPosition, then pdfkit's scaling of each of its keys and the glyph's width.
      const xAdvance = advance * scale
      positions[i] = { xAdvance, yAdvance: 0 * scale, xOffset: 0 * scale, yOffset: 0 * scale, advanceWidth: glyph.advanceWidth * scale }
      width += xAdvance
    }
    return { glyphs, positions, advanceWidth: width }
  }
}

const patched = new WeakSet<object>()

/**
 * Gives pdfkit's embedded font (doc._font after doc.font(…)) the direct layout above, where the
 * font allows it; pdfkit's layout cache, encoding and measuring are left as they are.
 */
export function useDirectLayout(embedded: unknown): void {
  const e = embedded as EmbeddedFontInternals | undefined
  if (!e || patched.has(e) || typeof e.layoutRun !== 'function' || !e.font || typeof e.scale !== 'number') return
  const firsts = pairOnlyFont(e.font)
  if (!firsts) return
  const layout = new PairLayout(e.font, firsts)
  const originalRun = e.layoutRun.bind(e)
  const scale = e.scale
  e.layoutRun = (text, features) => (features === undefined && text.length > 0 && layout.run(text, scale)) || originalRun(text, features)
  patched.add(e)
  const { subset, widths, unicode } = e
  if (typeof e.layout !== 'function' || typeof e.encode !== 'function' || !subset || !Array.isArray(widths) || !Array.isArray(unicode)) return
  // Whole strings laid out at once: pdfkit's layout walks them character by character to split
  // runs and caches each run, which for strings laid out directly costs more than laying them out.
  const originalLayout = e.layout.bind(e)
  e.layout = (text, features, onlyWidth) =>
    (features === undefined && text.length > 0 && layout.text(text, scale, onlyWidth === true)) || originalLayout(text, features, onlyWidth)
  // pdfkit's encode, with the subset's id of each glyph kept as the hex it writes.
  const hexOf = new Map<number, string>()
  const originalEncode = e.encode.bind(e)
  e.encode = (text, features) => {
    if (features !== undefined) return originalEncode(text, features)
    const run = e.layout?.(text, features) ?? originalLayout(text, features)
    const glyphs = run.glyphs ?? []
    const res: string[] = new Array<string>(glyphs.length)
    for (let i = 0; i < glyphs.length; i++) {
      const glyph = glyphs[i] as Glyph
      let hex = hexOf.get(glyph.id)
      if (hex === undefined) {
        const gid = subset.includeGlyph(glyph.id)
        hex = `0000${gid.toString(16)}`.slice(-4)
        if (widths[gid] == null) widths[gid] = glyph.advanceWidth * scale
        if (unicode[gid] == null) unicode[gid] = glyph.codePoints
        hexOf.set(glyph.id, hex)
      }
      res[i] = hex
    }
    return [res, run.positions ?? []]
  }
}
