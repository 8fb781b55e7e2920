/** One line of the append-only audit log (操作日志). */
export interface AuditEntry {
  id: number
  at: string
  officer: string
  action: string
  entity: string
  entityId: string | null
  before: unknown
  after: unknown
}
