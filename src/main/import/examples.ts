import type { KindId } from '../../shared/vocabulary'
import type { ClaimColumn, RosterColumn } from './columns'

/**
 * Example rows shown on the template's 填写说明 sheet, one per kind of continuing education,
 * written the way an officer fills the data sheet (labels, not ids). Every row is valid input
 * for the reader; a test imports them.
 */
export type ExampleRow<K extends string> = Partial<Record<K, string | number>>

const ID = '430102199003071234'
const NAME = '张三'

export const ROSTER_EXAMPLE: ExampleRow<RosterColumn> = {
  name: NAME,
  idNumber: ID,
  gender: '男',
  department: '心内科',
  title: '主治医师',
  titleLevel: '中级',
  phone: '13800138000',
  status: '在职'
}

const person = { idNumber: ID, name: NAME, year: 2026 }

export const CLAIM_EXAMPLES: Record<KindId, ExampleRow<ClaimColumn>> = {
  training: {
    ...person,
    kind: '培训班',
    category: '专业科目',
    title: '心血管疾病诊疗新进展研修班',
    startDate: '2026-03-09',
    endDate: '2026-03-11',
    days: 2,
    halfDays: 1,
    evidence: '培训通知、培训课程表、培训签到表'
  },
  practice: { ...person, kind: '实践活动', title: '基层医院临床实践', startDate: '2026-04-01', endDate: '2026-04-05', days: 5, evidence: '实践活动通知、派出通知' },
  online: { ...person, kind: '网络课程', category: '公需科目', title: '数字经济与创新驱动发展', endDate: '2026-05-20', hours: 12, evidence: '课程时长、结业证书' },
  conference: {
    ...person,
    kind: '学术会议',
    title: '全国心血管学术年会',
    startDate: '2026-06-12',
    endDate: '2026-06-13',
    days: 1,
    halfDays: 1,
    evidence: '邀请函、参会回执、学习笔记'
  },
  project: { ...person, kind: '课题项目', title: '高血压社区管理研究', endDate: '2026-09-30', level: '省部级及以上', role: '主要完成人', rank: 2, evidence: '结题证明' },
  book: { ...person, kind: '出版著作', title: '临床心电图学', endDate: '2026-08-01', role: '第一作者', evidence: '著作封面、版权页、目录' },
  paper: { ...person, kind: '发表论文', title: '某药物治疗心衰的临床观察', endDate: '2026-07-15', role: '通讯作者', quantity: 1, evidence: '刊物封面、刊号、目录' },
  invention: { ...person, kind: '发明专利', title: '一种心电监护装置', endDate: '2026-10-08', rank: 2, evidence: '专利证书' },
  utilityModel: { ...person, kind: '实用新型专利', title: '一种便携式输液架', endDate: '2026-03-20', rank: 1, evidence: '专利证书' },
  award: { ...person, kind: '科技奖项', title: '湖南省科学技术进步奖', endDate: '2026-12-01', level: '省部级及以上', grade: '二等奖', evidence: '获奖证书' },
  skillContest: { ...person, kind: '技能大赛', title: '全省护理技能大赛', endDate: '2026-11-10', level: '省级', grade: '金奖', evidence: '获奖证书' },
  sanyuan: {
    ...person,
    kind: '三援',
    title: '援疆医疗队',
    startDate: '2026-01-01',
    endDate: '2026-06-30',
    assessment: '合格',
    evidence: '派遣通知、考核表'
  },
  expertService: { ...person, kind: '专家服务基层', title: '乡镇卫生院义诊', startDate: '2026-05-08', endDate: '2026-05-09', days: 2, role: '现场', evidence: '派遣通知、考核表' },
  publicHealth: {
    ...person,
    kind: '公共卫生防控',
    title: '传染病疫情防控一线',
    startDate: '2026-02-01',
    endDate: '2026-02-28',
    hours: 40,
    evidence: '派遣通知、考核表',
    remark: '细则未规定折算办法，由单位认定学时'
  },
  degree: { ...person, kind: '学历教育', title: '在职硕士研究生课程', endDate: '2026-07-01', quantity: 2, evidence: '成绩单' },
  qualificationExam: { ...person, kind: '职业资格考试', title: '一级建造师（两科）', endDate: '2026-09-20', quantity: 2, evidence: '成绩单' },
  digitalExam: { ...person, kind: '数字技术考试', title: '数字技术应用能力水平考试', endDate: '2026-06-28', quantity: 1, evidence: '合格证书' },
  overseas: {
    ...person,
    kind: '海外交换',
    title: '某大学访问学者',
    startDate: '2025-09-01',
    endDate: '2026-08-31',
    assessment: '合格',
    evidence: '邀请函、结业证书'
  }
}
