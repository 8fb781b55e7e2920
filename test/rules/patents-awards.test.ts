import { describe, expect, it } from 'vitest'
import { evaluateClaim } from '../../src/shared/rules'
import { claim, codes, warningText } from './helpers'

describe('二.4 专利, in the year granted', () => {
  it.each([
    { kind: 'invention', rank: 1, hours: 600, label: '发明专利' },
    { kind: 'invention', rank: 2, hours: 300, label: '发明专利' },
    { kind: 'invention', rank: 3, hours: 300, label: '发明专利' },
    { kind: 'invention', rank: 4, hours: 100, label: '发明专利' },
    { kind: 'invention', rank: 5, hours: 100, label: '发明专利' },
    { kind: 'utilityModel', rank: 1, hours: 300, label: '实用新型专利' },
    { kind: 'utilityModel', rank: 2, hours: 100, label: '实用新型专利' },
    { kind: 'utilityModel', rank: 3, hours: 100, label: '实用新型专利' }
  ] as const)('$label 排名第$rank → $hours tenths', ({ kind, rank, hours, label }) => {
    const result = evaluateClaim(claim(kind, { rank, endDate: '2026-07-20' }))
    expect(result.hours).toBe(hours)
    expect(result.explanation).toContain(`二.4 ${label}，排名第${rank}`)
    expect(result.explanation).toContain(`→ ${hours / 10} 学时`)
    expect(result.warnings).toEqual([])
  })

  it.each([4, 5])('实用新型专利 排名第%i gets 0 and says the seed grants nothing', (rank) => {
    const result = evaluateClaim(claim('utilityModel', { rank }))
    expect(result.hours).toBe(0)
    expect(result.needsManualHours).toBe(false)
    expect(result.explanation).toContain(`排名第${rank}（排名第四及以后，细则未规定学时） → 0 学时`)
    expect(warningText(result, 'unknownRoleOrRank')).toContain('实用新型专利只规定独立或排名前三者的学时')
  })

  it('发明专利 独立 (sole) counts as rank 1', () => {
    const result = evaluateClaim(claim('invention', { role: 'soleAuthor' }))
    expect(result.hours).toBe(600)
    expect(result.explanation).toContain('独立（独立或排名第一）')
  })

  it('专利 without a rank asks for it', () => {
    const result = evaluateClaim(claim('invention'))
    expect(result.hours).toBe(0)
    expect(codes(result)).toEqual(['missingFact'])
  })

  it('公需 claimed for a 发明专利 is forced to 专业', () => {
    const result = evaluateClaim(claim('invention', { rank: 1, category: 'public' }))
    expect(result.category).toBe('professional')
    expect(codes(result)).toEqual(['categoryForced'])
  })
})

describe('二.5 科技（社科）奖项, in the year awarded', () => {
  it.each([
    { level: 'provincialOrAbove', grade: 'first', hours: 600 },
    { level: 'provincialOrAbove', grade: 'second', hours: 300 },
    { level: 'provincialOrAbove', grade: 'third', hours: 100 },
    { level: 'national', grade: 'first', hours: 600 },
    { level: 'municipal', grade: 'first', hours: 300 },
    { level: 'municipal', grade: 'second', hours: 100 },
    { level: 'municipal', grade: 'third', hours: 50 }
  ] as const)('$level $grade → $hours tenths', ({ level, grade, hours }) => {
    const result = evaluateClaim(claim('award', { level, grade }))
    expect(result.hours).toBe(hours)
    expect(result.clause).toBe('二.5')
    expect(result.explanation).toMatch(/^二\.5 科技奖项，/)
  })

  it('市厅级三等奖 explanation reads as an officer would', () => {
    expect(evaluateClaim(claim('award', { level: 'municipal', grade: 'third' })).explanation).toBe('二.5 科技奖项，市厅级三等奖 → 5 学时')
  })

  it('科技奖项 with a 金奖: not a grade of 二.5', () => {
    const result = evaluateClaim(claim('award', { level: 'municipal', grade: 'gold' }))
    expect(result.hours).toBe(0)
    expect(warningText(result, 'unknownRoleOrRank')).toContain('没有「金奖」这一等次')
  })

  it('科技奖项 without a grade asks for it', () => {
    expect(warningText(evaluateClaim(claim('award', { level: 'municipal' })), 'missingFact')).toBe('缺少获奖等次')
  })
})

describe('二.10 / 二.11 技能大赛', () => {
  it.each([
    { level: 'international', grade: 'gold', hours: 600, clause: '二.10' },
    { level: 'national', grade: 'silver', hours: 300, clause: '二.10' },
    { level: 'national', grade: 'bronze', hours: 100, clause: '二.10' },
    { level: 'provincial', grade: 'gold', hours: 300, clause: '二.11' },
    { level: 'provincial', grade: 'silver', hours: 100, clause: '二.11' },
    { level: 'provincial', grade: 'bronze', hours: 50, clause: '二.11' }
  ] as const)('$level $grade → $hours tenths ($clause)', ({ level, grade, hours, clause }) => {
    const result = evaluateClaim(claim('skillContest', { level, grade }))
    expect(result.hours).toBe(hours)
    expect(result.clause).toBe(clause)
    expect(result.explanation).toMatch(new RegExp(`^${clause.replace('.', '\\.')} 技能大赛，`))
  })

  it('市级技能大赛: the seed is silent → manual hours', () => {
    const result = evaluateClaim(claim('skillContest', { level: 'municipal', grade: 'gold' }))
    expect(result.needsManualHours).toBe(true)
    expect(result.hours).toBe(0)
    expect(codes(result)).toEqual(['unknownRoleOrRank', 'manualHours'])
  })

  it('技能大赛 evidence is a 获奖证书, noting the seed lists none', () => {
    const result = evaluateClaim(claim('skillContest', { level: 'provincial', grade: 'gold', evidence: [] }))
    expect(result.evidence.complete).toBe(false)
    expect(result.evidence.message).toContain('缺少：获奖证书')
    expect(result.evidence.message).toContain('细则第一部分未列技能大赛的核认材料')
  })
})
