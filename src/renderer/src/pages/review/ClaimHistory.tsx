import { Empty, Spin, Timeline, Typography } from 'antd'
import dayjs from 'dayjs'
import type { AuditEntry } from '../../../../shared/domain/audit'
import { CLAIM_STATUSES } from '../../../../shared/domain/claimRecord'
import { formatHours } from '../../../../shared/hours'
import { api } from '../../api/client'
import { auditActionLabel } from '../../components/claims/labels'
import { useLoaded } from '../../components/data/useLoaded'

interface Snapshot {
  status?: string
  overrideHours?: number | null
  decisionReason?: string | null
  overrideReason?: string | null
}

const statusText = (s: unknown): string | undefined => CLAIM_STATUSES.find((c) => c.id === s)?.label

/** What changed, in a few words: "待审核 → 已退回；原因：…". */
function change(entry: AuditEntry): string {
  const before = (entry.before ?? {}) as Snapshot
  const after = (entry.after ?? {}) as Snapshot
  const parts: string[] = []
  const from = statusText(before.status)
  const to = statusText(after.status)
  if (from && to && from !== to) parts.push(`${from} → ${to}`)
  // Only a review decision carries the override on both sides; a new claim has no "before".
  if ('overrideHours' in before && 'overrideHours' in after && before.overrideHours !== after.overrideHours) {
    const hours = (h: number | null | undefined) => (h === null || h === undefined ? '按折算' : `${formatHours(h)} 学时`)
    parts.push(`认定学时：${hours(before.overrideHours)} → ${hours(after.overrideHours)}`)
  }
  const reason = after.decisionReason ?? after.overrideReason
  if (reason && reason !== before.decisionReason && reason !== before.overrideReason) parts.push(`原因：${reason}`)
  return parts.join('；')
}

/** The claim's history from the audit log, newest first. */
export function ClaimHistory({ claimId, version }: { claimId: number; version: number }) {
  const log = useLoaded(`audit:${claimId}:${version}`, () => api('audit.list', { entity: 'claim', entityId: String(claimId), limit: 50 }))
  if (log.error) return <Typography.Text type="danger">{log.error}</Typography.Text>
  if (!log.data) return <Spin size="small" />
  if (log.data.rows.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无记录" />
  return (
    <Timeline
      data-testid="claim-history"
      items={log.data.rows.map((e) => ({
        key: e.id,
        content: (
          <div style={{ fontSize: 12 }}>
            <Typography.Text strong style={{ fontSize: 12 }}>
              {auditActionLabel(e.action)}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 8 }}>
              {dayjs(e.at).format('YYYY-MM-DD HH:mm')}
              {e.officer ? ` · ${e.officer}` : ''}
            </Typography.Text>
            {change(e) && <div>{change(e)}</div>}
          </div>
        )
      }))}
    />
  )
}
