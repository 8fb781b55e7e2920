import type { AnnualPolicy, IsoDate } from '../../shared/domain'
import type { Tenths } from '../../shared/hours'
import type { Category } from '../../shared/vocabulary'

/**
 * Plain data in, files out: the report writers know nothing of the database. The store feeds
 * them rows (arrays for small lists, iterables straight off a query for the big ones).
 */

/**
 * A list that may be too big for memory: an array, an (async) iterable, or a function that
 * returns a fresh one each call. A writer that must read a list twice calls the function again
 * (or iterates the array again); a one-shot iterable is read once and the writer keeps only
 * what it needs for the second pass.
 */
export type RowSource<T> = Iterable<T> | AsyncIterable<T> | (() => Iterable<T> | AsyncIterable<T>)

/** The unit (单位) and the year a report is about. */
export interface UnitInfo {
  unitName: string
  /** 经办人: the HR officer producing the report. */
  officerName: string
  year: number
  /** The requirement applied that year. */
  policy: AnnualPolicy
}

/** One employee's year (年度学时汇总), from approved claims only. */
export interface PersonSummaryRow {
  /** Full 18-character ID number; writers mask it unless told otherwise. */
  idNumber: string
  name: string
  department: string
  /** 专业技术职务 (job title, e.g. 工程师). */
  title: string
  publicHours: Tenths
  professionalHours: Tenths
  totalHours: Tenths
  /** 视为完成: a claim covers the whole year (三援, 海外交换 ≥ 1 year). */
  yearMet: boolean
  compliant: boolean
  /** What is still short, each ≥ 0; all 0 when compliant. */
  shortfall: { public: Tenths; professional: Tenths; total: Tenths }
}

/** One approved claim (已通过的申报) as it counts in its year. */
export interface ApprovedClaimRow {
  idNumber: string
  name: string
  department: string
  /** 继续教育形式, the label users see (e.g. 培训班). */
  kindLabel: string
  /** 项目名称: course, paper, patent … */
  title: string
  startDate: IsoDate | null
  endDate: IsoDate | null
  category: Category
  hours: Tenths
  /** Conversion clause, e.g. "二.4". */
  clause: string
  /** Chinese, citing the clause. */
  explanation: string
}

/** 部门统计: one department's year. */
export interface DepartmentRow {
  department: string
  people: number
  compliant: number
  /** compliant / people, 0…1 (0 when the department is empty). */
  rate: number
}

export interface ReportOptions {
  onProgress?: (done: number, total: number, message?: string) => void
  signal?: AbortSignal
  /** Write full ID numbers; default masked (first 6 + last 4). */
  fullId?: boolean
  /** The date printed as 生成日期; default now. */
  generatedAt?: Date
  /** The CJK font for PDFs; default resources/fonts/NotoSansSC-Subset.otf. */
  fontPath?: string
}

export interface ReportResult {
  path: string
  /** PDF pages written. */
  pages?: number
  /** Workbook data rows written, all sheets. */
  rows?: number
  /** Chinese, for the officer: characters the font lacks, rows cut to fit … */
  warnings: string[]
}

/** 年度核认表 (xlsx): everything the province's platform wants, one sheet each. */
export interface AnnualWorkbookInput {
  unit: UnitInfo
  /** Every active employee, in the order the sheets should list them. */
  people: RowSource<PersonSummaryRow>
  /** Every approved claim counting in the year. */
  claims: RowSource<ApprovedClaimRow>
  /** For progress only, when the people or the claims come from an iterable of unknown length. */
  peopleCount?: number
  claimCount?: number
}

/** 单位年度学时核认报告 (PDF), for signature and stamp. */
export interface UnitReportInput {
  unit: UnitInfo
  departments: readonly DepartmentRow[]
  /** Every employee; those not compliant are listed with their shortfall. */
  people: RowSource<PersonSummaryRow>
}

/** One person's certificate: their year and the approved claims behind it. */
export interface CertificateSubject {
  summary: PersonSummaryRow
  claims: readonly ApprovedClaimRow[]
}

/** 学时证明 (PDF): one certificate per person, streamed. */
export interface CertificatesInput {
  unit: UnitInfo
  people: RowSource<CertificateSubject>
  /** For progress only, when people is an iterable of unknown length. */
  count?: number
}

/** What a certificate states; its verification code is derived from exactly this. */
export interface CertificateContent {
  unitName: string
  year: number
  /** Full ID number: the code binds the person, while the page shows it masked. */
  idNumber: string
  name: string
  department: string
  title: string
  claims: {
    kindLabel: string
    title: string
    startDate: IsoDate | null
    endDate: IsoDate | null
    category: Category
    hours: Tenths
  }[]
  publicHours: Tenths
  professionalHours: Tenths
  totalHours: Tenths
  yearMet: boolean
  compliant: boolean
}

/** A certificate written, for the caller to store so that `xueshi verify CODE` can answer. */
export interface IssuedCertificate {
  code: string
  idNumber: string
  year: number
  content: CertificateContent
}

export interface CertificateOptions extends ReportOptions {
  onIssued?: (issued: IssuedCertificate) => void
}

/** One year of a person's record. */
export interface RecordYear {
  year: number
  policy: AnnualPolicy
  summary: PersonSummaryRow
  claims: readonly ApprovedClaimRow[]
}

/** 学时认定单 (PDF): one person over several years, for a title application. */
export interface RecordInput {
  unitName: string
  officerName: string
  person: { idNumber: string; name: string; department: string; title: string }
  /** Oldest first. */
  years: readonly RecordYear[]
}
