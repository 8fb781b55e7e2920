import type { Page } from '../../../shared/contract/common'
import type { Department, Employee, EmployeeInput, EmployeeStatus } from '../../../shared/domain/employee'
import { AppError } from '../../../shared/errors'
import { maskIdNumber } from '../../../shared/validators/idNumber'
import type { AppContext } from '../../context'
import { ensureDepartmentId, findDepartmentId, listDepartments as listDepartmentRows } from '../../db/repos/departments'
import {
  countEmployees,
  findEmployeeByIdNumber,
  fromRow,
  getEmployeeRow,
  insertEmployee,
  listEmployeeRows,
  setEmployeeDeleted,
  updateEmployee,
  type EmployeeFields
} from '../../db/repos/employees'
import { appendAudit, nowIso } from '../audit'
import { cleanEmployee } from './input'

export function getEmployee(ctx: AppContext, id: number): Employee {
  const row = getEmployeeRow(ctx.db, id)
  if (!row) throw new AppError('not_found', `人员编号 ${id} 不存在`)
  return fromRow(row)
}

export function ensureDepartment(ctx: AppContext, name: string): number {
  const clean = name.trim()
  if (!clean) throw new AppError('invalid_input', '部门：不能为空')
  return ensureDepartmentId(ctx.db, clean, nowIso(ctx))
}

export function listDepartments(ctx: AppContext): Department[] {
  return listDepartmentRows(ctx.db)
}

function fieldsOf(ctx: AppContext, input: EmployeeInput): EmployeeFields {
  const c = cleanEmployee(input)
  return {
    idNumber: c.idNumber,
    name: c.name,
    gender: c.gender,
    departmentId: ensureDepartment(ctx, c.department),
    title: c.title,
    titleLevel: c.titleLevel ?? null,
    phone: c.phone,
    status: c.status
  }
}

function conflict(idNumber: string, holder: { name: string; deleted_at: string | null }): AppError {
  const where = holder.deleted_at ? '（已删除，可在“已删除人员”中恢复）' : ''
  return new AppError('conflict', `身份证号 ${maskIdNumber(idNumber)} 已属于人员「${holder.name}」${where}，不能重复登记`, { field: 'idNumber' })
}

export function addEmployee(ctx: AppContext, input: EmployeeInput): Employee {
  return ctx.db.transaction(() => {
    const fields = fieldsOf(ctx, input)
    const existing = findEmployeeByIdNumber(ctx.db, fields.idNumber)
    if (existing) throw conflict(fields.idNumber, existing)
    const id = insertEmployee(ctx.db, fields, nowIso(ctx))
    const after = getEmployee(ctx, id)
    appendAudit(ctx, { action: 'employee.add', entity: 'employee', entityId: id, after })
    return after
  })()
}

export function editEmployee(ctx: AppContext, id: number, input: EmployeeInput): Employee {
  return ctx.db.transaction(() => {
    const before = getEmployee(ctx, id)
    const fields = fieldsOf(ctx, input)
    const holder = findEmployeeByIdNumber(ctx.db, fields.idNumber)
    if (holder && holder.id !== id) throw conflict(fields.idNumber, holder)
    updateEmployee(ctx.db, id, fields, nowIso(ctx))
    const after = getEmployee(ctx, id)
    appendAudit(ctx, { action: 'employee.edit', entity: 'employee', entityId: id, before, after })
    return after
  })()
}

/** Removes a person from the roster but keeps them (and their claims) for history. */
export function softDeleteEmployee(ctx: AppContext, id: number): Employee {
  return ctx.db.transaction(() => {
    const before = getEmployee(ctx, id)
    if (before.deletedAt) throw new AppError('conflict', `人员「${before.name}」已被删除`)
    setEmployeeDeleted(ctx.db, id, nowIso(ctx), nowIso(ctx))
    const after = getEmployee(ctx, id)
    appendAudit(ctx, { action: 'employee.delete', entity: 'employee', entityId: id, before, after })
    return after
  })()
}

export function restoreEmployee(ctx: AppContext, id: number): Employee {
  return ctx.db.transaction(() => {
    const before = getEmployee(ctx, id)
    if (!before.deletedAt) throw new AppError('conflict', `人员「${before.name}」未被删除，无需恢复`)
    setEmployeeDeleted(ctx.db, id, null, nowIso(ctx))
    const after = getEmployee(ctx, id)
    appendAudit(ctx, { action: 'employee.restore', entity: 'employee', entityId: id, before, after })
    return after
  })()
}

export interface RosterFilter {
  search?: string
  departmentId?: number
  /** Department name (an unknown name matches nobody). */
  department?: string
  status?: EmployeeStatus
  includeDeleted?: boolean
}

export function listEmployees(ctx: AppContext, filter: RosterFilter, page: { offset: number; limit: number }): Page<Employee> {
  let departmentId = filter.departmentId
  if (departmentId === undefined && filter.department !== undefined) {
    departmentId = findDepartmentId(ctx.db, filter.department.trim())
    if (departmentId === undefined) return { rows: [], total: 0, offset: page.offset }
  }
  const f = { ...filter, departmentId }
  return {
    rows: listEmployeeRows(ctx.db, f, page.offset, page.limit).map(fromRow),
    total: countEmployees(ctx.db, f),
    offset: page.offset
  }
}
