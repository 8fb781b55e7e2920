import { memo } from 'react'
import { Alert, App, Button, Card, Descriptions, Divider, Empty, Space, Spin, Tag, Tooltip } from 'antd'
import type { ClaimRecord } from '../../../../shared/domain/claimRecord'
import type { EvidenceName } from '../../../../shared/vocabulary'
import { kindLabel } from '../../../../shared/vocabulary'
import { api } from '../../api/client'
import { AttachmentPanel } from '../../components/claims/AttachmentPanel'
import { EvaluationView } from '../../components/claims/EvaluationView'
import { EvidenceChecklist } from '../../components/claims/EvidenceChecklist'
import { factsDescription, hoursText, STATUS_COLORS, statusLabel } from '../../components/claims/labels'
import { errorText } from '../../components/data/errorText'
import { useLoaded } from '../../components/data/useLoaded'
import { ClaimHistory } from './ClaimHistory'

interface Props {
  claimId: number | null
  version: number
  onDecide(action: 'approve' | 'return' | 'reject', claimId: number): void
  onOverride(claim: ClaimRecord): void
  /** After the claim changed here (evidence, attachments). */
  onChanged(): void
}

const section = (title: string) => (
  <Divider titlePlacement="start" plain style={{ margin: '12px 0 8px', fontSize: 13, fontWeight: 600 }}>
    {title}
  </Divider>
)

/** One claim in full: facts, the rules' answer, evidence, attachments previewed, history. */
export const ReviewDetail = memo(function ReviewDetail({ claimId, version, onDecide, onOverride, onChanged }: Props) {
  const { message } = App.useApp()
  const detail = useLoaded(`claim:${claimId}:${version}`, () => (claimId === null ? Promise.resolve(null) : api('claims.get', { id: claimId })))
  if (claimId === null) {
    return (
      <Card size="small">
        <Empty description="没有符合条件的申报" />
      </Card>
    )
  }
  const claim = detail.data?.id === claimId ? detail.data : null
  if (detail.error) return <Alert type="error" showIcon title={detail.error} />
  if (!claim) return <Spin style={{ margin: 24 }} />

  const setEvidence = async (name: EvidenceName, provided: boolean) => {
    const current = claim.facts.evidence
    const evidence = provided ? [...current, name] : current.filter((n) => n !== name)
    try {
      await api('claims.setEvidence', { id: claim.id, evidence: [...new Set(evidence)] })
      onChanged()
    } catch (e) {
      message.error(errorText(e))
    }
  }
  const decided = claim.status !== 'pending'
  return (
    <Card
      size="small"
      data-testid="review-detail"
      title={
        <Space size={6}>
          <span>
            #{claim.id} {claim.employeeName} · {kindLabel(claim.kind)}
          </span>
          <Tag color={STATUS_COLORS[claim.status]} data-testid="detail-status">
            {statusLabel(claim.status)}
          </Tag>
        </Space>
      }
      extra={
        <Space size={4}>
          <Tooltip title="快捷键 A">
            <Button size="small" type="primary" disabled={claim.status === 'approved'} onClick={() => onDecide('approve', claim.id)}>
              通过
            </Button>
          </Tooltip>
          <Tooltip title="快捷键 R">
            <Button size="small" disabled={claim.status === 'returned'} onClick={() => onDecide('return', claim.id)}>
              退回
            </Button>
          </Tooltip>
          <Tooltip title="快捷键 X">
            <Button size="small" danger disabled={claim.status === 'rejected'} onClick={() => onDecide('reject', claim.id)}>
              不予认定
            </Button>
          </Tooltip>
        </Space>
      }
    >
      {decided && claim.decisionReason && (
        <Alert type={claim.status === 'rejected' ? 'error' : 'warning'} showIcon title={`${statusLabel(claim.status)}原因：${claim.decisionReason}`} style={{ marginBottom: 8 }} />
      )}
      <Descriptions size="small" column={2}>
        <Descriptions.Item label="身份证号">{claim.idNumber}</Descriptions.Item>
        <Descriptions.Item label="部门">{claim.department || '—'}</Descriptions.Item>
        <Descriptions.Item label="项目名称" span={2}>
          {claim.title ?? '—'}
        </Descriptions.Item>
        {factsDescription(claim.facts).map((f) => (
          <Descriptions.Item key={f.label} label={f.label}>
            {f.value}
          </Descriptions.Item>
        ))}
        {claim.note && (
          <Descriptions.Item label="备注" span={2}>
            {claim.note}
          </Descriptions.Item>
        )}
      </Descriptions>
      {section('折算')}
      <EvaluationView
        evaluation={{ ...claim, hours: claim.computedHours }}
        extra={
          <>
            {claim.overrideHours !== null && (
              <Tooltip title={`调整理由：${claim.overrideReason ?? ''}`}>
                <Tag color="purple" style={{ marginLeft: 8 }}>
                  认定 {hoursText(claim.overrideHours)}
                </Tag>
              </Tooltip>
            )}
            <Button type="link" size="small" onClick={() => onOverride(claim)} disabled={claim.status === 'approved'}>
              调整
            </Button>
          </>
        }
      />
      {section('材料核对')}
      <EvidenceChecklist
        kind={claim.kind}
        evidence={claim.facts.evidence}
        onToggle={(name, provided) => void setEvidence(name, provided)}
        disabled={claim.status === 'approved'}
      />
      {section(`附件（${detail.data?.attachments.length ?? 0}）`)}
      <AttachmentPanel claimId={claim.id} attachments={detail.data?.attachments ?? []} onChanged={onChanged} />
      {section('处理记录')}
      <ClaimHistory claimId={claim.id} version={version} />
    </Card>
  )
})
