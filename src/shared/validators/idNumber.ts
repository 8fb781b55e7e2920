import type { IsoDate } from '../domain/claim'
import { dateFromParts } from './date'
import { halfWidthNoSpaces } from '../text'

/** 居民身份证号码 per GB 11643-1999. */
export type IdNumberResult =
  | { ok: true; value: string; birthDate: IsoDate; gender: '男' | '女'; upgradedFrom15: boolean }
  | { ok: false; message: string }

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const
const CHECK_CHARS = '10X98765432'

/** The 34 provincial-level codes (first two digits of the address code). */
export const PROVINCE_CODES = {
  '11': '北京', '12': '天津', '13': '河北', '14': '山西', '15': '内蒙古',
  '21': '辽宁', '22': '吉林', '23': '黑龙江',
  '31': '上海', '32': '江苏', '33': '浙江', '34': '安徽', '35': '福建', '36': '江西', '37': '山东',
  '41': '河南', '42': '湖北', '43': '湖南', '44': '广东', '45': '广西', '46': '海南',
  '50': '重庆', '51': '四川', '52': '贵州', '53': '云南', '54': '西藏',
  '61': '陕西', '62': '甘肃', '63': '青海', '64': '宁夏', '65': '新疆',
  '71': '台湾', '81': '香港', '82': '澳门'
} as const satisfies Record<string, string>

function isProvinceCode(code: string): code is keyof typeof PROVINCE_CODES {
  return Object.hasOwn(PROVINCE_CODES, code)
}

/** The check character for the first 17 digits. */
export function idCheckDigit(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const digit = first17.charCodeAt(i) - 48
    if (!(digit >= 0 && digit <= 9)) return ''
    sum += digit * (WEIGHTS[i] ?? 0)
  }
  return CHECK_CHARS[sum % 11] ?? ''
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57
const X = 88

/** Already as normalise leaves it: ASCII digits and X only (how nearly every cell holds it). */
function isPlain(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i)
    if (!isDigit(code) && code !== X) return false
  }
  return true
}

/** Full-width digits/letters to ASCII, every space removed, x upper-cased. */
function normalise(raw: string): string {
  if (isPlain(raw)) return raw
  return halfWidthNoSpaces(raw).toUpperCase()
}

function firstNonDigit(text: string, length: number): number {
  for (let i = 0; i < length; i++) if (!isDigit(text.charCodeAt(i))) return i
  return -1
}

/**
 * Validates and normalises a 身份证号. A 15-digit number (issued before 1999) is upgraded to 18
 * by inserting the century 19 and computing the check digit. `today` (YYYY-MM-DD) enables the
 * "birth date not in the future" check; the pure core has no clock of its own.
 */
export function parseIdNumber(raw: string, today?: IsoDate): IdNumberResult {
  let id = normalise(raw)
  if (!id) return { ok: false, message: '身份证号为空' }
  let upgradedFrom15 = false
  if (id.length === 15) {
    const bad = firstNonDigit(id, 15)
    if (bad >= 0) return { ok: false, message: `15 位身份证号第 ${bad + 1} 位「${id[bad]}」不是数字` }
    const first17 = `${id.slice(0, 6)}19${id.slice(6)}`
    id = first17 + idCheckDigit(first17)
    upgradedFrom15 = true
  }
  if (id.length !== 18) {
    return { ok: false, message: `身份证号应为 18 位（或 15 位旧号码），当前为 ${id.length} 位` }
  }
  const bad = firstNonDigit(id, 17)
  if (bad >= 0) return { ok: false, message: `身份证号第 ${bad + 1} 位「${id[bad]}」不是数字` }
  const last = id.charCodeAt(17)
  if (!isDigit(last) && last !== X) return { ok: false, message: `身份证号第 18 位「${id[17]}」应为数字或 X` }

  const province = id.slice(0, 2)
  if (!isProvinceCode(province)) return { ok: false, message: `身份证号前两位「${province}」不是有效的省级行政区划代码` }

  const birthText = id.slice(6, 14)
  const birth = dateFromParts(Number(birthText.slice(0, 4)), Number(birthText.slice(4, 6)), Number(birthText.slice(6, 8)), birthText)
  if (!birth.ok) return { ok: false, message: `身份证号第 7–14 位出生日期「${birthText}」不是有效日期` }
  if (today !== undefined && birth.value > today) {
    return { ok: false, message: `身份证号中的出生日期 ${birth.value} 晚于今天（${today}）` }
  }

  const expected = idCheckDigit(id.slice(0, 17))
  if (!upgradedFrom15 && id[17] !== expected) {
    return { ok: false, message: `身份证号校验位（第 18 位）应为「${expected}」，实际为「${id[17]}」，请核对号码` }
  }
  const gender = Number(id[16]) % 2 === 1 ? '男' : '女'
  return { ok: true, value: id, birthDate: birth.value, gender, upgradedFrom15 }
}

/** 430102199003071234 → 430102********1234, for screens and logs. */
export function maskIdNumber(id: string): string {
  if (id.length <= 10) return id
  return `${id.slice(0, 6)}${'*'.repeat(id.length - 10)}${id.slice(-4)}`
}
