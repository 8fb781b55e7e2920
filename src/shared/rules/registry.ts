import { HUNAN_2026 } from './hunan-2026'
import type { RuleSet } from './types'

/** Every rule set the program knows, one per province and year. A new year adds a row here. */
export const RULE_SETS: readonly RuleSet[] = [HUNAN_2026]

export const DEFAULT_PROVINCE = '湖南'

/**
 * The rule set for a year: that year's own table if there is one, otherwise the latest earlier
 * one (rules stay in force until replaced), otherwise the earliest. Only 湖南 2026 exists now.
 */
export function ruleSetFor(year: number, province: string = DEFAULT_PROVINCE): RuleSet {
  const own = RULE_SETS.filter((r) => r.province === province)
  const candidates = own.length > 0 ? own : RULE_SETS
  const byYear = [...candidates].sort((a, b) => a.year - b.year)
  const earlierOrSame = byYear.filter((r) => r.year <= year)
  return earlierOrSame.at(-1) ?? byYear[0] ?? HUNAN_2026
}

export function ruleSetById(id: string): RuleSet | undefined {
  return RULE_SETS.find((r) => r.id === id)
}

/** The newest rule set, for callers that know no year (a checklist before a claim has dates). */
export function latestRuleSet(province: string = DEFAULT_PROVINCE): RuleSet {
  return ruleSetFor(Number.POSITIVE_INFINITY, province)
}
