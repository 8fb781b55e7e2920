import type { RuleWarning } from '../domain/claim'
import { foldText, type KindId } from '../vocabulary'

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

/**
 * Title folded so that spacing, width, brackets and punctuation do not hide a duplicate: the
 * same key as foldText followed by removing punctuation and symbols (foldText's bracket
 * unification is moot once brackets go), in four passes instead of six — it runs for every
 * claim of an import. Stored fingerprints depend on it: test/rules/fingerprint.test.ts holds it
 * to the five-pass form.
 */
export function normaliseTitle(title: string): string {
  // Lower case before the punctuation goes, as in foldText: a final sigma depends on what follows.
  return title
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000\u00A0]+/g, '')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, '')
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
