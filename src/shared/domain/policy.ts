import type { Tenths } from '../hours'

/** The annual requirement of one year; editable per year in settings. */
export interface AnnualPolicy {
  year: number
  /** 公需科目 minimum. */
  minPublic: Tenths
  /** 专业科目 minimum. */
  minProfessional: Tenths
  /** 合计 minimum. */
  minTotal: Tenths
}

export interface HoursByCategory {
  public: Tenths
  professional: Tenths
}

export interface ComplianceResult {
  compliant: boolean
  /** 视为完成: a year-met claim covers this year. */
  yearMet: boolean
  /** What is still short, each ≥ 0 (all 0 when compliant). */
  shortfall: { public: Tenths; professional: Tenths; total: Tenths }
  /** Chinese: "已达标" / "视为完成当年学时" / "公需科目差 5 学时，合计差 5 学时". */
  message: string
}
