import type { Tenths } from '../hours'
import type { Assessment, Category, EvidenceName, Grade, KindId, Level, Role } from '../vocabulary'

/** An ISO calendar date, YYYY-MM-DD. */
export type IsoDate = string

/**
 * The facts of one claim (申报) that the rules need: plain data, as typed by the officer or read
 * from a workbook after normalisation. Everything optional but the kind and the evidence list,
 * because real claims arrive incomplete and the engine must say what is missing.
 */
export interface ClaimFacts {
  kind: KindId
  /** 科目类别 as claimed; the engine decides the category actually recognised. */
  category?: Category
  /** 年度 as claimed; blank means the year of the end date. */
  year?: number
  startDate?: IsoDate
  endDate?: IsoDate
  /** 天数: whole days. */
  days?: number
  /** 半天数: half days. */
  halfDays?: number
  /** 学时 as stated on the claim (course hours, online service hours, or simply claimed). */
  statedHours?: Tenths
  level?: Level
  role?: Role
  /** 排名: 1 = first. */
  rank?: number
  grade?: Grade
  /** 数量: papers, courses, exam subjects; default 1. */
  quantity?: number
  assessment?: Assessment
  /** 已提供材料, canonical names. */
  evidence: readonly EvidenceName[]
  /** Online platform host or name, to mark courses taken at a national-level base. */
  platform?: string
  /** Hours entered by hand where the seed has no conversion; needs manualReason. */
  manualHours?: Tenths
  manualReason?: string
}

export type WarningCode =
  | 'evidenceIncomplete' // 材料不全
  | 'hoursDiffer' // 申报学时与折算学时不一致
  | 'possibleDuplicate' // 疑似重复申报
  | 'manualHours' // 细则未规定，需人工认定
  | 'dateOutsideYear' // 日期不在申报年度内
  | 'unknownRoleOrRank' // 该形式不适用的角色/排名/级别
  | 'categoryForced' // 申报公需，但该形式只计专业科目
  | 'missingFact' // 缺少折算所需信息（天数、排名…）
  | 'assessmentFailed' // 考核不合格
  | 'nationalBase' // 国家级继续教育基地平台课程 (informational)

export interface RuleWarning {
  code: WarningCode
  /** Chinese, for the officer. */
  message: string
}

export interface EvidenceSetCheck {
  /** e.g. "(1)" / "(2)" as in the seed. */
  set: string
  /** Items of this set still missing; alternatives written "培训课程表或培训日程安排". */
  missing: string[]
}

export interface EvidenceCheck {
  /** Clause of the evidence form, e.g. "一.1". */
  clause: string
  complete: boolean
  /** The set that is complete, if any. */
  satisfiedSet: string | null
  /** For each set, what it still lacks (empty when complete). */
  sets: EvidenceSetCheck[]
  /** Chinese summary: "材料齐全（第(2)种）" or "缺少：结业证书（可补齐第(2)种）". */
  message: string
}

/** What the rules engine says of one claim. */
export interface ClaimEvaluation {
  /** Rule set applied, e.g. "hunan-2026". */
  ruleSetId: string
  kind: KindId
  /** Hours computed (or entered by hand when the seed is silent). */
  hours: Tenths
  category: Category
  /** The year the claim counts in (completion, publication, grant, award); null when unknown. */
  countsInYear: number | null
  /** Calendar years this claim makes compliant outright (视为完成当年继续教育90学时). */
  yearMet: number[]
  /** Conversion clause, e.g. "二.4". */
  clause: string
  /** Chinese, citing the clause: "二.4 发明专利，排名第2 → 30 学时". */
  explanation: string
  evidence: EvidenceCheck
  /** The seed gives no conversion here and no manual hours (with a reason) were entered. */
  needsManualHours: boolean
  warnings: RuleWarning[]
}
