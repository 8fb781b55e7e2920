import { EMPLOYEE_STATUSES, GENDERS, TITLE_LEVELS } from '../../../../shared/domain/employee'
import type { EmployeeStatus, Gender, TitleLevel } from '../../../../shared/domain/employee'

const labelOf = <T extends string>(list: readonly { id: T; label: string }[]) => {
  const map = new Map<string, string>(list.map((e) => [e.id, e.label]))
  return (id: T | null | undefined): string => (id ? (map.get(id) ?? id) : '')
}

export const statusLabel = labelOf<EmployeeStatus>(EMPLOYEE_STATUSES)
export const genderLabel = labelOf<Gender>(GENDERS)
export const titleLevelLabel = labelOf<TitleLevel>(TITLE_LEVELS)

export const STATUS_COLOR: Record<EmployeeStatus, string> = { active: 'green', left: 'default', retired: 'blue' }

export const optionsOf = <T extends string>(list: readonly { id: T; label: string }[]) =>
  list.map((e) => ({ value: e.id, label: e.label }))
