import type { Tenths } from '../hours'
import type { TitleLevel } from './employee'

/** One person's year (年度学时汇总). Approved hours count; pending is shown beside. */
export interface SummaryRow {
  employeeId: number
  idNumber: string
  name: string
  department: string
  /** 专业技术职务, for the annual workbook. */
  title: string | null
  titleLevel: TitleLevel | null
  publicHours: Tenths
  professionalHours: Tenths
  totalHours: Tenths
  pendingPublicHours: Tenths
  pendingProfessionalHours: Tenths
  /** 视为完成当年继续教育90学时. */
  yearMet: boolean
  compliant: boolean
  /** Shared by rows with the same hours, hence read-only. */
  shortfall: Readonly<{ public: Tenths; professional: Tenths; total: Tenths }>
  /** Chinese, from the policy check. */
  message: string
}

export interface DepartmentSummary {
  department: string
  people: number
  compliant: number
  /** compliant / people, 0..1 (0 when nobody). */
  rate: number
}

/**
 * Counts people and those compliant per department as rows pass by, in the order departments
 * first appear (the summary streams people in department order): one pass serves a report's
 * people and its department table.
 */
export function departmentTally(): { add(row: { department: string; compliant: boolean }): void; result(): DepartmentSummary[] } {
  const byDepartment = new Map<string, DepartmentSummary>()
  return {
    add(row) {
      let d = byDepartment.get(row.department)
      if (!d) {
        d = { department: row.department, people: 0, compliant: 0, rate: 0 }
        byDepartment.set(row.department, d)
      }
      d.people++
      if (row.compliant) d.compliant++
    },
    result: () => [...byDepartment.values()].map((d) => ({ ...d, rate: d.people === 0 ? 0 : d.compliant / d.people }))
  }
}
