/**
 * Characters the embedded font cannot draw would come out as blanks or tofu that nobody notices
 * until a certificate is handed over. Every string goes through here first: a missing character
 * is replaced by a visible mark (〓, the typesetter's conventional stand-in) and reported.
 */
export const MISSING_GLYPH_MARK = '〓'

/** The one thing we need of pdfkit's font object (fontkit underneath). */
export interface GlyphSource {
  hasGlyphForCodePoint(codePoint: number): boolean
}

const MAX_SAMPLES = 3

type CharKind = 'draw' | 'invisible' | 'missing'

export class GlyphGuard {
  private readonly known = new Map<number, CharKind>()
  private readonly missing = new Map<number, { count: number; samples: string[] }>()

  constructor(private readonly font: GlyphSource) {}

  /** The text as it can be printed: tabs as spaces, invisible controls removed, gaps marked. */
  clean(text: string): string {
    // Most strings are printable as they are: returned unchanged (the same string) without rebuilding.
    if (this.printable(text)) return text
    let out = ''
    let replaced = false
    for (const ch of text.replace(/\t/g, ' ').replace(/\r\n?/g, '\n')) {
      const cp = ch.codePointAt(0) ?? 0
      const kind = ch === '\n' || ch === ' ' ? 'draw' : this.kindOf(cp, ch)
      if (kind === 'draw') {
        out += ch
      } else if (kind === 'invisible') {
        // Zero-width and control characters draw nothing in any font.
        continue
      } else {
        out += MISSING_GLYPH_MARK
        replaced = true
        this.note(cp)
      }
    }
    if (replaced) this.sample(text)
    return out
  }

  /** Chinese, one line per missing character. */
  warnings(): string[] {
    return [...this.missing].map(([cp, { count, samples }]) => {
      const hex = cp.toString(16).toUpperCase().padStart(4, '0')
      return `PDF 字库缺少字符“${String.fromCodePoint(cp)}”（U+${hex}），共 ${count} 处，已以“${MISSING_GLYPH_MARK}”代替，例如：${samples.join('；')}`
    })
  }

  /** Code units (below the surrogates) known to be drawn as they are, and not tab or CR. */
  private readonly drawn = new Uint8Array(0xd800)

  private printable(text: string): boolean {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (code >= 0xd800 || this.drawn[code] !== 1) {
        if (code >= 0xd800 || code === 0x09 || code === 0x0d) return false
        const ch = String.fromCharCode(code)
        if ((ch === '\n' || ch === ' ' ? 'draw' : this.kindOf(code, ch)) !== 'draw') return false
        this.drawn[code] = 1
      }
    }
    return true
  }

  /** Classified once per character: every certificate repeats the same few thousand. */
  private kindOf(cp: number, ch: string): CharKind {
    let kind = this.known.get(cp)
    if (kind === undefined) {
      kind = /[\p{Cc}\p{Cf}]/u.test(ch) ? 'invisible' : this.font.hasGlyphForCodePoint(cp) ? 'draw' : 'missing'
      this.known.set(cp, kind)
    }
    return kind
  }

  private note(cp: number): void {
    const entry = this.missing.get(cp) ?? { count: 0, samples: [] }
    entry.count++
    this.missing.set(cp, entry)
  }

  private sample(text: string): void {
    const short = text.length > 24 ? `${text.slice(0, 24)}…` : text
    for (const ch of new Set(text)) {
      const entry = this.missing.get(ch.codePointAt(0) ?? 0)
      if (entry && entry.samples.length < MAX_SAMPLES && !entry.samples.includes(short)) entry.samples.push(short)
    }
  }
}
