import type { ClaimFacts, WarningCode } from '../../src/shared/domain'
import { HUNAN_2026 } from '../../src/shared/rules'
import type { EvidenceName, KindId } from '../../src/shared/vocabulary'
import type { ClaimEvaluation } from '../../src/shared/domain'

/** The first complete evidence set of a kind, so a case tests one thing at a time. */
export function fullEvidence(kind: KindId): EvidenceName[] {
  return (HUNAN_2026.kinds[kind].evidence.sets[0]?.items ?? []).map((group) => group[0]).filter((n) => n !== undefined)
}

/** A claim of 2026 with complete evidence, plus the facts of the case. */
export function claim(kind: KindId, facts: Partial<ClaimFacts> = {}): ClaimFacts {
  return { kind, year: 2026, endDate: '2026-06-30', evidence: fullEvidence(kind), ...facts }
}

export function codes(evaluation: ClaimEvaluation): WarningCode[] {
  return evaluation.warnings.map((w) => w.code)
}

export function warningText(evaluation: ClaimEvaluation, code: WarningCode): string {
  return evaluation.warnings
    .filter((w) => w.code === code)
    .map((w) => w.message)
    .join('\n')
}
