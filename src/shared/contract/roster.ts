import { z } from 'zod'
import type { Department, Employee } from '../domain/employee'
import { EMPLOYEE_STATUSES, GENDERS, TITLE_LEVELS } from '../domain/employee'
import { call } from './define'
import { idSchema, pageSchema, type Page } from './common'

const ids = <T extends { id: string }>(list: readonly T[]): T['id'][] => list.map((e) => e.id)

export const employeeStatusSchema = z.enum(ids(EMPLOYEE_STATUSES), { error: '人员状态只能是在职、离职或退休' })
const genderSchema = z.enum(ids(GENDERS), { error: '性别只能是男或女' })
const titleLevelSchema = z.enum(ids(TITLE_LEVELS), { error: '职称级别只能是正高级、副高级、中级或初级' })

const optionalText = (label: string, max: number) =>
  z.string({ error: `${label}必须是文字` }).trim().max(max, `${label}不能超过 ${max} 字`).nullable().optional()

export const employeeInputSchema = z.object({
  idNumber: z.string({ error: '请填写身份证号' }).trim().min(1, '请填写身份证号').max(30, '身份证号过长'),
  name: z.string({ error: '请填写姓名' }).trim().min(1, '请填写姓名').max(50, '姓名不能超过 50 字'),
  department: z.string({ error: '请填写部门' }).trim().min(1, '请填写部门').max(100, '部门名称不能超过 100 字'),
  gender: genderSchema.nullable().optional(),
  title: optionalText('专业技术职务', 100),
  titleLevel: titleLevelSchema.nullable().optional(),
  phone: optionalText('手机号码', 20),
  status: employeeStatusSchema.optional()
})

export const rosterListInput = pageSchema.extend({
  search: z.string().trim().max(100, '搜索内容不能超过 100 字').optional(),
  departmentId: idSchema.optional(),
  department: z.string().trim().max(100).optional(),
  status: employeeStatusSchema.optional(),
  includeDeleted: z.boolean().optional()
})

const byId = z.object({ id: idSchema })

export const rosterCalls = {
  'roster.list': call<Page<Employee>>()(rosterListInput),
  'roster.get': call<Employee>()(byId),
  'roster.add': call<Employee>()(employeeInputSchema),
  'roster.edit': call<Employee>()(z.object({ id: idSchema, employee: employeeInputSchema })),
  /** Soft delete: kept for history, restorable. */
  'roster.delete': call<Employee>()(byId),
  'roster.restore': call<Employee>()(byId),
  'roster.departments': call<Department[]>()(z.object({}))
}
