import type { IsoDate } from '../domain/claim'
import { halfWidthNoSpaces } from '../text'

/**
 * Dates in the forms officers type or spreadsheets hold. All arithmetic is on UTC parts so the
 * result never depends on the machine's time zone (exceljs gives dates at UTC midnight).
 */
export type DateResult = { ok: true; value: IsoDate } | { ok: false; message: string }

const MIN_YEAR = 1900
const MAX_YEAR = 2100
const DAY_MS = 86_400_000
/** Excel's day 0 for serials after its fictitious 1900-02-29 (serial 60). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30)
/** 9999-12-31, the largest serial Excel accepts. */
const MAX_EXCEL_SERIAL = 2_958_465

const pad2 = (n: number): string => String(n).padStart(2, '0')

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0
}

/** Checks year/month/day and builds the ISO form, or says exactly what is impossible. */
export function dateFromParts(year: number, month: number, day: number, shown: string): DateResult {
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return { ok: false, message: `日期「${shown}」的年份 ${year} 超出范围（${MIN_YEAR}–${MAX_YEAR}）` }
  }
  if (month < 1 || month > 12) return { ok: false, message: `日期「${shown}」的月份 ${month} 不存在` }
  const last = daysInMonth(year, month)
  if (day < 1 || day > last) {
    return { ok: false, message: `日期「${shown}」不存在：${year} 年 ${month} 月只有 ${last} 天` }
  }
  return { ok: true, value: `${year}-${pad2(month)}-${pad2(day)}` }
}

function fromUtcMs(ms: number): IsoDate {
  const d = new Date(ms)
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`
}

/** Excel serial (1900 date system). Serial 60 is Excel's non-existent 1900-02-29. */
export function parseExcelSerial(serial: number): DateResult {
  const day = Math.floor(serial)
  if (!Number.isFinite(serial) || day < 1 || day > MAX_EXCEL_SERIAL) {
    return { ok: false, message: `数字 ${serial} 不是有效的 Excel 日期序号` }
  }
  if (day === 60) return { ok: false, message: 'Excel 日期序号 60 对应不存在的 1900-02-29' }
  // Before the fictitious leap day Excel counts from 1899-12-31; after it, one day less.
  const ms = day < 60 ? EXCEL_EPOCH_MS + (day + 1) * DAY_MS : EXCEL_EPOCH_MS + day * DAY_MS
  const iso = fromUtcMs(ms)
  const [y, m, d] = iso.split('-').map(Number)
  return dateFromParts(y ?? 0, m ?? 0, d ?? 0, String(serial))
}

/** Full-width digits and punctuation to ASCII, spaces removed. */
function foldDateText(raw: string): string {
  return halfWidthNoSpaces(raw).replace(/[。]/g, '.')
}

const SEPARATED = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/
const CHINESE = /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$/
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/
const SERIAL = /^\d{1,7}(?:\.\d+)?$/

/** A time of day after the date ("2026-03-09 00:00:00", ISO "T00:00:00.000Z"): dropped. */
const TIME_SUFFIX = /[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/

function parseText(raw: string): DateResult {
  // The form most cells hold: nothing to fold, and dateFromParts would write it back unchanged.
  if (isIsoDate(raw)) return { ok: true, value: raw }
  const body = foldDateText(raw.trim().replace(TIME_SUFFIX, ''))
  if (!body) return { ok: false, message: '日期为空' }
  const match = SEPARATED.exec(body) ?? CHINESE.exec(body) ?? COMPACT.exec(body)
  if (match) return dateFromParts(Number(match[1]), Number(match[2]), Number(match[3]), raw.trim())
  if (SERIAL.test(body)) return parseExcelSerial(Number(body))
  return { ok: false, message: `无法识别的日期「${raw.trim()}」，请写成 2026-03-09、2026/3/9 或 2026年3月9日` }
}

/**
 * 2026-03-09, 2026/3/9, 2026.3.9, 2026年3月9日, 20260309, full-width digits, an Excel serial
 * (number or numeric text) or a Date (its UTC parts) → YYYY-MM-DD.
 */
export function parseDate(raw: string | number | Date): DateResult {
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return { ok: false, message: '无效的日期' }
    return dateFromParts(raw.getUTCFullYear(), raw.getUTCMonth() + 1, raw.getUTCDate(), fromUtcMs(raw.getTime()))
  }
  if (typeof raw === 'number') {
    // A cell typed 20260309 arrives as a number, far above any serial of a real date.
    if (Number.isInteger(raw) && raw >= 10_000_000 && raw <= 99_999_999) return parseText(String(raw))
    return parseExcelSerial(raw)
  }
  return parseText(raw)
}

/** The number written by the ASCII digits text[from, to), or -1 if any is not a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48
    if (d < 0 || d > 9) return -1
    n = n * 10 + d
  }
  return n
}

/**
 * A real date written YYYY-MM-DD within the accepted years: what dateFromParts accepts for
 * /^(\d{4})-(\d{2})-(\d{2})$/, checked without a regex or a result object — the rules engine
 * asks this several times per claim (test/rules/date.test.ts holds it to that form).
 */
export function isIsoDate(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false
  const year = digits(value, 0, 4)
  const month = digits(value, 5, 7)
  const day = digits(value, 8, 10)
  if (year < 0 || month < 0 || day < 0) return false
  return year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

/** The year of an ISO date; undefined for anything else (so callers can fall back). */
export function yearOf(isoDate: IsoDate | undefined): number | undefined {
  if (isoDate === undefined || !isIsoDate(isoDate)) return undefined
  return Number(isoDate.slice(0, 4))
}

function partsOf(iso: IsoDate): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number)
  return [y ?? 0, m ?? 0, d ?? 0]
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  const [y, m, d] = partsOf(iso)
  return fromUtcMs(Date.UTC(y, m - 1, d) + days * DAY_MS)
}

/** Whole calendar months from `start` up to `end` (end exclusive): 01-15 → 03-14 is 1. */
export function wholeMonthsBetween(start: IsoDate, end: IsoDate): number {
  const [y1, m1, d1] = partsOf(start)
  const [y2, m2, d2] = partsOf(end)
  const months = (y2 - y1) * 12 + (m2 - m1)
  return d2 < d1 ? months - 1 : months
}

/**
 * Length of a posting in whole months, counting the last day as served: 2026-01-01 to
 * 2026-06-30 is 6 months, as an officer would say.
 */
export function monthsServed(start: IsoDate, end: IsoDate): number {
  return wholeMonthsBetween(start, addDays(end, 1))
}

/** Every calendar year the span touches: 2024-07-01 … 2026-06-30 → [2024, 2025, 2026]. */
export function calendarYearsBetween(start: IsoDate, end: IsoDate): number[] {
  const first = Number(start.slice(0, 4))
  const last = Number(end.slice(0, 4))
  const years: number[] = []
  for (let y = first; y <= last; y++) years.push(y)
  return years
}
