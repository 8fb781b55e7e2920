import { describe, expect, it } from 'vitest'
import { calendarYearsBetween, dateFromParts, isIsoDate, monthsServed, parseDate, wholeMonthsBetween, yearOf } from '../../src/shared/validators'

describe('parseDate: the forms officers type', () => {
  it.each([
    ['ISO', '2026-03-09'],
    ['slashes without zeros', '2026/3/9'],
    ['dots', '2026.3.9'],
    ['Chinese', '2026年3月9日'],
    ['Chinese without 日', '2026年3月9'],
    ['compact', '20260309'],
    ['full-width digits and hyphens', '２０２６－０３－０９'],
    ['full-width Chinese form', '２０２６年３月９日'],
    ['surrounding spaces', '  2026-3-9 '],
    ['date and time from a text cell', '2026-03-09 00:00:00'],
    ['ISO timestamp', '2026-03-09T00:00:00.000Z'],
    ['Excel serial as text', '46090']
  ])('%s: %s → 2026-03-09', (_name, raw) => {
    expect(parseDate(raw)).toEqual({ ok: true, value: '2026-03-09' })
  })

  it('Excel serial as a number', () => {
    expect(parseDate(46090)).toEqual({ ok: true, value: '2026-03-09' })
    expect(parseDate(46090.75)).toEqual({ ok: true, value: '2026-03-09' })
  })

  it('a compact date typed into a number cell', () => {
    expect(parseDate(20260309)).toEqual({ ok: true, value: '2026-03-09' })
  })

  it('a Date from exceljs (UTC midnight) uses its UTC parts', () => {
    expect(parseDate(new Date(Date.UTC(2026, 2, 9)))).toEqual({ ok: true, value: '2026-03-09' })
  })

  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01']
  ])('Excel serial %i around the 1900 leap-year bug → %s', (serial, iso) => {
    expect(parseDate(serial)).toEqual({ ok: true, value: iso })
  })

  it('Excel serial 60 (the non-existent 1900-02-29) is refused', () => {
    const result = parseDate(60)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toContain('1900-02-29')
  })

  it.each([
    ['2026-02-30', '2026 年 2 月只有 28 天'],
    ['2025/2/29', '2025 年 2 月只有 28 天'],
    ['2026-04-31', '2026 年 4 月只有 30 天'],
    ['2026-13-01', '月份 13 不存在'],
    ['2026年0月1日', '月份 0 不存在'],
    ['3/9/2026', '无法识别的日期'],
    ['明天', '无法识别的日期'],
    ['', '日期为空'],
    ['1800-01-01', '超出范围']
  ])('%s is refused: %s', (raw, message) => {
    const result = parseDate(raw)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toContain(message)
  })

  it('YYYY-MM-DD as typed takes a shortcut that gives what the full parse gives', () => {
    // A leading space sends the same text through the full parse (trim, fold, regex).
    for (const raw of ['2026-03-09', '2024-02-29', '2025-02-29', '2026-13-01', '2026-00-10', '1999-12-31', '2100-12-31', '2101-01-01', '2026-1a-01']) {
      expect(parseDate(raw)).toEqual(parseDate(` ${raw}`))
    }
  })

  it('a leap day in a leap year is fine', () => {
    expect(parseDate('2024-02-29')).toEqual({ ok: true, value: '2024-02-29' })
  })

  it('an invalid Date object is refused', () => {
    expect(parseDate(new Date(Number.NaN)).ok).toBe(false)
  })
})

describe('date helpers the rules use', () => {
  it('yearOf', () => {
    expect(yearOf('2026-03-09')).toBe(2026)
    expect(yearOf('2026-02-30')).toBeUndefined()
    expect(yearOf(undefined)).toBeUndefined()
  })

  it.each([
    ['2026-01-01', '2026-06-30', 6],
    ['2026-01-01', '2026-06-29', 5],
    ['2026-01-15', '2026-07-14', 6],
    ['2025-07-01', '2026-06-30', 12],
    ['2024-07-01', '2026-06-30', 24],
    ['2026-01-31', '2026-02-27', 0]
  ])('monthsServed %s … %s = %i (last day served)', (start, end, months) => {
    expect(monthsServed(start, end)).toBe(months)
  })

  it('wholeMonthsBetween counts whole months, end exclusive', () => {
    expect(wholeMonthsBetween('2026-01-15', '2026-03-14')).toBe(1)
    expect(wholeMonthsBetween('2026-01-15', '2026-03-15')).toBe(2)
  })

  it('calendarYearsBetween lists every year touched', () => {
    expect(calendarYearsBetween('2024-07-01', '2026-06-30')).toEqual([2024, 2025, 2026])
  })
})

describe('isIsoDate', () => {
  // The form it replaced: the regex, then dateFromParts.
  const reference = (v: string): boolean => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v)
    return m !== null && dateFromParts(Number(m[1]), Number(m[2]), Number(m[3]), v).ok
  }

  it('accepts exactly what the regex and dateFromParts accept', () => {
    const cases = ['2026-02-28', '2026-02-29', '2024-02-29', '1900-02-29', '2000-02-29', '1899-12-31', '1900-01-01', '2100-12-31', '2101-01-01',
      '2026-00-10', '2026-13-01', '2026-04-31', '2026-04-30', '2026-1-09', '2026-01-9', ' 2026-01-09', '2026-01-09 ', '2026-01-09\n', '2026/01/09',
      '２０２６-01-09', '2026-0a-09', '', '2026-01-0٩', '+026-01-09', '2026--1-09']
    for (let y = 1895; y <= 2105; y += 7) for (let m = 0; m <= 13; m++) for (const d of [0, 1, 28, 29, 30, 31, 32]) {
      cases.push(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
    }
    for (const c of cases) expect([c, isIsoDate(c)]).toEqual([c, reference(c)])
  })
})
