import type { ClaimFacts } from '../../src/shared/domain/claim'

/** 3-day 培训班 with evidence set (1) complete: 24 学时 专业 in 2026 (二.1). */
export function trainingFacts(overrides: Partial<ClaimFacts> = {}): ClaimFacts {
  return {
    kind: 'training',
    category: 'professional',
    startDate: '2026-03-01',
    endDate: '2026-03-03',
    days: 3,
    evidence: ['培训通知', '培训课程表', '培训签到表'],
    ...overrides
  }
}

/** A parsed claim row without its fingerprint (checked for form here), for comparing the rest whole. */
export function unkeyed<T extends { fingerprint: string }>(row: T): Omit<T, 'fingerprint'> {
  const { fingerprint, ...rest } = row
  if (!/^[0-9a-f]{16}$/.test(fingerprint)) throw new Error(`not a fingerprint: ${fingerprint}`)
  return rest
}
