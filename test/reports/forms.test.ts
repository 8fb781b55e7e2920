import { describe, expect, it } from 'vitest'
import { formTrailer } from '../../src/main/reports/pdf/forms'

const text = 'q\n1 0 0 -1 0 841.89 cm\nBT\n1 0 0 1 56 700 Tm\n/F2 10.5 Tf\n[<0001> 0] TJ\nET\nQ'
const muted = '/DeviceRGB cs\n0.3333333333333333 0.3333333333333333 0.3333333333333333 scn'

describe('which recorded operators make a form', () => {
  it('takes text and rules that set their own colours, and puts back the fill colour left set', () => {
    const rules = 'q\n56 200 30 22 re\n0.5 w\n/DeviceRGB CS\n0.26 0.26 0.26 SCN\nS\nQ'
    expect(formTrailer(`${rules}\n${muted}\n${text}\n`)).toBe(`\n${muted}`)
    expect(formTrailer(`q\n${muted}\n${text}\nQ\n`)).toBe('')
  })

  it('refuses text or paint relying on a colour or width set before it', () => {
    expect(formTrailer(`${text}\n`)).toBeNull()
    expect(formTrailer('q\n56 200 30 22 re\n/DeviceRGB CS\n0 0 0 SCN\nS\nQ\n')).toBeNull()
    expect(formTrailer(`q\n0.3 w\n${text.replace('/F2 10.5 Tf', '/F2 10.5 Tf\n2 Tr')}\nQ\n`.replace('q\n0.3 w', `${muted}\nq\n0.3 w`))).toBeNull()
  })

  it('refuses state changed outside q … Q, unbalanced q, opacity and nested forms', () => {
    expect(formTrailer(`${muted}\n1 0 0 1 0 5 cm\n${text}\n`)).toBeNull()
    expect(formTrailer(`${muted}\nq\n${text}\n`)).toBeNull()
    expect(formTrailer(`${muted}\n${text}\nQ\n`)).toBeNull()
    expect(formTrailer(`${muted}\nq\n/Gs1 gs\n${text}\nQ\n`)).toBeNull()
    expect(formTrailer(`${muted}\n/Fx1 Do\n`)).toBeNull()
    expect(formTrailer('/Pattern cs\n/P1 scn\n')).toBeNull()
  })
})
