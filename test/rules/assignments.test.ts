import { describe, expect, it } from 'vitest'
import { evaluateClaim } from '../../src/shared/rules'
import { claim, codes, warningText } from './helpers'

describe('二.6 三援（援藏、援疆、援外）', () => {
  it('援疆正好 6 个月、考核合格 → 视为完成当年 90 学时', () => {
    const result = evaluateClaim(claim('sanyuan', { startDate: '2026-01-01', endDate: '2026-06-30', assessment: 'pass' }))
    expect(result.hours).toBe(900)
    expect(result.yearMet).toEqual([2026])
    expect(result.countsInYear).toBe(2026)
    expect(result.explanation).toBe(
      '二.6 三援，外派 2026-01-01 至 2026-06-30（满 6 个月），考核合格 → 视为完成 2026 年度继续教育 90 学时'
    )
    expect(result.warnings).toEqual([])
  })

  it('援藏 across New Year, 9 months → the year it ends in', () => {
    const result = evaluateClaim(claim('sanyuan', { startDate: '2025-10-01', endDate: '2026-06-30', assessment: 'pass' }))
    expect(result.yearMet).toEqual([2026])
  })

  it('援外 of exactly 12 months is not "over a year": only its year', () => {
    const result = evaluateClaim(claim('sanyuan', { startDate: '2025-07-01', endDate: '2026-06-30', assessment: 'pass' }))
    expect(result.yearMet).toEqual([2026])
  })

  it('援疆 spanning three calendar years (2024-07 … 2026-06) → every year of the posting', () => {
    const result = evaluateClaim(claim('sanyuan', { startDate: '2024-07-01', endDate: '2026-06-30', assessment: 'pass', year: 2025 }))
    expect(result.yearMet).toEqual([2024, 2025, 2026])
    expect(result.hours).toBe(900)
    expect(result.explanation).toContain('视为完成外派期间 2024、2025、2026 年度继续教育 90 学时')
    // The claimed 2025 lies inside the posting: no date warning.
    expect(codes(result)).not.toContain('dateOutsideYear')
  })

  it('援藏 4 个月: the seed is silent → the officer enters hours by hand', () => {
    const result = evaluateClaim(claim('sanyuan', { startDate: '2026-01-01', endDate: '2026-04-30', assessment: 'pass' }))
    expect(result.hours).toBe(0)
    expect(result.yearMet).toEqual([])
    expect(result.needsManualHours).toBe(true)
    expect(result.explanation).toContain('不足 6 个月，细则未规定此情形的学时')
    expect(warningText(result, 'manualHours')).toContain('请人工填写学时并说明原因')
  })

  it('援藏 4 个月 with hours entered by hand and a reason', () => {
    const result = evaluateClaim(
      claim('sanyuan', { startDate: '2026-01-01', endDate: '2026-04-30', assessment: 'pass', manualHours: 400, manualReason: '按实际工作量认定' })
    )
    expect(result.hours).toBe(400)
    expect(result.needsManualHours).toBe(false)
    expect(result.explanation).toContain('人工认定 → 40 学时（原因：按实际工作量认定）')
    expect(warningText(result, 'manualHours')).toContain('原因：按实际工作量认定')
  })

  it('manual hours without a reason are not taken', () => {
    const result = evaluateClaim(claim('sanyuan', { startDate: '2026-01-01', endDate: '2026-02-28', manualHours: 400, manualReason: '  ' }))
    expect(result.hours).toBe(0)
    expect(result.needsManualHours).toBe(true)
    expect(warningText(result, 'manualHours')).toContain('未说明原因')
  })

  it('三援 assessed 不合格: nothing counts', () => {
    const result = evaluateClaim(claim('sanyuan', { startDate: '2026-01-01', endDate: '2026-06-30', assessment: 'fail' }))
    expect(result.hours).toBe(0)
    expect(result.yearMet).toEqual([])
    expect(codes(result)).toEqual(['assessmentFailed'])
    expect(result.explanation).toContain('考核不合格 → 不予折算（0 学时）')
  })

  it('三援 without an assessment result asks for it', () => {
    const result = evaluateClaim(claim('sanyuan', { startDate: '2026-01-01', endDate: '2026-06-30' }))
    expect(result.yearMet).toEqual([])
    expect(warningText(result, 'missingFact')).toContain('缺少考核结果')
  })

  it('三援 without dates asks for them', () => {
    const result = evaluateClaim(claim('sanyuan', { endDate: undefined, assessment: 'pass' }))
    expect(warningText(result, 'missingFact')).toBe('缺少外派的开始日期和结束日期')
  })
})

