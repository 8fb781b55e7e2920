import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'xueshi-reports-'))
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

/** Text of a PDF (or of one page) as poppler extracts it, laid out: a table row stays on one line. */
export function pdfText(path: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : []
  return execFileSync('pdftotext', [...range, '-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' })
}

export function pdfPages(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0)
}

/**
 * Share of dark pixels on a page rendered in grey at 50 dpi: a page whose font failed to embed
 * or whose drawing went off-page comes out (nearly) white.
 */
export function inkRatio(path: string, page = 1): number {
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', '50', '-f', String(page), '-l', String(page), path])
  // Binary PGM: "P5\n<w> <h>\n<max>\n" then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 50).toString('latin1'))
  if (!header) throw new Error('not a PGM')
  const pixels = pgm.subarray(header[0].length)
  let dark = 0
  for (const v of pixels) if (v < 160) dark++
  return dark / pixels.length
}

/** Files left in a folder, to prove a cancelled export left nothing behind. */
export function filesIn(dir: string): string[] {
  return readdirSync(dir)
}

export const readBytes = (path: string): Buffer => readFileSync(path)

/** Any full 18-character ID number (17 digits and a digit or X). */
export const FULL_ID = /\b\d{17}[\dX]\b/

/** Extracted text without whitespace: poppler's spacing between CJK glyphs varies with size. */
export const compact = (text: string): string => text.replace(/\s+/g, '')
