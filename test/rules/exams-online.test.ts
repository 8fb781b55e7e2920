import { describe, expect, it } from 'vitest'
import { evaluateClaim } from '../../src/shared/rules'
import { claim, codes, warningText } from './helpers'

describe('二.7 学历（学位）教育 and 二.8 考试: 30 per course or subject passed', () => {
  it.each([
    { kind: 'degree', quantity: 2, hours: 600, clause: '二.7', text: '二.7 学历教育，通过 2 门课程或考核 × 30 → 60 学时' },
    { kind: 'qualificationExam', quantity: undefined, hours: 300, clause: '二.8', text: '二.8 职业资格考试，通过 1 门考试课程 × 30 → 30 学时' },
    { kind: 'digitalExam', quantity: 3, hours: 900, clause: '二.8', text: '二.8 数字技术考试，通过 3 个科目 × 30 → 90 学时' }
  ] as const)('$kind × $quantity → $hours tenths', ({ kind, quantity, hours, clause, text }) => {
    const result = evaluateClaim(claim(kind, { quantity }))
    expect(result.hours).toBe(hours)
    expect(result.clause).toBe(clause)
    expect(result.explanation).toBe(text)
    expect(result.category).toBe('professional')
  })

  it('职业资格考试 with 公需 claimed → 专业', () => {
    expect(codes(evaluateClaim(claim('qualificationExam', { category: 'public' })))).toEqual(['categoryForced'])
  })
})

describe('一.3 网络平台远程教育: the course hours as stated', () => {
  it('12.5 学时的网络课程 (公需) → 12.5', () => {
    const result = evaluateClaim(claim('online', { statedHours: 125, category: 'public' }))
    expect(result.hours).toBe(125)
    expect(result.category).toBe('public')
    expect(result.explanation).toBe('一.3 网络课程，按课程时长 12.5 学时 → 12.5 学时')
    expect(result.warnings).toEqual([])
  })

  it('course on a 2026 national-level base platform is marked', () => {
    const result = evaluateClaim(claim('online', { statedHours: 100, category: 'professional', platform: 'https://jxjy.csust.edu.cn/course/9' }))
    expect(warningText(result, 'nationalBase')).toContain('长沙理工大学')
  })

  it('course on another platform is not marked', () => {
    const result = evaluateClaim(claim('online', { statedHours: 100, category: 'professional', platform: 'www.example.com' }))
    expect(codes(result)).toEqual([])
  })

  it('网络课程 without 课程时长 asks for it', () => {
    const result = evaluateClaim(claim('online', { category: 'professional' }))
    expect(result.hours).toBe(0)
    expect(warningText(result, 'missingFact')).toBe('缺少课程时长（学时）')
  })
})
