import { describe, expect, it } from 'vitest'
import { evaluateClaim } from '../../src/shared/rules'
import { claim, codes, warningText } from './helpers'

describe('二.2 课题研究与项目开发, in the year of completion', () => {
  it.each([
    { name: '省级课题主持人（排名第1）', level: 'provincialOrAbove', role: 'host', rank: 1, hours: 600, text: '省部级及以上，主持人（排名第1） → 60 学时' },
    { name: '省级课题第2名主要完成人', level: 'provincialOrAbove', role: 'mainContributor', rank: 2, hours: 300, text: '省部级及以上，主要完成人（排名第2） → 30 学时' },
    { name: '省级课题第3名主要完成人', level: 'provincialOrAbove', role: 'mainContributor', rank: 3, hours: 300, text: '省部级及以上，主要完成人（排名第3） → 30 学时' },
    { name: '省级课题第4名主要完成人（署名前三的最后一位）', level: 'provincialOrAbove', role: 'mainContributor', rank: 4, hours: 300, text: '省部级及以上，主要完成人（排名第4） → 30 学时' },
    { name: '省级课题其他参与人', level: 'provincialOrAbove', role: 'participant', rank: 6, hours: 100, text: '省部级及以上，其他参与人（排名第6） → 10 学时' },
    { name: '国家级课题主持人按省部级以上', level: 'national', role: 'host', rank: undefined, hours: 600, text: '国家级（按省部级及以上），主持人 → 60 学时' },
    { name: '市厅级课题主持人', level: 'municipal', role: 'host', rank: 1, hours: 300, text: '市厅级，主持人（排名第1） → 30 学时' },
    { name: '市厅级课题其他参与人', level: 'municipal', role: 'participant', rank: 3, hours: 100, text: '市厅级，其他参与人（排名第3） → 10 学时' }
  ] as const)('$name → $hours tenths', ({ level, role, rank, hours, text }) => {
    const result = evaluateClaim(claim('project', { level, role, rank, endDate: '2026-12-01' }))
    expect(result.hours).toBe(hours)
    expect(result.clause).toBe('二.2')
    expect(result.category).toBe('professional')
    expect(result.countsInYear).toBe(2026)
    expect(result.explanation).toContain(`二.2 课题项目，${text}`)
    expect(result.warnings).toEqual([])
  })

  it('省级课题第5名填“主要完成人”: beyond 署名前三, counts as participant with a warning', () => {
    const result = evaluateClaim(claim('project', { level: 'provincialOrAbove', role: 'mainContributor', rank: 5 }))
    expect(result.hours).toBe(100)
    expect(codes(result)).toEqual(['unknownRoleOrRank'])
    expect(warningText(result, 'unknownRoleOrRank')).toContain('排名第5按其他参与人计')
  })

  it('市厅级课题没有主要完成人: treated as 其他参与人 10 with a warning', () => {
    const result = evaluateClaim(claim('project', { level: 'municipal', role: 'mainContributor', rank: 2 }))
    expect(result.hours).toBe(100)
    expect(result.explanation).toContain('市厅级，其他参与人')
    expect(warningText(result, 'unknownRoleOrRank')).toBe('市厅级课题不设主要完成人，按其他参与人计')
  })

  it.each([
    { rank: 1, hours: 600, role: '主持人' },
    { rank: 4, hours: 300, role: '主要完成人' },
    { rank: 5, hours: 100, role: '其他参与人' }
  ])('省级课题 without a role, ranked $rank → $role', ({ rank, hours, role }) => {
    const result = evaluateClaim(claim('project', { level: 'provincialOrAbove', rank }))
    expect(result.hours).toBe(hours)
    expect(result.explanation).toContain(`${role}（排名第${rank}），未填角色，按排名认定`)
  })

  it('市厅级课题 without a role, ranked 2nd → 其他参与人', () => {
    expect(evaluateClaim(claim('project', { level: 'municipal', rank: 2 })).hours).toBe(100)
  })

  it('课题 without a level asks for it', () => {
    const result = evaluateClaim(claim('project', { role: 'host' }))
    expect(result.hours).toBe(0)
    expect(warningText(result, 'missingFact')).toContain('缺少课题级别')
  })

  it('课题 with an author role: the seed has no hours for it', () => {
    const result = evaluateClaim(claim('project', { level: 'municipal', role: 'firstAuthor' }))
    expect(result.hours).toBe(0)
    expect(result.needsManualHours).toBe(true)
    expect(warningText(result, 'unknownRoleOrRank')).toContain('课题项目不适用角色「第一作者」')
  })
})

describe('二.3 出版著作（译作）或教材, in the year of publication', () => {
  it.each([
    { name: '独著', role: 'soleAuthor', rank: undefined, hours: 600 },
    { name: '第一作者', role: 'firstAuthor', rank: 1, hours: 600 },
    { name: '其他作者（第2名）', role: 'otherAuthor', rank: 2, hours: 300 },
    { name: '未填角色、排名第1', role: undefined, rank: 1, hours: 600 },
    { name: '未填角色、排名第3', role: undefined, rank: 3, hours: 300 }
  ] as const)('$name → $hours tenths', ({ role, rank, hours }) => {
    const result = evaluateClaim(claim('book', { role, rank, endDate: '2026-08-01' }))
    expect(result.hours).toBe(hours)
    expect(result.explanation).toMatch(/^二\.3 出版著作，/)
  })

  it('two books in one claim: only one counts, asks to split', () => {
    const result = evaluateClaim(claim('book', { role: 'firstAuthor', quantity: 2 }))
    expect(result.hours).toBe(600)
    expect(warningText(result, 'unknownRoleOrRank')).toContain('请分条申报')
  })
})

describe('二.3 发表论文, per paper, in the year published', () => {
  it.each([
    { name: '独立作者 1 篇', role: 'soleAuthor', quantity: undefined, hours: 300, text: '独立作者，1 篇 × 30 → 30 学时' },
    { name: '第一作者 2 篇', role: 'firstAuthor', quantity: 2, hours: 600, text: '第一作者，2 篇 × 30 → 60 学时' },
    { name: '通讯作者 1 篇', role: 'correspondingAuthor', quantity: 1, hours: 300, text: '通讯作者，1 篇 × 30 → 30 学时' },
    { name: '其他作者 3 篇', role: 'otherAuthor', quantity: 3, hours: 300, text: '其他作者，3 篇 × 10 → 30 学时' }
  ] as const)('$name → $hours tenths', ({ role, quantity, hours, text }) => {
    const result = evaluateClaim(claim('paper', { role, quantity }))
    expect(result.hours).toBe(hours)
    expect(result.explanation).toContain(`二.3 发表论文，${text}`)
  })

  it('论文 ranked 2nd without a role → 其他作者 10', () => {
    expect(evaluateClaim(claim('paper', { rank: 2 })).hours).toBe(100)
  })

  it('论文 with neither role nor rank asks for them', () => {
    const result = evaluateClaim(claim('paper'))
    expect(result.hours).toBe(0)
    expect(warningText(result, 'missingFact')).toContain('缺少作者角色')
  })

  it('论文 with 数量 0 is refused', () => {
    const result = evaluateClaim(claim('paper', { role: 'firstAuthor', quantity: 0 }))
    expect(result.hours).toBe(0)
    expect(warningText(result, 'missingFact')).toContain('数量应为正整数')
  })
})
