import { memo } from 'react'
import { Checkbox, Input, Select, Space } from 'antd'
import type { ClaimStatus } from '../../../../shared/domain/claimRecord'
import { CLAIM_STATUSES } from '../../../../shared/domain/claimRecord'
import type { KindId } from '../../../../shared/vocabulary'
import { KINDS } from '../../../../shared/vocabulary'
import { api } from '../../api/client'
import { useLoaded } from '../../components/data/useLoaded'

export interface ReviewFilter {
  status?: ClaimStatus
  kind?: KindId
  departmentId?: number
  hasWarnings?: boolean
  search?: string
}

/** Filters of the queue: status, kind, department, warnings, and a search. Memoised: the queue re-renders with every page. */
export const ReviewFilters = memo(function ReviewFilters({ value, onChange }: { value: ReviewFilter; onChange(next: ReviewFilter): void }) {
  const departments = useLoaded('departments', () => api('roster.departments', {}))
  const set = (patch: Partial<ReviewFilter>) => onChange({ ...value, ...patch })
  return (
    <Space wrap size={8}>
      <Select<ClaimStatus | 'all'>
        data-testid="filter-status"
        style={{ width: 120 }}
        value={value.status ?? 'all'}
        onChange={(s) => set({ status: s === 'all' ? undefined : s })}
        options={[{ value: 'all', label: '全部状态' }, ...CLAIM_STATUSES.map((s) => ({ value: s.id, label: s.label }))]}
      />
      <Select<KindId | 'all'>
        style={{ width: 140 }}
        value={value.kind ?? 'all'}
        onChange={(k) => set({ kind: k === 'all' ? undefined : k })}
        options={[{ value: 'all', label: '全部形式' }, ...KINDS.map((k) => ({ value: k.id, label: k.label }))]}
        showSearch={{ optionFilterProp: 'label' }}
      />
      <Select<number | 'all'>
        style={{ width: 150 }}
        value={value.departmentId ?? 'all'}
        onChange={(d) => set({ departmentId: d === 'all' ? undefined : d })}
        options={[{ value: 'all', label: '全部部门' }, ...(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))]}
        showSearch={{ optionFilterProp: 'label' }}
      />
      <Checkbox checked={value.hasWarnings === true} onChange={(e) => set({ hasWarnings: e.target.checked ? true : undefined })}>
        只看有警告
      </Checkbox>
      <Input.Search
        allowClear
        style={{ width: 220 }}
        placeholder="姓名、身份证号或项目名称"
        onSearch={(s) => set({ search: s.trim() || undefined })}
      />
    </Space>
  )
})
