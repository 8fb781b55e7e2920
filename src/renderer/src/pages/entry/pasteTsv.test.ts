import { describe, expect, it } from 'vitest'
import { detectHeader, parseTsv, planPaste } from './pasteTsv'

describe('text pasted from Excel', () => {
  it('splits rows on CRLF and cells on tabs, dropping the trailing line break and blank rows', () => {
    expect(parseTsv('a\tb\r\nc\td\r\n\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd']
    ])
  })

  it('reads a quoted cell holding a line break, a tab and doubled quotes', () => {
    expect(parseTsv('"第一行\n第二行"\t"含\t制表符"\t"他说""好"""\nx\ty\tz')).toEqual([
      ['第一行\n第二行', '含\t制表符', '他说"好"'],
      ['x', 'y', 'z']
    ])
  })

  it('keeps a quote inside an unquoted cell as typed', () => {
    expect(parseTsv('5"屏\t1')).toEqual([['5"屏', '1']])
  })

  it('detects the template header, with marks and synonyms, and maps its columns by name', () => {
    const plan = planPaste('身份证号*\t姓名\t形式\t无关列\t学时数\n430102\t王芳\t培训班\t？\t8')
    expect(plan.headerDetected).toBe(true)
    expect(plan.ignoredHeaders).toEqual(['无关列'])
    expect(plan.rows).toEqual([{ idNumber: '430102', name: '王芳', kind: '培训班', hours: '8' }])
  })

  it('takes rows without a header by position from the focused column', () => {
    expect(detectHeader(['王芳', '2026', '培训班'])).toBeNull()
    const plan = planPaste('王芳\t2026\t培训班', 1)
    expect(plan.headerDetected).toBe(false)
    expect(plan.rows).toEqual([{ name: '王芳', year: '2026', kind: '培训班' }])
  })
})
