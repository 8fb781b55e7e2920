import { describe, expect, it } from 'vitest'
import { halfWidth, halfWidthNoSpaces } from '../../src/shared/text'

describe('the shared folds of typed text', () => {
  const before = (text: string): string => text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))

  it('halfWidth maps every full-width ASCII form, and leaves text without one as it is', () => {
    for (let code = 0xff00; code <= 0xff60; code++) {
      const text = `甲${String.fromCharCode(code)}乙`
      expect(halfWidth(text)).toBe(before(text))
    }
    expect(halfWidth('４３０１０２ＸＹ（培训）')).toBe('430102XY(培训)')
    expect(halfWidth('张三 2026')).toBe('张三 2026')
  })

  it('halfWidthNoSpaces also removes every kind of space', () => {
    expect(halfWidthNoSpaces(' ４３０\u3000１０２\u00A0 x\t')).toBe('430102x')
  })
})
