import type { EvidenceCheck, EvidenceSetCheck } from '../domain/claim'
import type { EvidenceName, KindId } from '../vocabulary'
import { latestRuleSet } from './registry'
import type { EvidenceRule, RuleSet } from './types'

/** A group of alternatives as officers read it: "培训课程表或培训日程安排". */
const groupLabel = (group: readonly string[]): string => group.join('或')

function setsCheck(rule: EvidenceRule, evidence: readonly EvidenceName[]): EvidenceSetCheck[] {
  const have = new Set<string>(evidence)
  return rule.sets.map((s) => ({
    set: s.set,
    missing: s.items.filter((group) => !group.some((name) => have.has(name))).map(groupLabel)
  }))
}

function withNote(message: string, note: string | undefined): string {
  return note ? `${message}（${note}）` : message
}

/** Checks the evidence against the rule's sets: any one complete set suffices (一.N). */
export function checkEvidenceRule(rule: EvidenceRule, evidence: readonly EvidenceName[]): EvidenceCheck {
  const sets = setsCheck(rule, evidence)
  const single = sets.length === 1
  const satisfied = sets.find((s) => s.missing.length === 0)
  if (satisfied) {
    const message = single ? '材料齐全' : `材料齐全（第${satisfied.set}种）`
    return { clause: rule.clause, complete: true, satisfiedSet: satisfied.set, sets, message: withNote(message, rule.note) }
  }
  // Name what is missing for the set(s) closest to complete, and which set each would complete.
  const fewest = Math.min(...sets.map((s) => s.missing.length))
  const closest = sets.filter((s) => s.missing.length === fewest)
  const message = closest
    .map((s) => `缺少：${s.missing.join('、')}（${single ? `${rule.clause} 所需材料` : `可补齐第${s.set}种`}）`)
    .join('；或')
  return { clause: rule.clause, complete: false, satisfiedSet: null, sets, message: withNote(message, rule.note) }
}

export function checkEvidence(kind: KindId, evidence: readonly EvidenceName[], ruleSet?: RuleSet): EvidenceCheck {
  const rules = ruleSet ?? latestRuleSet()
  return checkEvidenceRule(rules.kinds[kind].evidence, evidence)
}

export interface EvidenceRequirements {
  clause: string
  sets: { set: string; items: string[][] }[]
  note?: string
}

/** The evidence sets of a kind as plain data, for a UI checklist. */
export function evidenceRequirements(kind: KindId, ruleSet?: RuleSet): EvidenceRequirements {
  const rule = (ruleSet ?? latestRuleSet()).kinds[kind].evidence
  return {
    clause: rule.clause,
    sets: rule.sets.map((s) => ({ set: s.set, items: s.items.map((group) => [...group]) })),
    ...(rule.note ? { note: rule.note } : {})
  }
}
