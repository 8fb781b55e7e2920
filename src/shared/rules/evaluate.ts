import type { ClaimEvaluation, ClaimFacts, RuleWarning } from '../domain/claim'
import { formatHours, type Tenths } from '../hours'
import { categoryLabel, kindLabel, type Category } from '../vocabulary'
import { isIsoDate, yearOf } from '../validators/date'
import { convert } from './convert'
import { checkEvidenceRule } from './evidence'
import type { Outcome } from './outcome'
import { latestRuleSet, ruleSetFor } from './registry'
import type { KindRule, RuleSet } from './types'

export interface EvaluateOptions {
  /** Defaults to the rule set of the year the claim counts in. */
  ruleSet?: RuleSet
}

const DATE_FIELDS = [
  ['startDate', '开始日期'],
  ['endDate', '结束日期']
] as const

/**
 * Drops a malformed date (with a warning) so no rule computes with it. The facts themselves when
 * both dates are usable (nearly every claim: no copy per claim); the rules never write to them.
 */
function usableDates(facts: ClaimFacts, warnings: RuleWarning[]): ClaimFacts {
  let clean = facts
  for (const field of DATE_FIELDS) {
    const key = field[0]
    const value = facts[key]
    if (value !== undefined && !isIsoDate(value)) {
      warnings.push({ code: 'missingFact', message: `${field[1]}「${value}」不是有效日期` })
      if (clean === facts) clean = { ...facts }
      delete clean[key]
    }
  }
  if (clean.startDate && clean.endDate && clean.startDate > clean.endDate) {
    warnings.push({ code: 'missingFact', message: `开始日期 ${clean.startDate} 晚于结束日期 ${clean.endDate}` })
  }
  return clean
}

/** The year of completion (end date); the claimed 年度 when there is no end date. */
function decideYear(facts: ClaimFacts): number | null {
  return yearOf(facts.endDate) ?? facts.year ?? yearOf(facts.startDate) ?? null
}

function decideCategory(rule: KindRule, facts: ClaimFacts, label: string, warnings: RuleWarning[]): Category {
  if (rule.category === 'professional') {
    if (facts.category === 'public') {
      warnings.push({ code: 'categoryForced', message: `${label}只计专业科目，申报的${categoryLabel('public')}已按专业科目认定` })
    }
    return 'professional'
  }
  if (!facts.category) {
    warnings.push({ code: 'missingFact', message: '未填科目类别，按专业科目计' })
    return 'professional'
  }
  return facts.category
}

function dateWarnings(facts: ClaimFacts, yearMet: readonly number[]): RuleWarning[] {
  const claimed = facts.year
  if (claimed === undefined || yearMet.includes(claimed)) return []
  const endYear = yearOf(facts.endDate)
  if (endYear !== undefined && endYear !== claimed) {
    return [{ code: 'dateOutsideYear', message: `结束日期 ${facts.endDate} 不在申报年度 ${claimed} 年内，按 ${endYear} 年计` }]
  }
  const startYear = yearOf(facts.startDate)
  if (endYear === undefined && startYear !== undefined && startYear > claimed) {
    return [{ code: 'dateOutsideYear', message: `开始日期 ${facts.startDate} 晚于申报年度 ${claimed} 年` }]
  }
  return []
}

const FAILED: Outcome = {
  status: 'computed',
  hours: 0,
  detail: '考核不合格',
  result: '不予折算（0 学时）',
  warnings: [{ code: 'assessmentFailed', message: '考核结果为不合格，不予折算学时' }]
}

function usableManual(facts: ClaimFacts): { hours: Tenths; reason: string } | undefined {
  const reason = facts.manualReason?.trim()
  const hours = facts.manualHours
  if (!reason || hours === undefined || !Number.isInteger(hours) || hours < 0) return undefined
  return { hours, reason }
}

interface Resolved {
  hours: Tenths
  yearMet: number[]
  needsManualHours: boolean
  explanation: string
  warnings: RuleWarning[]
}

