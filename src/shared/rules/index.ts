/** The rules engine: rule tables per province and year, and pure functions over them. */
export type {
  ClaimColumn,
  Conversion,
  EvidenceRule,
  EvidenceSetRule,
  KindRule,
  RuleSet
} from './types'
export { CLAIM_COLUMNS } from './types'
export { RULE_SETS, DEFAULT_PROVINCE, ruleSetFor, ruleSetById, latestRuleSet } from './registry'
export { HUNAN_2026 } from './hunan-2026'
export { evaluateClaim, type EvaluateOptions } from './evaluate'
export { checkEvidence, checkEvidenceRule, evidenceRequirements, type EvidenceRequirements } from './evidence'
export { describeConversion } from './convert'
export { kindInfo, kindClause, kindFields, type KindInfo } from './metadata'
export { exampleFor } from './examples'
export { claimFingerprint, duplicateWarning, type FingerprintParts } from './fingerprint'