describe('二.9 海外交换（交流）', () => {
  it('一年的海外交换、考核合格 → 视为完成当年 90 学时', () => {
    const result = evaluateClaim(claim('overseas', { startDate: '2025-09-01', endDate: '2026-08-31', assessment: 'pass' }))
    expect(result.yearMet).toEqual([2026])
    expect(result.hours).toBe(900)
    expect(result.clause).toBe('二.9')
    expect(result.explanation).toContain('满 12 个月')
  })

  it('半年的海外交换: under a year, the seed is silent → manual', () => {
    const result = evaluateClaim(claim('overseas', { startDate: '2026-01-01', endDate: '2026-06-30', assessment: 'pass' }))
    expect(result.yearMet).toEqual([])
    expect(result.needsManualHours).toBe(true)
    expect(result.explanation).toContain('不足 12 个月')
  })
})

describe('二.6 专家服务基层', () => {
  it('现场服务 3 天 → 24 学时', () => {
    const result = evaluateClaim(claim('expertService', { role: 'onSite', days: 3 }))
    expect(result.hours).toBe(240)
    expect(result.explanation).toBe('二.6 专家服务基层，现场服务 3 天 × 8 → 24 学时')
  })

  it('现场服务 with a half day counts it as 4, saying 二.6 names only days', () => {
    const result = evaluateClaim(claim('expertService', { role: 'onSite', days: 1, halfDays: 1 }))
    expect(result.hours).toBe(120)
    expect(result.explanation).toContain('二.6 只规定现场服务每天 8 学时')
  })

  it('线上服务 counts the hours actually served (stated), no hoursDiffer', () => {
    const result = evaluateClaim(claim('expertService', { role: 'online', statedHours: 65 }))
    expect(result.hours).toBe(65)
    expect(result.explanation).toContain('线上服务，按实际服务时间 6.5 学时')
    expect(result.warnings).toEqual([])
  })

  it('线上服务 without hours asks for them', () => {
    expect(warningText(evaluateClaim(claim('expertService', { role: 'online' })), 'missingFact')).toContain('实际服务学时')
  })

  it('no role but days given → on site, said in the explanation', () => {
    const result = evaluateClaim(claim('expertService', { days: 2 }))
    expect(result.hours).toBe(160)
    expect(result.explanation).toContain('未填服务方式，按现场计')
  })
})

describe('公共卫生事件防控一线: no conversion in the seed', () => {
  it('always needs hours by hand', () => {
    const result = evaluateClaim(claim('publicHealth', { statedHours: 300 }))
    expect(result.needsManualHours).toBe(true)
    expect(result.hours).toBe(0)
    expect(warningText(result, 'manualHours')).toContain('细则未规定公共卫生事件防控一线工作的学时折算')
    expect(codes(result)).not.toContain('hoursDiffer')
  })

  it('hours by hand with a reason are taken and flagged', () => {
    const result = evaluateClaim(claim('publicHealth', { manualHours: 200, manualReason: '单位研究决定按 20 学时认定' }))
    expect(result.hours).toBe(200)
    expect(result.clause).toBe('一.9')
    expect(codes(result)).toEqual(['manualHours'])
  })
})
