import type { IsoDate } from '../../shared/domain'
import { parseDate } from '../../shared/validators/date'
import { halfWidth } from '../../shared/text'
import type { ColumnType } from './columns'

/** A cell after normalisation, ready for row validation. */
export type NormalisedCell =
  | { kind: 'blank' }
  | { kind: 'text'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'date'; value: IsoDate }
  | { kind: 'invalid'; message: string }

/** What a spreadsheet cell holds once rich text, hyperlinks and formulas are unwrapped. */
type Plain = string | number | boolean | Date | { error: string } | null

const BLANK: NormalisedCell = { kind: 'blank' }

export const ID_AS_NUMBER_MESSAGE =
  '身份证号被 Excel 存成了数字，末几位已经丢失：请把这一列设置为文本格式后重新填写（或在号码前加英文单引号）'

/** Full-width ASCII (０-９, Ａ-Ｚ, ．…) to half-width, and the ideographic space to a space. */
export function toHalfWidth(text: string): string {
  // Most cells hold no full-width character: one scan instead of two replacements.
  if (!/[\uFF01-\uFF5E\u3000]/.test(text)) return text
  return halfWidth(text).replace(/\u3000/g, ' ')
}

/** Whether trimAll's pattern matches the character: what \s matches, with U+3000, U+00A0 and U+FEFF (which it includes). */
function isTrimmed(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  if (code < 0xa0) return false
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
}

/** Trims every kind of space; a cell with none at either end (most) is returned as it is, without the regex. */
export function trimAll(text: string): string {
  if (text.length > 0 && !isTrimmed(text.charCodeAt(0)) && !isTrimmed(text.charCodeAt(text.length - 1))) return text
  return text.replace(/^[\s\u3000\u00A0\uFEFF]+|[\s\u3000\u00A0\uFEFF]+$/g, '')
}
const compact = (text: string): string => toHalfWidth(text).replace(/[\s\u00A0\uFEFF]+/g, '')

/** ISO date of a Date as exceljs builds it: Excel dates carry no zone, exceljs reads them as UTC. */
function dateToIso(date: Date): IsoDate | undefined {
  if (Number.isNaN(date.getTime())) return undefined
  const year = date.getUTCFullYear()
  if (year < 1900 || year > 9999) return undefined
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${year}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
}

/** Shortest faithful text of a number: 13800138000, not 1.38e10; 12.5 stays 12.5. */
function numberText(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return value.toFixed(0)
  return String(Number(value.toPrecision(15)))
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !(value instanceof Date)
}

/** Unwraps exceljs cell values: rich text, hyperlinks, formulas (cached result), shared strings. */
function unwrap(raw: unknown): Plain | { noResult: true } {
  if (raw === null || raw === undefined) return null
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' || raw instanceof Date) return raw
  if (!isRecord(raw)) return null
  if (Array.isArray(raw.richText)) {
    return raw.richText.map((run: unknown) => (isRecord(run) && typeof run.text === 'string' ? run.text : '')).join('')
  }
  if ('formula' in raw || 'sharedFormula' in raw) {
    return raw.result === undefined ? { noResult: true } : unwrap(raw.result)
  }
  if ('hyperlink' in raw || 'text' in raw) return unwrap(raw.text)
  if (typeof raw.error === 'string') return { error: raw.error }
  return null
}

/** A cell's value as a writer should copy it: rich text, hyperlinks and formulas reduced to what shows. */
export function plainCellValue(raw: unknown): string | number | boolean | Date | null {
  const value = unwrap(raw)
  if (value === null || typeof value !== 'object' || value instanceof Date) return value
  return 'error' in value ? value.error : null
}

const invalid = (message: string): NormalisedCell => ({ kind: 'invalid', message })

/**
 * The one normalisation every cell goes through, by the type of its column. Text is trimmed;
 * code-like columns lose spaces and full-width forms; numbers stored as text become numbers;
 * dates arrive as Date cells, Excel serials or text in the forms parseDate accepts.
 */
export function normaliseCell(raw: unknown, type: ColumnType): NormalisedCell {
  const value = unwrap(raw)
  if (value === null) return BLANK
  if (typeof value === 'object' && 'noResult' in value) return invalid('公式没有计算结果：请在 Excel 中打开、保存后再导入')
  if (typeof value === 'object' && 'error' in value) return invalid(`单元格是错误值 ${value.error}，请改为实际内容`)
  if (typeof value === 'string' && trimAll(value) === '') return BLANK
  switch (type) {
    case 'text':
      return { kind: 'text', value: asText(value, trimAll) }
    case 'code':
      return { kind: 'text', value: asText(value, compact) }
    case 'idNumber':
      return normaliseId(value)
    case 'date':
      return normaliseDate(value)
    case 'integer':
    case 'decimal':
      return normaliseNumber(value, type)
  }
}

function asText(value: string | number | boolean | Date, clean: (text: string) => string): string {
  if (typeof value === 'string') return clean(value)
  if (typeof value === 'number') return numberText(value)
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  return dateToIso(value) ?? ''
}

function normaliseId(value: string | number | boolean | Date): NormalisedCell {
  if (typeof value === 'number') return invalid(ID_AS_NUMBER_MESSAGE)
  const text = asText(value, compact)
  // A CSV saved by Excel writes such a number as 1.10105E+17.
  if (/^\d+(\.\d+)?e\+?\d+$/i.test(text)) return invalid(ID_AS_NUMBER_MESSAGE)
  return { kind: 'text', value: text }
}

function normaliseDate(value: string | number | boolean | Date): NormalisedCell {
  if (value instanceof Date) {
    const iso = dateToIso(value)
    return iso ? { kind: 'date', value: iso } : invalid('不是有效的日期')
  }
  if (typeof value === 'boolean') return invalid('不是有效的日期')
  // 20260309 typed into a number cell is the compact form, not a serial.
  const input = typeof value === 'number' && Number.isInteger(value) && value >= 19000101 && value <= 99991231 ? String(value) : value
  const parsed = parseDate(typeof input === 'string' ? compact(input) : input)
  return parsed.ok ? { kind: 'date', value: parsed.value } : invalid(parsed.message)
}

function normaliseNumber(value: string | number | boolean | Date, type: 'integer' | 'decimal'): NormalisedCell {
  let number: number
  if (typeof value === 'number') number = value
  else if (typeof value === 'string') {
    const text = compact(value).replace(/,/g, '')
    if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return invalid('应填写数字')
    number = Number(text)
  } else if (value instanceof Date) return invalid('应填写数字（单元格被设成了日期格式，请改为常规格式）')
  else return invalid('应填写数字')
  if (!Number.isFinite(number)) return invalid('应填写数字')
  // Float noise from formulas (2.9999999999999996) is not a fraction the officer typed.
  const rounded = Number.isInteger(number) ? number : Number(number.toPrecision(12))
  if (type === 'integer' && !Number.isInteger(rounded)) return invalid('应填写整数')
  return { kind: 'number', value: rounded }
}