/** Turns the conversion outcome into hours and an explanation, applying manual hours where the seed is silent. */
function resolve(outcome: Outcome, head: string, facts: ClaimFacts): Resolved {
  const warnings = [...outcome.warnings]
  if (outcome.status === 'missing') {
    return { hours: 0, yearMet: [], needsManualHours: false, explanation: `${head}：${outcome.detail}，暂计 0 学时`, warnings }
  }
  if (outcome.status === 'computed') {
    if (facts.manualHours !== undefined) {
      warnings.push({
        code: 'manualHours',
        message: `细则已有折算规则，人工填写的 ${formatHours(facts.manualHours)} 学时未采用；如需改定，请在审核时说明原因`
      })
    }
    const note = outcome.note ? `（${outcome.note}）` : ''
    const detail = outcome.detail ? `，${outcome.detail}` : ''
    const result = outcome.result ?? `${formatHours(outcome.hours)} 学时`
    return { hours: outcome.hours, yearMet: outcome.yearMet ?? [], needsManualHours: false, explanation: `${head}${note}${detail} → ${result}`, warnings }
  }
  const manual = usableManual(facts)
  if (manual) {
    const text = formatHours(manual.hours)
    warnings.push({ code: 'manualHours', message: `细则未规定此情形的折算，人工认定 ${text} 学时（原因：${manual.reason}）` })
    return { hours: manual.hours, yearMet: [], needsManualHours: false, explanation: `${head}，${outcome.detail}，人工认定 → ${text} 学时（原因：${manual.reason}）`, warnings }
  }
  const ask = facts.manualHours !== undefined ? '已填人工认定学时但未说明原因，请补充原因' : '请人工填写学时并说明原因'
  // An unknown role/level already has its own warning: say what to do rather than repeat it.
  const message =
    outcome.warnings.length > 0
      ? `需人工认定学时：如信息属实，${ask}；否则请更正角色、排名、级别或等次`
      : `需人工认定学时：${outcome.detail}；${ask}`
  warnings.push({ code: 'manualHours', message })
  return { hours: 0, yearMet: [], needsManualHours: true, explanation: `${head}，${outcome.detail}，需人工认定学时`, warnings }
}

function hoursDiffer(facts: ClaimFacts, outcome: Outcome, resolved: Resolved): RuleWarning[] {
  const stated = facts.statedHours
  if (stated === undefined || resolved.needsManualHours || outcome.status === 'missing') return []
  if (outcome.status === 'computed' && outcome.statedIsBasis) return []
  if (stated === resolved.hours) return []
  return [{ code: 'hoursDiffer', message: `申报 ${formatHours(stated)} 学时，按细则认定 ${formatHours(resolved.hours)} 学时` }]
}

function dedupe(warnings: RuleWarning[]): RuleWarning[] {
  const seen = new Set<string>()
  return warnings.filter((w) => {
    const key = `${w.code}|${w.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** Converts one claim by the rule set: hours, category, year, year-met effect, explanation, warnings. */
export function evaluateClaim(facts: ClaimFacts, options: EvaluateOptions = {}): ClaimEvaluation {
  const warnings: RuleWarning[] = []
  const clean = usableDates(facts, warnings)
  const countsInYear = decideYear(clean)
  const ruleSet = options.ruleSet ?? (countsInYear === null ? latestRuleSet() : ruleSetFor(countsInYear))
  const rule = ruleSet.kinds[facts.kind]
  const label = kindLabel(facts.kind)

  const evidence = checkEvidenceRule(rule.evidence, facts.evidence)
  if (!evidence.complete) warnings.unshift({ code: 'evidenceIncomplete', message: `材料不全，${evidence.message}` })
  const category = decideCategory(rule, clean, label, warnings)

  const outcome = clean.assessment === 'fail' ? FAILED : convert(rule.conversion, { facts: clean, ruleSet, countsInYear, label })
  const clause = outcome.clause ?? rule.conversion.clause
  const resolved = resolve(outcome, `${clause} ${label}`, clean)
  warnings.push(...resolved.warnings, ...hoursDiffer(clean, outcome, resolved), ...dateWarnings(clean, resolved.yearMet))

  return {
    ruleSetId: ruleSet.id,
    kind: facts.kind,
    hours: resolved.hours,
    category,
    countsInYear,
    yearMet: resolved.yearMet,
    clause,
    explanation: resolved.explanation,
    evidence,
    needsManualHours: resolved.needsManualHours,
    warnings: dedupe(warnings)
  }
}
