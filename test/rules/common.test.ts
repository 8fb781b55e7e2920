import { describe, expect, it } from 'vitest'
import { HUNAN_2026, evaluateClaim, ruleSetFor } from '../../src/shared/rules'
import { claim, codes, warningText } from './helpers'

describe('the year a claim counts in', () => {
  it('is the year of the end date (publication, grant, completion), not the start', () => {
    const result = evaluateClaim(claim('training', { category: 'professional', days: 3, startDate: '2025-12-30', endDate: '2026-01-01', year: 2026 }))
    expect(result.countsInYear).toBe(2026)
    expect(result.warnings).toEqual([])
  })

  it('is the claimed 年度 when there is no date', () => {
    const result = evaluateClaim(claim('paper', { role: 'firstAuthor', endDate: undefined, year: 2026 }))
    expect(result.countsInYear).toBe(2026)
  })

  it('a patent granted in 2025 claimed for 2026 counts in 2025 and is flagged', () => {
    const result = evaluateClaim(claim('invention', { rank: 1, endDate: '2025-11-03', year: 2026 }))
    expect(result.countsInYear).toBe(2025)
    expect(warningText(result, 'dateOutsideYear')).toBe('结束日期 2025-11-03 不在申报年度 2026 年内，按 2025 年计')
  })

  it('an end date before the start date is flagged', () => {
    const result = evaluateClaim(claim('training', { category: 'professional', days: 1, startDate: '2026-05-02', endDate: '2026-05-01' }))
    expect(warningText(result, 'missingFact')).toContain('开始日期 2026-05-02 晚于结束日期 2026-05-01')
  })

  it('a malformed date is dropped with a warning', () => {
    const facts = claim('invention', { rank: 1, endDate: '2026-02-30', year: 2026 })
    const result = evaluateClaim(facts)
    expect(result.countsInYear).toBe(2026)
    expect(warningText(result, 'missingFact')).toContain('结束日期「2026-02-30」不是有效日期')
    // Dropped for the rules only: the claim's own facts keep what was written.
    expect(facts.endDate).toBe('2026-02-30')
  })
})

describe('hours claimed ≠ hours computed', () => {
  it('培训班 claimed 24 学时 for 3.5 days → 28 and a hoursDiffer warning', () => {
    const result = evaluateClaim(claim('training', { category: 'public', days: 3, halfDays: 1, statedHours: 240 }))
    expect(result.hours).toBe(280)
    expect(codes(result)).toEqual(['hoursDiffer'])
    expect(warningText(result, 'hoursDiffer')).toBe('申报 24 学时，按细则认定 28 学时')
  })

  it('claimed hours equal to the computed ones raise nothing', () => {
    expect(evaluateClaim(claim('award', { level: 'municipal', grade: 'first', statedHours: 300 })).warnings).toEqual([])
  })

  it('manual hours given where the seed has a rule are not taken', () => {
    const result = evaluateClaim(claim('invention', { rank: 1, manualHours: 50, manualReason: '试试' }))
    expect(result.hours).toBe(600)
    expect(warningText(result, 'manualHours')).toContain('人工填写的 5 学时未采用')
  })
})

describe('assessment 不合格', () => {
  it('a 学历教育 course failed gives nothing', () => {
    const result = evaluateClaim(claim('degree', { assessment: 'fail' }))
    expect(result.hours).toBe(0)
    expect(codes(result)).toEqual(['assessmentFailed'])
  })
})

describe('rule sets are versioned data', () => {
  it('hunan-2026 is used for 2026 and, for now, any year', () => {
    expect(ruleSetFor(2026).id).toBe('hunan-2026')
    expect(ruleSetFor(2027).id).toBe('hunan-2026')
    expect(ruleSetFor(2020, '湖南').id).toBe('hunan-2026')
    expect(evaluateClaim(claim('invention', { rank: 1 })).ruleSetId).toBe('hunan-2026')
  })

  it('an explicitly passed rule set is applied (next year is a new table)', () => {
    const next = {
      ...HUNAN_2026,
      id: 'hunan-2027',
      year: 2027,
      kinds: { ...HUNAN_2026.kinds, training: { ...HUNAN_2026.kinds.training, conversion: { method: 'perDay', clause: '二.1', perDay: 6, perHalfDay: 3 } } }
    } as const
    const result = evaluateClaim(claim('training', { category: 'public', days: 2 }), { ruleSet: next })
    expect(result.ruleSetId).toBe('hunan-2027')
    expect(result.hours).toBe(120)
  })

  it('every kind has an evidence form and a conversion', () => {
    for (const [kind, rule] of Object.entries(HUNAN_2026.kinds)) {
      expect(rule.evidence.sets.length, kind).toBeGreaterThan(0)
      expect(rule.conversion.clause, kind).toMatch(/^[一二]\./)
    }
    expect(Object.keys(HUNAN_2026.kinds)).toHaveLength(18)
  })
})
