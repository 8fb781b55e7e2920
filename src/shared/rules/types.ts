import type { EvidenceName, Grade, KindId, Level, Role } from '../vocabulary'

/**
 * The shape of a rule set: one province's conversion rules for one year, as data. Numbers in
 * tables are 学时 exactly as the seed states them (whole numbers); evaluators convert them to
 * tenths once. Next year's rules are a new table of this shape, not a code edit.
 */

/** Columns of the claims import template (申报导入模板). */
export const CLAIM_COLUMNS = [
  '身份证号', '姓名', '年度', '继续教育形式', '科目类别', '项目名称', '开始日期', '结束日期', '天数', '半天数',
  '学时', '级别', '角色', '排名', '等次', '数量', '考核结果', '已提供材料', '备注'
] as const
export type ClaimColumn = (typeof CLAIM_COLUMNS)[number]

/** One set of evidence (一.N (1) / (2)): every group is required, any name within a group will do. */
export interface EvidenceSetRule {
  /** "(1)", "(2)" as in the seed. */
  set: string
  /** Groups of alternatives: [['培训课程表', '培训日程安排']] = 培训课程表 or 培训日程安排. */
  items: readonly (readonly EvidenceName[])[]
}

export interface EvidenceRule {
  /** "一.1"; "—" where the seed lists no evidence form. */
  clause: string
  /** Any one complete set suffices. */
  sets: readonly EvidenceSetRule[]
  /** Said alongside the check, e.g. that the seed lists no evidence for the kind. */
  note?: string
}

/** 8 a day, 4 a half day (二.1). */
export interface PerDayConversion {
  method: 'perDay'
  clause: string
  perDay: number
  perHalfDay: number
  /** Said in the explanation, e.g. why 二.1 applies to a kind 二 does not name. */
  note?: string
}

/** The hours stated on the claim (online course: 课程时长). */
export interface StatedHoursConversion {
  method: 'statedHours'
  clause: string
  /** What the stated hours are, in Chinese: "课程时长". */
  basis: string
}

/** 课题 (二.2): hours by level and role; 主要完成人 are the signatories ranked in a window. */
export interface ProjectConversion {
  method: 'project'
  clause: string
  /** Levels users may write that mean a level of the table (国家级 is 省部级以上). */
  levelAliases: Partial<Record<Level, Level>>
  levels: Partial<Record<Level, Partial<Record<Role, number>>>>
  /** Ranks that may be 主要完成人 (除主持人外署名前三 = 2nd–4th). */
  mainContributorRanks: { from: number; to: number }
}

/** 著作 / 论文 (二.3): hours by authorship; the role follows from rank when not given. */
export interface AuthorshipConversion {
  method: 'authorship'
  clause: string
  roles: Partial<Record<Role, number>>
  /** Role assumed from rank when none is given: rank 1 → first, other ranks → other. */
  rankRoles: { first: Role; other: Role }
  /** Per paper (× 数量) or one per claim. */
  perItem: boolean
  /** Counting word shown with 数量: "篇". */
  unit: string
}

export interface RankBand {
  from: number
  /** Inclusive; null = no upper bound. */
  to: number | null
  hours: number
  /** Chinese, for the explanation: "独立或排名第一". */
  label: string
  /** Said as a warning when this band applies (e.g. the seed grants nothing). */
  warning?: string
}

/** 专利 (二.4): hours by rank on the certificate; 独立 (sole) counts as rank 1. */
export interface RankBandsConversion {
  method: 'rankBands'
  clause: string
  bands: readonly RankBand[]
}

/** 奖项 / 技能大赛 (二.5, 二.10, 二.11): hours by level and grade; a level may cite its own clause. */
export interface GradeByLevelConversion {
  method: 'gradeByLevel'
  clause: string
  levelAliases: Partial<Record<Level, Level>>
  levels: Partial<Record<Level, { clause: string; grades: Partial<Record<Grade, number>> }>>
}

/** 三援 / 海外交换 (二.6, 二.9): a posting long enough, assessed 合格, counts as the year's 90. */
export interface PostingConversion {
  method: 'posting'
  clause: string
  /** What the posting is called in explanations: "外派", "海外交换". */
  noun: string
  minMonths: number
  /** Postings longer than this cover every calendar year they touch; null = only their year. */
  allYearsAboveMonths: number | null
  /** 视为完成当年继续教育 90 学时. */
  yearHours: number
}

/** 专家服务基层 (二.6): on site by the day, online by the hours actually served. */
export interface ServiceConversion {
  method: 'service'
  clause: string
  onSitePerDay: number
  onSitePerHalfDay: number
  /** Said when half days are counted (二.6 names only whole days). */
  halfDayNote: string
}

/** 学历教育 / 考试 (二.7, 二.8): so many hours per course or subject passed (× 数量). */
export interface PerItemConversion {
  method: 'perItem'
  clause: string
  hoursPerItem: number
  /** "门课程或考核", "科". */
  unit: string
}

/** The seed gives no conversion: hours by hand, with a reason. */
export interface ManualConversion {
  method: 'manual'
  clause: string
  reason: string
}

export type Conversion =
  | PerDayConversion
  | StatedHoursConversion
  | ProjectConversion
  | AuthorshipConversion
  | RankBandsConversion
  | GradeByLevelConversion
  | PostingConversion
  | ServiceConversion
  | PerItemConversion
  | ManualConversion

export interface KindRule {
  /** The seed's name for the form: "参加培训班、研修班、进修班". */
  title: string
  /** 'asClaimed': 公需 or 专业 as claimed; 'professional': always 专业科目. */
  category: 'asClaimed' | 'professional'
  evidence: EvidenceRule
  conversion: Conversion
  /** Template columns this kind uses beyond the common ones. */
  fields: readonly ClaimColumn[]
}

export interface RuleSet {
  /** "hunan-2026" */
  id: string
  province: string
  year: number
  /** Chinese title shown in the app. */
  title: string
  kinds: Readonly<Record<KindId, KindRule>>
}
