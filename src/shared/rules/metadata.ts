import { CATEGORIES, kindLabel, type Category, type KindId } from '../vocabulary'
import { describeConversion } from './convert'
import { latestRuleSet } from './registry'
import type { ClaimColumn, RuleSet } from './types'

export interface KindInfo {
  kind: KindId
  /** Canonical label users see: "培训班". */
  label: string
  /** The seed's wording: "参加培训班、研修班、进修班". */
  title: string
  /** 一.N of the evidence form ("—" where the seed lists none). */
  evidenceClause: string
  /** 二.N of the conversion (or the 一.N the hours follow from). */
  conversionClause: string
  /** The conversion rule in one Chinese sentence. */
  conversionText: string
  /** Categories the kind may count in: both, or 专业科目 only. */
  categories: Category[]
  /** Template columns the kind uses beyond the common ones. */
  fields: readonly ClaimColumn[]
}

export function kindInfo(kind: KindId, ruleSet: RuleSet = latestRuleSet()): KindInfo {
  const rule = ruleSet.kinds[kind]
  return {
    kind,
    label: kindLabel(kind),
    title: rule.title,
    evidenceClause: rule.evidence.clause,
    conversionClause: rule.conversion.clause,
    conversionText: describeConversion(rule.conversion),
    categories: rule.category === 'asClaimed' ? CATEGORIES.map((c) => c.id) : ['professional'],
    fields: rule.fields
  }
}

/** "一.1 / 二.1": where the seed speaks of this kind. */
export function kindClause(kind: KindId, ruleSet: RuleSet = latestRuleSet()): string {
  const rule = ruleSet.kinds[kind]
  return `${rule.evidence.clause} / ${rule.conversion.clause}`
}

export function kindFields(kind: KindId, ruleSet: RuleSet = latestRuleSet()): readonly ClaimColumn[] {
  return ruleSet.kinds[kind].fields
}
