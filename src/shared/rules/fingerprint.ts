import type { RuleWarning } from '../domain/claim'
import { foldText, type KindId } from '../vocabulary'
import { halfWidthNoSpaces } from '../text'

export interface FingerprintParts {
  idNumber: string
  kind: KindId
  title?: string
  startDate?: string
  endDate?: string
  year?: number
}

const hex8 = (n: number): string => (n >>> 0).toString(16).padStart(8, '0')

/** cyrb53's mixing, kept as two full 32-bit lanes: a 64-bit hash, pure and deterministic. */
function hash64(text: string): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507)
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507)
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return hex8(h2) + hex8(h1)
}

const PUNCTUATION_OR_SYMBOL = /[\p{P}\p{S}]/u
/**
 * Whether each BMP code unit is punctuation or a symbol (0 not asked yet, 1 no, 2 yes): a pure
 * property of the character, asked of the regex once per character met — a Unicode property
 * regex over every title of a 100,000-row import was ~5 % of its parse.
 */
const punctuationByUnit = new Uint8Array(0x10000)

function withoutPunctuation(text: string): string {
  let out = ''
  let from = 0
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    // A surrogate pair is one character: leave those strings to the regex.
    if (unit >= 0xd800 && unit <= 0xdfff) return text.replace(/[\p{P}\p{S}]+/gu, '')
    let kind = punctuationByUnit[unit]!
    if (kind === 0) {
      kind = PUNCTUATION_OR_SYMBOL.test(text[i]!) ? 2 : 1
      punctuationByUnit[unit] = kind
    }
    if (kind === 2) {
      out += text.slice(from, i)
      from = i + 1
    }
  }
  return from === 0 ? text : out + text.slice(from)
}

/**
 * Title folded so that spacing, width, brackets and punctuation do not hide a duplicate: the
 * same key as foldText followed by removing punctuation and symbols (foldText's bracket
 * unification is moot once brackets go), with fewer passes — it runs for every claim of an
 * import. Stored fingerprints depend on it: test/rules/policy-bases-fingerprint.test.ts holds
 * it to the five-step form and pins fingerprints by value.
 */
export function normaliseTitle(title: string): string {
  // Lower case before the punctuation goes, as in foldText: a final sigma depends on what follows.
  return withoutPunctuation(halfWidthNoSpaces(title).toLowerCase())
}

/**
 * The de-duplication key of a claim: same person, kind, title and date (疑似重复申报). The date
 * is the end date, else the start date, else the claimed year, so that a claim entered once with
 * both dates and once with only its end date still collides.
 */
export function claimFingerprint(parts: FingerprintParts): string {
  // An import passes the normalised number; anything else is folded as typed.
  const id = /^\d{17}[\dX]$/.test(parts.idNumber) ? parts.idNumber : foldText(parts.idNumber).toUpperCase()
  const date = parts.endDate ?? parts.startDate ?? (parts.year === undefined ? '' : String(parts.year))
  const key = [id, parts.kind, normaliseTitle(parts.title ?? ''), date].join('\u001f')
  return hash64(key)
}

/** The warning the claims service adds when another claim has the same fingerprint. */
export function duplicateWarning(existing: { title?: string; date?: string; reference?: string } = {}): RuleWarning {
  const what = [existing.title ? `「${existing.title}」` : '', existing.date ? `（${existing.date}）` : ''].join('')
  const ref = existing.reference ? `，见${existing.reference}` : ''
  return { code: 'possibleDuplicate', message: `疑似重复申报：已有同一人员、同一形式、同名称同日期的申报${what}${ref}` }
}
