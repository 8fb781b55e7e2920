import { describe, expect, it } from 'vitest'
import { evaluateClaim } from '../../src/shared/rules'
import { claim, codes } from './helpers'

describe('二.1 培训、研讨、会议: 8 学时 a day, 4 a half day', () => {
  it.each([
    { name: '三天的专业科目研修班', kind: 'training', days: 3, halfDays: undefined, hours: 240, text: '二.1 培训班，3 天 × 8 → 24 学时' },
    { name: '只有一个半天的讲座', kind: 'conference', days: undefined, halfDays: 1, hours: 40, text: '二.1 学术会议，1 个半天 × 4 → 4 学时' },
    { name: '两个半天的培训（只填半天数）', kind: 'training', days: 0, halfDays: 2, hours: 80, text: '2 个半天 × 4 → 8 学时' },
    { name: '两天半的学术年会', kind: 'conference', days: 2, halfDays: 1, hours: 200, text: '2 天 × 8 + 1 个半天 × 4 → 20 学时' }
  ] as const)('$name → $hours tenths', ({ kind, days, halfDays, hours, text }) => {
    const result = evaluateClaim(claim(kind, { days, halfDays, category: 'professional' }))
    expect(result.hours).toBe(hours)
    expect(result.clause).toBe('二.1')
    expect(result.explanation).toContain(text)
    expect(result.warnings).toEqual([])
  })

  it('公需科目培训班 keeps 公需 (二.1 counts 公需 or 专业 as claimed)', () => {
    const result = evaluateClaim(claim('training', { days: 1, category: 'public' }))
    expect(result.category).toBe('public')
    expect(result.hours).toBe(80)
  })

  it('培训班 without 科目类别 counts as 专业 and says so', () => {
    const result = evaluateClaim(claim('training', { days: 1 }))
    expect(result.category).toBe('professional')
    expect(codes(result)).toEqual(['missingFact'])
    expect(result.warnings[0]?.message).toContain('未填科目类别')
  })

  it('培训班 with neither days nor half days: 0 hours, asks for the days', () => {
    const result = evaluateClaim(claim('training', { category: 'professional' }))
    expect(result.hours).toBe(0)
    expect(result.needsManualHours).toBe(false)
    expect(codes(result)).toEqual(['missingFact'])
    expect(result.explanation).toBe('二.1 培训班：缺少天数或半天数，暂计 0 学时')
  })

  it('1.5 天 written in 天数 is refused: half days go in 半天数', () => {
    const result = evaluateClaim(claim('training', { category: 'professional', days: 1.5 }))
    expect(result.hours).toBe(0)
    expect(result.warnings[0]?.message).toContain('天数应为不小于 0 的整数')
  })
})

describe('继续教育实践活动: not in 二, treated as 二.1 and said so', () => {
  it('两天的实践活动 → 16 学时, explanation cites 二.1 and the gap in the seed', () => {
    const result = evaluateClaim(claim('practice', { days: 2 }))
    expect(result.hours).toBe(160)
    expect(result.clause).toBe('二.1')
    expect(result.explanation).toContain('细则第二部分未规定实践活动的折算，按二.1')
    expect(result.explanation).toContain('2 天 × 8 → 16 学时')
  })

  it('公需 claimed for a 实践活动 is forced to 专业', () => {
    const result = evaluateClaim(claim('practice', { days: 1, category: 'public' }))
    expect(result.category).toBe('professional')
    expect(codes(result)).toContain('categoryForced')
  })
})

describe('学术会议 always counts 专业', () => {
  it('公需 claimed for a 学术会议 → 专业 with categoryForced', () => {
    const result = evaluateClaim(claim('conference', { days: 1, category: 'public' }))
    expect(result.category).toBe('professional')
    expect(result.warnings).toEqual([
      { code: 'categoryForced', message: '学术会议只计专业科目，申报的公需科目已按专业科目认定' }
    ])
  })
})
