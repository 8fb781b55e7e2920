import { describe, expect, it } from 'vitest'
import { idCheckDigit, maskIdNumber, parseIdNumber } from '../../src/shared/validators'

const TODAY = '2026-12-03'

describe('parseIdNumber (GB 11643)', () => {
  it('a valid Hunan number: birth date and gender follow from it', () => {
    expect(parseIdNumber('430102199003071234', TODAY)).toEqual({
      ok: true,
      value: '430102199003071234',
      birthDate: '1990-03-07',
      gender: '男',
      upgradedFrom15: false
    })
  })

  it('the standard example with check digit X, written lowercase', () => {
    const result = parseIdNumber('11010519491231002x', TODAY)
    expect(result).toMatchObject({ ok: true, value: '11010519491231002X', birthDate: '1949-12-31', gender: '女' })
  })

  it('full-width digits and spaces are normalised', () => {
    const result = parseIdNumber('４３０６０２ １９８５１１１２ ００２３', TODAY)
    expect(result).toMatchObject({ ok: true, value: '430602198511120023', gender: '女' })
  })

  it('a wrong check digit says which digit and what it should be', () => {
    const result = parseIdNumber('430102199003071235', TODAY)
    expect(result).toEqual({ ok: false, message: '身份证号校验位（第 18 位）应为「4」，实际为「5」，请核对号码' })
  })

  it('a birth date in the future is refused', () => {
    const first17 = '43010220300101123'
    const result = parseIdNumber(first17 + idCheckDigit(first17), TODAY)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toBe('身份证号中的出生日期 2030-01-01 晚于今天（2026-12-03）')
  })

  it('an impossible birth date is refused', () => {
    const first17 = '43010219900230123'
    const result = parseIdNumber(first17 + idCheckDigit(first17), TODAY)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toContain('第 7–14 位出生日期「19900230」不是有效日期')
  })

  it('an unknown province prefix is refused', () => {
    const first17 = '99010219900307123'
    const result = parseIdNumber(first17 + idCheckDigit(first17), TODAY)
    expect(result).toEqual({ ok: false, message: '身份证号前两位「99」不是有效的省级行政区划代码' })
  })

  it('a 15-digit old number is upgraded to 18 digits', () => {
    expect(parseIdNumber('430102900307123', TODAY)).toEqual({
      ok: true,
      value: '430102199003071234',
      birthDate: '1990-03-07',
      gender: '男',
      upgradedFrom15: true
    })
  })

  it.each([
    ['4301021990030712', '当前为 16 位'],
    ['43010219900307123A', '第 18 位「A」应为数字或 X'],
    ['4301021990O3071234', '第 11 位「O」不是数字'],
    ['43010290030712X', '15 位身份证号第 15 位「X」不是数字'],
    ['', '身份证号为空']
  ])('%s is refused: %s', (raw, message) => {
    const result = parseIdNumber(raw, TODAY)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toContain(message)
  })

  it('without today, a future birth date is not checked (no hidden clock)', () => {
    const first17 = '43010220300101123'
    expect(parseIdNumber(first17 + idCheckDigit(first17)).ok).toBe(true)
  })
})

describe('parseIdNumber: the shortcuts for plain digits give what the full checks give', () => {
  it('agrees with a folded copy of the same number for every character in every position', () => {
    const good = '430102199003071234'
    expect(parseIdNumber(good).ok).toBe(true)
    // A full-width copy cannot take the plain shortcut: it goes through normalise's folds.
    const wide = (text: string): string => text.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
    for (let i = 0; i < 18; i++) {
      for (const c of ['0', '5', '9', 'X', 'A', '/', ':']) {
        const id = good.slice(0, i) + c + good.slice(i + 1)
        expect(parseIdNumber(id, TODAY)).toEqual(parseIdNumber(wide(id), TODAY))
      }
    }
    for (const id of ['43010290030712', '430102900307123', '43010290030712X', '4301021990030712333']) {
      expect(parseIdNumber(id, TODAY)).toEqual(parseIdNumber(wide(id), TODAY))
    }
  })

  it('idCheckDigit names no check digit for anything but 17 digits', () => {
    expect(idCheckDigit('4301021990030712')).toBe('')
    expect(idCheckDigit('43010219900307 23')).toBe('')
    expect(idCheckDigit('43010219900307123')).toBe('4')
  })
})

describe('maskIdNumber', () => {
  it('keeps the first 6 and last 4', () => {
    expect(maskIdNumber('430102199003071234')).toBe('430102********1234')
  })
})
