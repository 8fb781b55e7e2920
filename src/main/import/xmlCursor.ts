/**
 * A forward-only walk over the tags of XML arriving as decoded text chunks: indexOf-based, no
 * per-tag objects, names and positions left in fields for the caller to test in place. Enough
 * XML for the parts of an .xlsx (sheet, shared strings, styles), not a general parser: no
 * DTDs, and a tag ends at its first '>' ('>' may stand unescaped in an attribute value, but '<'
 * may not, so a misread tag never swallows another tag; the attributes we read never hold '>').
 */

/** Text held between two tags beyond this is not a spreadsheet (a cell holds ≤ 32,767 characters). */
const MAX_PENDING_CHARS = 8 * 1024 * 1024

export class TagCursor {
  /** The text held: what earlier chunks left unconsumed, then the latest chunk. */
  buf = ''
  /**
   * Set by next(): a closing tag </x>, or a self-closing one <x/>; neither is an opening tag.
   * (Fields, not exported constants: tsx compiles an imported constant into a getter call.)
   */
  closing = false
  selfClosing = false
  /** Start of the text run before the tag (comments and CDATA sections included). */
  textStart = 0
  /** Index of the tag's '<'. */
  tagStart = 0
  /** The tag's local name (namespace prefix dropped) is buf[nameStart, nameEnd). */
  nameStart = 0
  nameEnd = 0
  /** Index of the tag's '>'. */
  tagEnd = 0
  private pos = 0

  /** Appends a chunk; the text not yet consumed stays addressable. */
  feed(text: string): void {
    const rest = this.pos < this.buf.length ? this.buf.slice(this.pos) : ''
    if (rest.length > MAX_PENDING_CHARS) throw new Error('XML text run too long')
    this.buf = rest + text
    this.pos = 0
  }

  /** Moves to the next complete tag; false when the text held has none (feed more). */
  next(): boolean {
    const buf = this.buf
    let p = this.pos
    for (;;) {
      const lt = buf.indexOf('<', p)
      if (lt < 0) return false
      const c1 = buf.charCodeAt(lt + 1)
      if (c1 === 33 /* ! */) {
        // Comment, CDATA or doctype: part of the text run (decodeText unwraps CDATA).
        const close = buf.startsWith('<!--', lt) ? '-->' : buf.startsWith('<![CDATA[', lt) ? ']]>' : '>'
        const end = buf.indexOf(close, lt + 2)
        if (end < 0) return false
        p = end + close.length
        continue
      }
      const gt = buf.indexOf('>', lt + 1)
      if (gt < 0) return false
      if (c1 === 63 /* ? */) {
        // Processing instruction (the XML declaration): skipped, and the text run restarts after it.
        this.pos = p = gt + 1
        continue
      }
      let start = lt + 1
      this.closing = c1 === 47 /* / */
      this.selfClosing = !this.closing && buf.charCodeAt(gt - 1) === 47
      if (this.closing) start++
      let end = start
      for (;;) {
        const c = buf.charCodeAt(end)
        if (c === 58 /* : */) start = end + 1
        else if (c <= 32 || c === 47 || c === 62) break
        end++
      }
      this.textStart = this.pos
      this.tagStart = lt
      this.nameStart = start
      this.nameEnd = end
      this.tagEnd = gt
      this.pos = gt + 1
      return true
    }
  }

  /** Whether the current tag's local name is `name`. */
  is(name: string): boolean {
    return this.nameEnd - this.nameStart === name.length && this.buf.startsWith(name, this.nameStart)
  }

  /** The text run before the current tag, entities decoded: the content of an element closed by it. */
  text(): string {
    return decodeText(this.buf.slice(this.textStart, this.tagStart))
  }

  /** Attribute `name` (its local name: `id` finds `r:id`) of the current tag, decoded; undefined when absent. */
  attr(name: string): string | undefined {
    for (let more = this.firstAttr(); more; more = this.nextAttr()) {
      if (this.attrNameEnd - this.attrName === name.length && this.buf.startsWith(name, this.attrName)) {
        return decodeText(this.buf.slice(this.valueStart, this.valueEnd))
      }
    }
    return undefined
  }

  /**
   * Attributes in place, without allocating: after firstAttr()/nextAttr() returned true, the
   * attribute's local name is buf[attrName, attrNameEnd) and its raw value buf[valueStart, valueEnd).
   */
  attrName = 0
  attrNameEnd = 0
  valueStart = 0
  valueEnd = 0

  firstAttr(): boolean {
    this.valueEnd = this.nameEnd - 1
    return this.nextAttr()
  }

  nextAttr(): boolean {
    const buf = this.buf
    const end = this.tagEnd
    const eq = buf.indexOf('=', this.valueEnd + 1)
    if (eq < 0 || eq >= end) return false
    let nameEnd = eq
    while (buf.charCodeAt(nameEnd - 1) <= 32) nameEnd--
    let nameStart = nameEnd
    for (;;) {
      const c = buf.charCodeAt(nameStart - 1)
      if (c <= 32 || c === 58 /* : */) break
      nameStart--
    }
    let q = eq + 1
    while (buf.charCodeAt(q) <= 32) q++
    const quote = buf.charCodeAt(q)
    if (quote !== 34 && quote !== 39) return false
    const close = buf.indexOf(quote === 34 ? '"' : "'", q + 1)
    if (close < 0 || close > end) return false
    this.attrName = nameStart
    this.attrNameEnd = nameEnd
    this.valueStart = q + 1
    this.valueEnd = close
    return true
  }
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

function entity(_match: string, body: string): string {
  if (body.charCodeAt(0) !== 35 /* # */) return NAMED[body] ?? ''
  const code = body.charCodeAt(1) === 120 /* x */ ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10)
  return code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD'
}

/** XML character data to text: entities decoded, CDATA unwrapped, comments dropped. */
export function decodeText(raw: string): string {
  if (raw.indexOf('<') >= 0) return decodeMarkedText(raw)
  return raw.indexOf('&') < 0 ? raw : raw.replace(ENTITY, entity)
}

function decodeMarkedText(raw: string): string {
  let out = ''
  let p = 0
  for (;;) {
    const lt = raw.indexOf('<', p)
    if (lt < 0) return out + decodeText(raw.slice(p))
    out += decodeText(raw.slice(p, lt))
    const cdata = raw.startsWith('<![CDATA[', lt)
    const close = cdata ? ']]>' : raw.startsWith('<!--', lt) ? '-->' : '>'
    const end = raw.indexOf(close, lt + 2)
    if (end < 0) return out
    if (cdata) out += raw.slice(lt + 9, end)
    p = end + close.length
  }
}
