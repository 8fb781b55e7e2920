import { createHash } from 'node:crypto'
import type { CertificateContent } from './types'

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
export const CERTIFICATE_CODE_LENGTH = 10

/** Each key list met, in code-unit order, with the keys as JSON: content objects share a few shapes. */
const sortedKeys = new Map<string, { key: string; json: string }[]>()

function keysOf(value: object): { key: string; json: string }[] {
  const keys = Object.keys(value)
  const shape = keys.join('\u0000')
  let sorted = sortedKeys.get(shape)
  if (!sorted) {
    // The default sort compares UTF-16 code units, as `a < b` does.
    sorted = keys.sort().map((key) => ({ key, json: JSON.stringify(key) }))
    if (sortedKeys.size < 256) sortedKeys.set(shape, sorted)
  }
  return sorted
}

/** JSON with object keys sorted at every level, so equal content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    let out = '['
    // As join() writes them: an item with no JSON (undefined) as nothing.
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + (canonicalJson(value[i]) ?? '')
    return `${out}]`
  }
  if (value !== null && typeof value === 'object') {
    let out = '{'
    let first = true
    for (const { key, json } of keysOf(value)) {
      const v = (value as Record<string, unknown>)[key]
      if (v === undefined) continue
      out += `${first ? '' : ','}${json}:${canonicalJson(v)}`
      first = false
    }
    return `${out}}`
  }
  return JSON.stringify(value)
}

/** RFC 4648 base32 without padding: letters and 2–7 only, nothing to confuse with 0/O or 1/I. */
function base32(bytes: Uint8Array): string {
  let out = ''
  let buffer = 0
  let bits = 0
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte
    bits += 8
    while (bits >= 5) {
      out += BASE32[(buffer >>> (bits - 5)) & 31]
      bits -= 5
    }
    buffer &= (1 << bits) - 1
  }
  if (bits > 0) out += BASE32[(buffer << (5 - bits)) & 31]
  return out
}

/**
 * 验证码 of a certificate: the first 10 base32 characters (50 bits) of SHA-256 over what the
 * certificate states. Same content, same code; any change to a name, a figure or a claim gives
 * another. `xueshi verify` looks the code up among the certificates issued.
 */
export function certificateCode(content: CertificateContent): string {
  const digest = createHash('sha256').update(canonicalJson(content), 'utf8').digest()
  return base32(digest).slice(0, CERTIFICATE_CODE_LENGTH)
}
