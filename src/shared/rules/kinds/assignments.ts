import type { RuleWarning } from '../../domain/claim'
import { formatHours, hoursToTenths } from '../../hours'
import { roleLabel } from '../../vocabulary'
import { calendarYearsBetween, monthsServed } from '../../validators/date'
import { missingFact, silent, unknownCase, type ConversionContext, type Outcome } from '../outcome'
import type { ManualConversion, PostingConversion, ServiceConversion } from '../types'
import { daysAndHalfDays } from './attendance'

/**
 * 三援 (二.6) and 海外交换 (二.9): a long enough posting assessed 合格 counts as the year's 90
 * 学时 (视为完成). The effect is on the year(s), carried as yearMet, not only as a number.
 */
export function evaluatePosting(conv: PostingConversion, { facts, countsInYear }: ConversionContext): Outcome {
  const { startDate, endDate } = facts
  if (!startDate || !endDate) return missingFact(`缺少${conv.noun}的开始日期和结束日期`)
  if (startDate > endDate) return missingFact(`开始日期 ${startDate} 晚于结束日期 ${endDate}`)
  const months = monthsServed(startDate, endDate)
  const period = `${conv.noun} ${startDate} 至 ${endDate}（满 ${months} 个月）`
  if (months < conv.minMonths) {
    return silent(`${period}，不足 ${conv.minMonths} 个月，细则未规定此情形的学时`)
  }
  if (!facts.assessment) return missingFact(`${period}，缺少考核结果（合格或不合格）`)
  const allYears = conv.allYearsAboveMonths !== null && months > conv.allYearsAboveMonths
  const years = allYears ? calendarYearsBetween(startDate, endDate) : countsInYear === null ? [] : [countsInYear]
  const hoursText = `继续教育 ${conv.yearHours} 学时`
  const result = allYears
    ? `超过 ${conv.allYearsAboveMonths} 个月，视为完成外派期间 ${years.join('、')} 年度${hoursText}`
    : `视为完成 ${years.join('、')} 年度${hoursText}`
  return { status: 'computed', hours: hoursToTenths(conv.yearHours), detail: `${period}，考核合格`, result, yearMet: years, warnings: [] }
}

/** 专家服务基层 (二.6): on site 8 a day; online by the hours actually served (stated). */
export function evaluateService(conv: ServiceConversion, { facts, label }: ConversionContext): Outcome {
  let role = facts.role
  let inferred = ''
  if (!role) {
    if ((facts.days ?? 0) + (facts.halfDays ?? 0) > 0) role = 'onSite'
    else if ((facts.statedHours ?? 0) > 0) role = 'online'
    else return missingFact('缺少服务方式（现场或线上）及天数或服务学时')
    inferred = `未填服务方式，按${roleLabel(role)}计，`
  }
  if (role === 'online') {
    if (facts.statedHours === undefined || facts.statedHours <= 0) return missingFact('线上服务缺少实际服务学时')
    const text = formatHours(facts.statedHours)
    return { status: 'computed', hours: facts.statedHours, detail: `${inferred}线上服务，按实际服务时间 ${text} 学时`, statedIsBasis: true, warnings: [] }
  }
  if (role !== 'onSite') {
    return unknownCase(`${label}只分现场服务和线上服务，角色「${roleLabel(role)}」不适用`)
  }
  const counted = daysAndHalfDays(facts.days, facts.halfDays, conv.onSitePerDay, conv.onSitePerHalfDay)
  if ('missing' in counted) return missingFact(counted.missing)
  const warnings: RuleWarning[] = []
  return {
    status: 'computed',
    hours: hoursToTenths(counted.hours),
    detail: `${inferred}现场服务 ${counted.detail}`,
    ...((facts.halfDays ?? 0) > 0 ? { note: conv.halfDayNote } : {}),
    warnings
  }
}

/** 公共卫生事件防控一线: the seed gives no conversion at all. */
export function evaluateManual(conv: ManualConversion): Outcome {
  return silent(conv.reason)
}

export function describePosting(conv: PostingConversion): string {
  const base = `${conv.noun}满 ${conv.minMonths} 个月且考核合格，视为完成当年继续教育 ${conv.yearHours} 学时`
  return conv.allYearsAboveMonths === null ? base : `${base}；超过 ${conv.allYearsAboveMonths} 个月的，视为完成外派期间所有年度`
}

export function describeService(conv: ServiceConversion): string {
  return `现场服务每天 ${conv.onSitePerDay} 学时；线上服务按实际服务时间`
}

export function describeManual(conv: ManualConversion): string {
  return `${conv.reason}，由经办人人工认定学时并说明原因`
}
