import PDFDocument from 'pdfkit'
import { describe, expect, it } from 'vitest'
import { locateCjkFont } from '../../src/main/reports/pdf/fontFile'
import { useDirectLayout } from '../../src/main/reports/pdf/layout'

interface Run {
  glyphs: { id: number }[]
  positions: Record<string, number>[]
  advanceWidth: number
}

type LayoutRun = (text: string) => Run

interface Embedded {
  layoutRun: LayoutRun
  layout(text: string, features?: unknown, onlyWidth?: boolean): Run
  encode(text: string): [string[], Record<string, number>[]]
  widthOfString(text: string, size: number): number
  font: { layout: (text: string) => Run }
}

/** A fresh document's embedded font: its own fontkit layout, and the direct one installed. */
function fonts(): {
  plain: Embedded
  patched: Embedded
  fontkit: LayoutRun
  direct: LayoutRun
  directWidth: (text: string) => number
  fontkitWidth: (text: string) => number
  fontkitCalls: () => number
} {
  const open = () => {
    const doc = new PDFDocument({ autoFirstPage: false })
    doc.registerFont('cjk', locateCjkFont())
    doc.font('cjk')
    return (doc as unknown as { _font: Embedded })._font
  }
  const plain = open()
  const patched = open()
  useDirectLayout(patched)
  let calls = 0
  const layout = patched.font.layout.bind(patched.font)
  patched.font.layout = (text) => {
    calls++
    return layout(text)
  }
  return {
    plain,
    patched,
    fontkitCalls: () => calls,
    fontkit: (text) => plain.layoutRun(text),
    direct: (text) => patched.layoutRun(text),
    fontkitWidth: (text) => plain.widthOfString(text, 10.5),
    directWidth: (text) => patched.widthOfString(text, 10.5)
  }
}

const shape = (run: Run) => ({
  glyphs: run.glyphs.map((g) => g.id),
  positions: run.positions.map((p) => ({ ...p })),
  advanceWidth: run.advanceWidth
})

describe('direct layout of the bundled font', () => {
  const { fontkit, direct, fontkitWidth, directWidth, fontkitCalls, plain, patched } = fonts()
  const samples = [
    '专业技术人员继续教育学时证明',
    '验证码：ILEB6R3JY7',
    'AVATAR To Ty Wa “引号”— → ·',
    '2026-09-09 至 2026-09-12',
    '430104********9287',
    '兹证明何凯晨同志2026年度参加继续教育，经本单位审核认定的学时如下：',
    '未达标（公需差 2、专业差 60、合计差 62 学时）',
    'Łódź Ελληνικά Кириллица ¡¿«»',
    '喆 堃 珺 玥 彧 镕 （全角）',
    'e\u0301 combining', // a mark: fontkit's own layout
    'a\u200bb', // default-ignorable: fontkit's own layout
    '𠀀 outside the BMP',
    'שלום', // right to left: fontkit's own layout
    '한국어',
    '1\u20442'
  ]

  it('lays out Chinese text without fontkit, and a kerned pair with fontkit once', () => {
    direct('专业技术人员继续教育学时证明 2026年度')
    expect(fontkitCalls()).toBe(0)
    // A and V begin kerned pairs: AV and VA are laid out by fontkit, once each.
    const kerned = direct('AVA')
    expect(kerned.positions[0]?.xAdvance).toBeLessThan(kerned.positions[0]?.advanceWidth ?? 0)
    expect(fontkitCalls()).toBe(2)
    direct('VAV AV')
    expect(fontkitCalls()).toBe(3)
  })

  it('gives the glyphs, positions and widths fontkit gives', () => {
    for (const text of samples) {
      expect(shape(direct(text)), text).toEqual(shape(fontkit(text)))
      expect(directWidth(text), text).toBe(fontkitWidth(text))
    }
  })

  it('splits runs at spaces and tabs as pdfkit does, and encodes the same glyph ids in the same order', () => {
    for (const text of [...samples, 'AV AV\tTo', 'T. V, Y; 验证码 ILEB6R3JY7\u3000生成日期：2026年12月31日', ' lead', 'trail ', '  ']) {
      expect(shape(patched.layout(text)), text).toEqual(shape(plain.layout(text)))
      expect(patched.layout(text, undefined, true).advanceWidth, text).toBe(plain.layout(text, undefined, true).advanceWidth)
      const [hex, positions] = patched.encode(text)
      const [plainHex, plainPositions] = plain.encode(text)
      expect(hex, text).toEqual(plainHex)
      expect(positions.map((p) => ({ ...p })), text).toEqual(plainPositions.map((p) => ({ ...p })))
    }
  })

  it('agrees on every pair of the kerned Latin letters and punctuation', () => {
    const chars = [...'AVTWYLPFKXkvwyfr.,-:;\'"()[]{}!?/0123456789 的。，：']
    for (const a of chars) for (const b of chars) expect(shape(direct(a + b)), a + b).toEqual(shape(fontkit(a + b)))
  })
})
