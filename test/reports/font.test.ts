import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createPdf } from '../../src/main/reports/pdf/document'
import { locateCjkFont } from '../../src/main/reports/pdf/fontFile'
import { MISSING_GLYPH_MARK } from '../../src/main/reports/pdf/glyphs'
import { compact, inkRatio, pdfText, tempDir } from './helpers'

const tmp = tempDir()
afterAll(tmp.cleanup)

describe('the bundled CJK font', () => {
  it('ships with its licence and stays near 5 MB', () => {
    const font = locateCjkFont()
    expect(font).toMatch(/resources[\\/]fonts[\\/]NotoSansSC-Subset\.otf$/)
    const size = statSync(font).size
    expect(size).toBeGreaterThan(4_000_000)
    expect(size).toBeLessThan(6_500_000)
    const licence = readFileSync(join(font, '..', 'LICENSE-OFL.txt'), 'utf8')
    expect(licence).toContain('SIL OPEN FONT LICENSE Version 1.1')
    expect(licence).toContain('Adobe')
  })

  it('prints names outside GB2312 so that they extract again', async () => {
    const path = join(tmp.dir, 'rare.pdf')
    const pdf = createPdf(path, { title: '字库', generatedAt: new Date(2026, 0, 5), pageNumbers: 'document' })
    pdf.newPage()
    pdf.doc.fontSize(16).text(pdf.text('喆 堃 珺 玥 彧 镕 （全角）“引号”— → ·'))
    const { warnings } = await pdf.finish()
    expect(warnings).toEqual([])
    const text = compact(pdfText(path))
    for (const ch of ['喆', '堃', '珺', '玥', '彧', '镕', '（全角）', '→', '第1页/共1页', '2026年1月5日']) expect(text).toContain(ch)
    expect(inkRatio(path)).toBeGreaterThan(0.001)
  })

  it('marks and reports a character the font lacks instead of dropping it', async () => {
    const path = join(tmp.dir, 'missing.pdf')
    const pdf = createPdf(path, { title: '缺字', generatedAt: new Date(2026, 0, 5), pageNumbers: 'document' })
    pdf.newPage()
    // U+20000 (Extension B) and U+3400 (Extension A) are outside the subset.
    pdf.doc.text(pdf.text('张\u{20000}明'))
    pdf.doc.text(pdf.text('李\u3400'))
    const { warnings } = await pdf.finish()
    expect(warnings).toHaveLength(2)
    expect(warnings[0]).toContain('U+20000')
    expect(warnings[0]).toContain('张\u{20000}明')
    expect(warnings[1]).toContain('U+3400')
    const text = pdfText(path)
    expect(text).toContain(`张${MISSING_GLYPH_MARK}明`)
    expect(text).toContain(`李${MISSING_GLYPH_MARK}`)
    expect(existsSync(path)).toBe(true)
  })
})
