import type { EmployeeInput, EmployeeStatus, Gender } from '../../../shared/domain/employee'
import { AppError } from '../../../shared/errors'
import { parseIdNumber } from '../../../shared/validators/idNumber'

/** A roster row validated and normalised: canonical 18-character ID, trimmed texts. */
export interface CleanEmployee {
  idNumber: string
  name: string
  department: string
  gender: Gender | null
  title: string | null
  titleLevel: EmployeeInput['titleLevel'] | null
  phone: string | null
  status: NonNullable<EmployeeInput['status']>
}

const text = (v: string | null | undefined): string | null => {
  const t = v?.trim()
  return t ? t : null
}

function genderFromId(value: unknown): Gender | null {
  const g = String(value)
  if (g === 'male' || g === '男') return 'male'
  if (g === 'female' || g === '女') return 'female'
  return null
}

/** Throws AppError('invalid_input') naming the field; `where` prefixes the message (e.g. "第 5 行："). */
export function cleanEmployee(input: EmployeeInput, where = ''): CleanEmployee {
  const parsed = parseIdNumber(input.idNumber)
  if (!parsed.ok) throw new AppError('invalid_input', `${where}身份证号：${parsed.message}`, { field: 'idNumber' })
  const name = input.name.trim()
  if (!name) throw new AppError('invalid_input', `${where}姓名：不能为空`, { field: 'name' })
  if (name.length > 50) throw new AppError('invalid_input', `${where}姓名：不能超过 50 字`, { field: 'name' })
  const department = input.department.trim()
  if (!department) throw new AppError('invalid_input', `${where}部门：不能为空`, { field: 'department' })
  const phone = text(input.phone)
  if (phone && !/^[0-9+\-() ]{5,20}$/.test(phone)) {
    throw new AppError('invalid_input', `${where}手机号码：「${phone}」不是有效的电话号码`, { field: 'phone' })
  }
  const derived = genderFromId(parsed.gender)
  if (input.gender && derived && input.gender !== derived) {
    throw new AppError('invalid_input', `${where}性别：与身份证号所示性别不一致`, { field: 'gender' })
  }
  return {
    idNumber: parsed.value,
    name,
    department,
    gender: input.gender ?? derived,
    title: text(input.title),
    titleLevel: input.titleLevel ?? null,
    phone,
    status: input.status ?? 'active'
  }
}

/**
 * A roster row through cleanEmployee, with the status as given (blank keeps the stored one):
 * the import prepares these in its worker thread, so the writer only looks up and writes.
 */
export interface PreparedEmployee {
  row: number
  clean: CleanEmployee
  status?: EmployeeStatus
}

/** Throws AppError('invalid_input') naming the row and field, as cleanEmployee does. */
export function prepareEmployee(input: EmployeeInput, row: number): PreparedEmployee {
  const prepared: PreparedEmployee = { row, clean: cleanEmployee(input, `第 ${row} 行：`) }
  if (input.status !== undefined) prepared.status = input.status
  return prepared
}
