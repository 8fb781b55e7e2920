import { hoursToTenths } from '../../hours'
import { invalidCount, missingFact, type ConversionContext, type Outcome } from '../outcome'
import type { PerDayConversion } from '../types'

/** "3 天 × 8 + 1 个半天 × 4", or a missing-fact outcome when neither count is usable. */
export function daysAndHalfDays(
  days: number | undefined,
  halfDays: number | undefined,
  perDay: number,
  perHalfDay: number
): { hours: number; detail: string } | { missing: string } {
  const bad = invalidCount(days, '天数') ?? invalidCount(halfDays, '半天数')
  if (bad) return { missing: bad }
  const d = days ?? 0
  const h = halfDays ?? 0
  if (d + h === 0) return { missing: '缺少天数或半天数' }
  const parts = [d > 0 ? `${d} 天 × ${perDay}` : '', h > 0 ? `${h} 个半天 × ${perHalfDay}` : ''].filter(Boolean)
  return { hours: d * perDay + h * perHalfDay, detail: parts.join(' + ') }
}

/** 培训班、实践活动、学术会议 (二.1): 8 学时 a day, 4 a half day. */
export function evaluatePerDay(conv: PerDayConversion, { facts }: ConversionContext): Outcome {
  const counted = daysAndHalfDays(facts.days, facts.halfDays, conv.perDay, conv.perHalfDay)
  if ('missing' in counted) return missingFact(counted.missing)
  return {
    status: 'computed',
    hours: hoursToTenths(counted.hours),
    detail: counted.detail,
    ...(conv.note ? { note: conv.note } : {}),
    warnings: []
  }
}

export function describePerDay(conv: PerDayConversion): string {
  const base = `每天 ${conv.perDay} 学时，半天 ${conv.perHalfDay} 学时`
  return conv.note ? `${base}（${conv.note}）` : base
}
