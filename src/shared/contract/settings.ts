import { z } from 'zod'
import type { AnnualPolicy } from '../domain/policy'
import type { UnitSettings } from '../domain/settings'
import { call } from './define'
import { yearSchema } from './common'

const minimum = (label: string) =>
  z.number({ error: `${label}必须是数字` }).int(`${label}以 0.1 学时为单位`).min(0, `${label}不能为负`).max(10_000, `${label}不能超过 1000 学时`)

export const settingsCalls = {
  'settings.get': call<UnitSettings>()(z.object({})),
  'settings.update': call<UnitSettings>()(
    z.object({
      unitName: z.string().trim().max(100, '单位名称不能超过 100 字').optional(),
      officerName: z.string().trim().max(50, '经办人姓名不能超过 50 字').optional()
    })
  ),
  /** The year's requirement (tenths); `isDefault` when not yet set for that year. */
  'settings.policy': call<AnnualPolicy & { isDefault: boolean }>()(z.object({ year: yearSchema })),
  'settings.setPolicy': call<AnnualPolicy>()(
    z.object({
      year: yearSchema,
      minPublic: minimum('公需科目最低学时'),
      minProfessional: minimum('专业科目最低学时'),
      minTotal: minimum('合计最低学时')
    })
  ),
  /** The year's deadline for the unit's verification (核认截止日期); null when not set. */
  'settings.deadline': call<{ deadline: string | null }>()(z.object({ year: yearSchema })),
  'settings.setDeadline': call<{ deadline: string | null }>()(
    z.object({ year: yearSchema, deadline: z.string().trim().max(20, '日期格式不正确').nullable() })
  )
}
