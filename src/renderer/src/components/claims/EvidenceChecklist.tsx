import { Checkbox, Space, Tag, Typography } from 'antd'
import type { EvidenceName, KindId } from '../../../../shared/vocabulary'
import { checkEvidence, evidenceRequirements } from '../../../../shared/rules'

interface Props {
  kind: KindId
  evidence: readonly EvidenceName[]
  /** Ticking or unticking one item; omitted → read only. */
  onToggle?: (name: EvidenceName, provided: boolean) => void
  disabled?: boolean
}

/**
 * The evidence sets of a kind (一.N): each set lists its items, alternatives side by side
 * ("培训课程表 或 培训日程安排"); a set is complete when every item has one alternative ticked,
 * and any one complete set suffices.
 */
export function EvidenceChecklist({ kind, evidence, onToggle, disabled }: Props) {
  const requirements = evidenceRequirements(kind)
  const check = checkEvidence(kind, evidence)
  const have = new Set<string>(evidence)
  const byName = new Map(check.sets.map((s) => [s.set, s]))
  return (
    <div data-testid="evidence-checklist">
      <Space size={6} style={{ marginBottom: 6 }} wrap>
        <Typography.Text type="secondary">材料要求 {requirements.clause}</Typography.Text>
        <Tag color={check.complete ? 'success' : 'error'}>{check.complete ? '材料齐全' : '材料不全'}</Tag>
      </Space>
      {requirements.sets.map((set) => {
        const missing = byName.get(set.set)?.missing.length ?? 0
        return (
          <div key={set.set} style={{ marginBottom: 6, paddingLeft: 8, borderLeft: `3px solid ${missing === 0 ? '#52c41a' : '#d9d9d9'}` }}>
            {requirements.sets.length > 1 && (
              <Typography.Text strong style={{ fontSize: 12 }}>
                第{set.set}种 {missing === 0 ? '✓ 齐全' : `（缺 ${missing} 项）`}
              </Typography.Text>
            )}
            {set.items.map((group) => (
              <div key={group.join('|')} style={{ lineHeight: '24px' }}>
                {group.map((name, i) => (
                  <span key={name}>
                    {i > 0 && <Typography.Text type="secondary"> 或 </Typography.Text>}
                    <Checkbox
                      checked={have.has(name)}
                      disabled={disabled || !onToggle}
                      onChange={(e) => onToggle?.(name as EvidenceName, e.target.checked)}
                    >
                      {name}
                    </Checkbox>
                  </span>
                ))}
              </div>
            ))}
          </div>
        )
      })}
      <Typography.Text type={check.complete ? 'success' : 'danger'} style={{ fontSize: 12 }}>
        {check.message}
      </Typography.Text>
    </div>
  )
}
