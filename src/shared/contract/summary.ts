import { z } from 'zod'
import type { DepartmentSummary, SummaryRow } from '../domain/summary'
import { call } from './define'
import { idSchema, pageSchema, yearSchema, type Page } from './common'

export const summaryCalls = {
  /** The year's per-person summary, every active employee, by department then name. */
  'summary.people': call<Page<SummaryRow>>()(
    pageSchema.extend({
      year: yearSchema,
      departmentId: idSchema.optional(),
      department: z.string().trim().max(100).optional(),
      search: z.string().trim().max(100, '搜索内容不能超过 100 字').optional(),
      /** short: 仅未达标; compliant: 仅已达标. */
      compliance: z.enum(['short', 'compliant'], { error: '达标筛选应为 short 或 compliant' }).optional()
    })
  ),
  'summary.departments': call<DepartmentSummary[]>()(z.object({ year: yearSchema }))
}
