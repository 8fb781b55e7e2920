import type { RuleSet } from '../types'
import { CONVERSION_2026 } from './conversion'
import { EVIDENCE_2026 } from './evidence'

const e = EVIDENCE_2026
const c = CONVERSION_2026

/** 湖南省 2026 年继续教育学时折算细则 (seed: 附件 of the 2026 notice). */
export const HUNAN_2026 = {
  id: 'hunan-2026',
  province: '湖南',
  year: 2026,
  title: '湖南省 2026 年继续教育学时折算细则',
  kinds: {
    training: {
      title: '参加培训班、研修班、进修班',
      category: 'asClaimed',
      evidence: e.training,
      conversion: c.training,
      fields: ['科目类别', '开始日期', '结束日期', '天数', '半天数']
    },
    practice: {
      title: '参加继续教育实践活动',
      category: 'professional',
      evidence: e.practice,
      conversion: c.practice,
      fields: ['开始日期', '结束日期', '天数', '半天数']
    },
    online: {
      title: '参加网络平台专业课程等远程教育',
      category: 'asClaimed',
      evidence: e.online,
      conversion: c.online,
      fields: ['科目类别', '结束日期', '学时']
    },
    conference: {
      title: '参加学术会议、研讨、讲座、访问、交流',
      category: 'professional',
      evidence: e.conference,
      conversion: c.conference,
      fields: ['开始日期', '结束日期', '天数', '半天数']
    },
    project: {
      title: '参加政府或行业组织课题研究与项目开发',
      category: 'professional',
      evidence: e.project,
      conversion: c.project,
      fields: ['结束日期', '级别', '角色', '排名']
    },
    book: {
      title: '出版著作（译作）或教材',
      category: 'professional',
      evidence: e.book,
      conversion: c.book,
      fields: ['结束日期', '角色', '排名']
    },
    paper: {
      title: '在国内外统一刊号刊物发表论文',
      category: 'professional',
      evidence: e.paper,
      conversion: c.paper,
      fields: ['结束日期', '角色', '排名', '数量']
    },
    invention: {
      title: '获得国家发明专利',
      category: 'professional',
      evidence: e.invention,
      conversion: c.invention,
      fields: ['结束日期', '排名']
    },
    utilityModel: {
      title: '获得国家实用新型专利',
      category: 'professional',
      evidence: e.utilityModel,
      conversion: c.utilityModel,
      fields: ['结束日期', '排名']
    },
    award: {
      title: '获科技（社科）奖项',
      category: 'professional',
      evidence: e.award,
      conversion: c.award,
      fields: ['结束日期', '级别', '等次']
    },
    skillContest: {
      title: '参加国际、国家级或省级技能大赛',
      category: 'professional',
      evidence: e.skillContest,
      conversion: c.skillContest,
      fields: ['结束日期', '级别', '等次']
    },
    sanyuan: {
      title: '参加“三援”（援藏、援疆、援外）工作任务',
      category: 'professional',
      evidence: e.sanyuan,
      conversion: c.sanyuan,
      fields: ['开始日期', '结束日期', '考核结果']
    },
    expertService: {
      title: '参加专家服务基层',
      category: 'professional',
      evidence: e.expertService,
      conversion: c.expertService,
      fields: ['开始日期', '结束日期', '角色', '天数', '半天数', '学时']
    },
    publicHealth: {
      title: '参加公共卫生事件防控一线工作',
      category: 'professional',
      evidence: e.publicHealth,
      conversion: c.publicHealth,
      fields: ['开始日期', '结束日期', '学时']
    },
    degree: {
      title: '参加学历（学位）教育',
      category: 'professional',
      evidence: e.degree,
      conversion: c.degree,
      fields: ['结束日期', '数量']
    },
    qualificationExam: {
      title: '参加专业技术人员职业资格考试',
      category: 'professional',
      evidence: e.qualificationExam,
      conversion: c.qualificationExam,
      fields: ['结束日期', '数量']
    },
    digitalExam: {
      title: '参加数字技术应用能力水平考试',
      category: 'professional',
      evidence: e.digitalExam,
      conversion: c.digitalExam,
      fields: ['结束日期', '数量']
    },
    overseas: {
      title: '参加海外交换（交流）',
      category: 'professional',
      evidence: e.overseas,
      conversion: c.overseas,
      fields: ['开始日期', '结束日期', '考核结果']
    }
  }
} as const satisfies RuleSet
