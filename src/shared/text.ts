/** Typed text folded the same way wherever it is compared: the shared first steps. */

const FULL_WIDTH = /[\uFF01-\uFF5E]/
const FULL_WIDTH_ALL = /[\uFF01-\uFF5E]/g

/** Full-width ASCII forms (０–９, Ａ–Ｚ, ．（ … U+FF01–FF5E) to ASCII; most text has none and is returned as it is. */
export function halfWidth(text: string): string {
  return FULL_WIDTH.test(text) ? text.replace(FULL_WIDTH_ALL, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : text
}

/** halfWidth, then every space removed (ASCII and Unicode spaces, U+3000, U+00A0). */
export function halfWidthNoSpaces(text: string): string {
  return halfWidth(text).replace(/[\s\u3000\u00A0]+/g, '')
}
