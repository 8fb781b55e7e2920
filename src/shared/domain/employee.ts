/** Roster vocabulary: stored ids, the labels users see, and synonyms the importer accepts. */
export const EMPLOYEE_STATUSES = [
  { id: 'active', label: '在职', synonyms: ['在岗'] },
  { id: 'left', label: '离职', synonyms: ['调离'] },
  { id: 'retired', label: '退休', synonyms: [] }
] as const
export type EmployeeStatus = (typeof EMPLOYEE_STATUSES)[number]['id']

/** 职称级别. */
export const TITLE_LEVELS = [
  { id: 'senior', label: '正高级', synonyms: ['正高'] },
  { id: 'associateSenior', label: '副高级', synonyms: ['副高'] },
  { id: 'intermediate', label: '中级', synonyms: [] },
  { id: 'junior', label: '初级', synonyms: [] }
] as const
export type TitleLevel = (typeof TITLE_LEVELS)[number]['id']

export const GENDERS = [
  { id: 'male', label: '男', synonyms: [] },
  { id: 'female', label: '女', synonyms: [] }
] as const
export type Gender = (typeof GENDERS)[number]['id']

/** One person on the roster (人员名册), as the screens and exports see them. */
export interface Employee {
  id: number
  /** 身份证号, normalised to 18 characters. */
  idNumber: string
  name: string
  gender: Gender | null
  departmentId: number | null
  /** 部门 name, '' when none. */
  department: string
  /** 专业技术职务. */
  title: string | null
  titleLevel: TitleLevel | null
  phone: string | null
  status: EmployeeStatus
  /** Set when soft-deleted (removed from the roster but kept for history). */
  deletedAt: string | null
  createdAt: string
  updatedAt: string
}

/** What a form or an import row gives for one person. */
export interface EmployeeInput {
  idNumber: string
  name: string
  department: string
  gender?: Gender | null
  title?: string | null
  titleLevel?: TitleLevel | null
  phone?: string | null
  status?: EmployeeStatus
}

export interface Department {
  id: number
  name: string
  /** People on the roster (not deleted). */
  people: number
}

export interface UpsertCounts {
  added: number
  updated: number
  unchanged: number
}
