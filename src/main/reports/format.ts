import { formatHours, type Tenths } from '../../shared/hours'
import { maskIdNumber } from '../../shared/validators/idNumber'
import type { Category } from '../../shared/vocabulary'
import type { ApprovedClaimRow, PersonSummaryRow } from './types'

/** How report cells and PDF text spell things, shared by every writer. */

export function shownId(idNumber: string, fullId: boolean | undefined): string {
  return fullId ? idNumber : maskIdNumber(idNumber)
}

/** Short category names, as column values: 公需 / 专业. */
export function categoryShort(category: Category): string {
  return category === 'public' ? '公需' : '专业'
}

/** "2026-03-01 至 2026-03-03", a single date when both are equal or one is missing. */
export function dateSpan(start: string | null, end: string | null): string {
  if (start && end && start !== end) return `${start} 至 ${end}`
  return start ?? end ?? ''
}

export const yesNo = (value: boolean): string => (value ? '是' : '否')

/** 是否达标 as words, with 视为完成 spelled out because it is an effect on the year. */
export function complianceText(person: Pick<PersonSummaryRow, 'compliant' | 'yearMet'>): string {
  if (person.yearMet) return '达标（视为完成）'
  return person.compliant ? '达标' : '未达标'
}

/** "公需差 5、专业差 10、合计差 15 学时", or "" when nothing is short. */
export function shortfallText(shortfall: PersonSummaryRow['shortfall']): string {
  const parts: string[] = []
  if (shortfall.public > 0) parts.push(`公需差 ${formatHours(shortfall.public)}`)
  if (shortfall.professional > 0) parts.push(`专业差 ${formatHours(shortfall.professional)}`)
  if (shortfall.total > 0) parts.push(`合计差 ${formatHours(shortfall.total)}`)
  return parts.length ? `${parts.join('、')} 学时` : ''
}

export const hoursText = (tenths: Tenths): string => formatHours(tenths)

export function claimHoursByCategory(claims: readonly ApprovedClaimRow[]): { public: Tenths; professional: Tenths } {
  let pub = 0
  let pro = 0
  for (const c of claims) {
    if (c.category === 'public') pub += c.hours
    else pro += c.hours
  }
  return { public: pub, professional: pro }
}
