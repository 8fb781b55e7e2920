import { describe, expect, it } from 'vitest'
import { checkEvidence, evaluateClaim, evidenceRequirements } from '../../src/shared/rules'
import type { EvidenceName, KindId } from '../../src/shared/vocabulary'
import { KIND_IDS } from '../../src/shared/vocabulary'
import { claim, warningText } from './helpers'

interface Case {
  name: string
  kind: KindId
  evidence: EvidenceName[]
  complete: boolean
  set?: string
}

/** Each evidence form 一.1–一.11, each of its sets, with alternatives. */
const CASES: Case[] = [
  { name: '一.1(1) 通知 + 课程表 + 签到表', kind: 'training', evidence: ['培训通知', '培训课程表', '培训签到表'], complete: true, set: '(1)' },
  { name: '一.1(1) 通知 + 日程安排 + 其他签到形式', kind: 'training', evidence: ['培训通知', '培训日程安排', '其他签到形式'], complete: true, set: '(1)' },
  { name: '一.1(2) 签到表 + 结业证书', kind: 'training', evidence: ['培训签到表', '结业证书'], complete: true, set: '(2)' },
  { name: '一.1(2) 日程安排 + 结业证书', kind: 'training', evidence: ['培训日程安排', '结业证书'], complete: true, set: '(2)' },
  { name: '一.1 结业证书 alone', kind: 'training', evidence: ['结业证书'], complete: false },
  { name: '一.2(1) 实践活动通知 + 派出通知', kind: 'practice', evidence: ['实践活动通知', '派出通知'], complete: true, set: '(1)' },
  { name: '一.2(2) 实践报名表 + 实践活动日志', kind: 'practice', evidence: ['实践报名表', '实践活动日志'], complete: true, set: '(2)' },
  { name: '一.2 报名表 + 派出通知 completes neither', kind: 'practice', evidence: ['实践报名表', '派出通知'], complete: false },
  { name: '一.3 课程内容 + 结业证书', kind: 'online', evidence: ['课程内容', '结业证书'], complete: true, set: '(1)' },
  { name: '一.3 课程时长 without a certificate', kind: 'online', evidence: ['课程时长'], complete: false },
  { name: '一.4(1) 邀请函 + 参会回执 + 学习笔记', kind: 'conference', evidence: ['邀请函', '参会回执', '学习笔记'], complete: true, set: '(1)' },
  { name: '一.4(1) 会议通知 + 参会回执 + 学习资料', kind: 'conference', evidence: ['会议通知', '参会回执', '学习资料'], complete: true, set: '(1)' },
  { name: '一.4(2) 财务报账单', kind: 'conference', evidence: ['财务报账单'], complete: true, set: '(2)' },
  { name: '一.4(2) 会议通讯录', kind: 'conference', evidence: ['会议通讯录'], complete: true, set: '(2)' },
  { name: '一.5 结题证明', kind: 'project', evidence: ['结题证明'], complete: true, set: '(1)' },
  { name: '一.6 著作: 封面 + 版权页 + 目录', kind: 'book', evidence: ['著作封面', '版权页', '目录'], complete: true, set: '(1)' },
  { name: '一.6 著作 without 版权页', kind: 'book', evidence: ['著作封面', '目录'], complete: false },
  { name: '一.6 论文: 刊物封面 + 刊号 + 目录', kind: 'paper', evidence: ['刊物封面', '刊号', '目录'], complete: true, set: '(1)' },
  { name: '一.7 发明专利证书', kind: 'invention', evidence: ['专利证书'], complete: true, set: '(1)' },
  { name: '一.7 实用新型专利证书', kind: 'utilityModel', evidence: ['专利证书'], complete: true, set: '(1)' },
  { name: '一.8 获奖证书', kind: 'award', evidence: ['获奖证书'], complete: true, set: '(1)' },
  { name: '一.9 三援: 派遣通知 + 考核表', kind: 'sanyuan', evidence: ['派遣通知', '考核表'], complete: true, set: '(1)' },
  { name: '一.9 专家服务: 派遣通知 only', kind: 'expertService', evidence: ['派遣通知'], complete: false },
  { name: '一.9 公共卫生: 派遣通知 + 考核表', kind: 'publicHealth', evidence: ['派遣通知', '考核表'], complete: true, set: '(1)' },
  { name: '一.10 学历教育: 成绩单', kind: 'degree', evidence: ['成绩单'], complete: true, set: '(1)' },
  { name: '一.10 职业资格考试: 成绩单', kind: 'qualificationExam', evidence: ['成绩单'], complete: true, set: '(1)' },
  { name: '一.10 数字技术考试: 合格证书', kind: 'digitalExam', evidence: ['合格证书'], complete: true, set: '(1)' },
  { name: '一.10 数字技术考试: 成绩单 is not its evidence', kind: 'digitalExam', evidence: ['成绩单'], complete: false },
  { name: '一.11 邀请函 + 回执', kind: 'overseas', evidence: ['邀请函', '回执'], complete: true, set: '(1)' },
  { name: '一.11 邀请函 + 邀请方结业证书', kind: 'overseas', evidence: ['邀请函', '结业证书'], complete: true, set: '(1)' },
  { name: '一.11 学习资料 without 邀请函', kind: 'overseas', evidence: ['学习资料'], complete: false }
]

describe('一 evidence forms', () => {
  it.each(CASES)('$name → complete: $complete', ({ kind, evidence, complete, set }) => {
    const check = checkEvidence(kind, evidence)
    expect(check.complete).toBe(complete)
    expect(check.satisfiedSet).toBe(complete ? set : null)
  })

  it('培训班 with only a 结业证书 names what is missing and which set it would complete', () => {
    const check = checkEvidence('training', ['结业证书'])
    expect(check.clause).toBe('一.1')
    expect(check.sets).toEqual([
      { set: '(1)', missing: ['培训通知', '培训课程表或培训日程安排', '培训签到表或其他签到形式'] },
      { set: '(2)', missing: ['培训通知或培训签到表或培训课程表或培训日程安排'] }
    ])
    expect(check.message).toBe('缺少：培训通知或培训签到表或培训课程表或培训日程安排（可补齐第(2)种）')
  })

  it('an incomplete claim still converts, with an evidenceIncomplete warning', () => {
    const result = evaluateClaim(claim('training', { category: 'professional', days: 2, evidence: ['培训通知'] }))
    expect(result.hours).toBe(160)
    expect(warningText(result, 'evidenceIncomplete')).toBe('材料不全，缺少：结业证书（可补齐第(2)种）')
  })

  it('single-set form names its clause', () => {
    expect(checkEvidence('sanyuan', []).message).toBe('缺少：派遣通知、考核表（一.9 所需材料）')
  })

  it('complete with two sets says which one', () => {
    expect(checkEvidence('training', ['培训签到表', '结业证书']).message).toBe('材料齐全（第(2)种）')
  })

  it('evidenceRequirements gives the checklist with alternatives for every kind', () => {
    for (const kind of KIND_IDS) expect(evidenceRequirements(kind).sets.length).toBeGreaterThan(0)
    expect(evidenceRequirements('training')).toEqual({
      clause: '一.1',
      sets: [
        { set: '(1)', items: [['培训通知'], ['培训课程表', '培训日程安排'], ['培训签到表', '其他签到形式']] },
        { set: '(2)', items: [['培训通知', '培训签到表', '培训课程表', '培训日程安排'], ['结业证书']] }
      ]
    })
    expect(evidenceRequirements('skillContest').note).toContain('未列技能大赛')
  })
})
