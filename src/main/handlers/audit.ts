import type { auditCalls } from '../../shared/contract/audit'
import type { Handlers } from '../transport/registry'
import { listAudit } from '../services/audit'

export const auditHandlers: Handlers<typeof auditCalls> = {
  'audit.list': ({ offset, limit, ...filter }, { app }) => listAudit(app, filter, { offset, limit })
}
