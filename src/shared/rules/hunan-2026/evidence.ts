import type { KindId } from '../../vocabulary'
import type { EvidenceRule } from '../types'

/** 一、继续教育形式及学时核认所需材料 (湖南 2026), one entry per kind. */
export const EVIDENCE_2026 = {
  training: {
    clause: '一.1',
    sets: [
      { set: '(1)', items: [['培训通知'], ['培训课程表', '培训日程安排'], ['培训签到表', '其他签到形式']] },
      { set: '(2)', items: [['培训通知', '培训签到表', '培训课程表', '培训日程安排'], ['结业证书']] }
    ]
  },
  practice: {
    clause: '一.2',
    sets: [
      { set: '(1)', items: [['实践活动通知'], ['派出通知']] },
      { set: '(2)', items: [['实践活动通知', '实践报名表'], ['实践活动日志']] }
    ]
  },
  online: { clause: '一.3', sets: [{ set: '(1)', items: [['课程时长', '课程内容'], ['结业证书']] }] },
  conference: {
    clause: '一.4',
    sets: [
      // "学习笔记等资料": other study material of the kind counts as well.
      { set: '(1)', items: [['邀请函', '会议通知'], ['参会回执'], ['学习笔记', '学习资料']] },
      { set: '(2)', items: [['会议通讯录', '邮件回执', '财务报账单', '其他辅证材料']] }
    ]
  },
  project: { clause: '一.5', sets: [{ set: '(1)', items: [['结题证明']] }] },
  book: { clause: '一.6', sets: [{ set: '(1)', items: [['著作封面'], ['版权页'], ['目录']] }] },
  paper: { clause: '一.6', sets: [{ set: '(1)', items: [['刊物封面'], ['刊号'], ['目录']] }] },
  invention: { clause: '一.7', sets: [{ set: '(1)', items: [['专利证书']] }] },
  utilityModel: { clause: '一.7', sets: [{ set: '(1)', items: [['专利证书']] }] },
  award: { clause: '一.8', sets: [{ set: '(1)', items: [['获奖证书']] }] },
  skillContest: {
    clause: '—',
    sets: [{ set: '(1)', items: [['获奖证书']] }],
    note: '细则第一部分未列技能大赛的核认材料，按获奖证书核对'
  },
  sanyuan: { clause: '一.9', sets: [{ set: '(1)', items: [['派遣通知'], ['考核表']] }] },
  expertService: { clause: '一.9', sets: [{ set: '(1)', items: [['派遣通知'], ['考核表']] }] },
  publicHealth: { clause: '一.9', sets: [{ set: '(1)', items: [['派遣通知'], ['考核表']] }] },
  degree: { clause: '一.10', sets: [{ set: '(1)', items: [['成绩单']] }] },
  qualificationExam: { clause: '一.10', sets: [{ set: '(1)', items: [['成绩单']] }] },
  digitalExam: { clause: '一.10', sets: [{ set: '(1)', items: [['合格证书']] }] },
  overseas: { clause: '一.11', sets: [{ set: '(1)', items: [['邀请函'], ['回执', '学习资料', '结业证书']] }] }
} as const satisfies Record<KindId, EvidenceRule>
