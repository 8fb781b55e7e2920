import { z } from 'zod'
import type { AuditEntry } from '../domain/audit'
import { call } from './define'
import { pageSchema, type Page } from './common'

const isoTime = (label: string) =>
  z.string({ error: `${label}必须是时间` }).regex(/^\d{4}-\d{2}-\d{2}([T ][\d:.]+Z?)?$/, `${label}格式应为 YYYY-MM-DD 或 ISO 时间`)

export const auditCalls = {
  'audit.list': call<Page<AuditEntry>>()(
    pageSchema.extend({
      entity: z.string().max(50).optional(),
      entityId: z.string().max(50).optional(),
      action: z.string().max(50).optional(),
      officer: z.string().max(50).optional(),
      from: isoTime('开始时间').optional(),
      to: isoTime('结束时间').optional()
    })
  )
}
