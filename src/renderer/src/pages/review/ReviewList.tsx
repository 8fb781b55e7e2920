import { Table, Tag, Tooltip } from 'antd'
import type { TableProps } from 'antd'
import type { ClaimRecord } from '../../../../shared/domain/claimRecord'
import { formatHours } from '../../../../shared/hours'
import { kindLabel } from '../../../../shared/vocabulary'
import { STATUS_COLORS, statusLabel } from '../../components/claims/labels'

interface Props {
  rows: readonly ClaimRecord[]
  total: number
  loading: boolean
  page: number
  pageSize: number
  onPage(page: number, pageSize: number): void
  cursor: number
  onCursor(index: number): void
  selected: ReadonlySet<number>
  onSelected(ids: number[], checked: boolean): void
  height: number
}

const columns: TableProps<ClaimRecord>['columns'] = [
  { key: 'id', title: '编号', dataIndex: 'id', width: 56 },
  { key: 'name', title: '姓名', dataIndex: 'employeeName', width: 72, ellipsis: true },
  { key: 'department', title: '部门', dataIndex: 'department', width: 84, ellipsis: true },
  { key: 'kind', title: '形式', width: 96, ellipsis: true, render: (_, c) => kindLabel(c.kind) },
  { key: 'title', title: '项目名称', dataIndex: 'title', ellipsis: true },
  {
    key: 'hours',
    title: '学时',
    width: 60,
    align: 'right',
    render: (_, c) =>
      c.overrideHours !== null ? (
        <Tooltip title={`折算 ${formatHours(c.computedHours)}，调整为 ${formatHours(c.overrideHours)}`}>
          <span style={{ color: '#722ed1' }}>{formatHours(c.hours)}*</span>
        </Tooltip>
      ) : (
        formatHours(c.hours)
      )
  },
  {
    key: 'evidence',
    title: '材料',
    width: 60,
    render: (_, c) => (
      <Tooltip title={c.evidenceMessage}>
        <Tag color={c.evidenceComplete ? 'success' : 'error'} style={{ marginInlineEnd: 0 }}>
          {c.evidenceComplete ? '齐全' : '不全'}
        </Tag>
      </Tooltip>
    )
  },
  {
    key: 'warnings',
    title: '警告',
    width: 48,
    align: 'center',
    render: (_, c) => {
      const n = c.warnings.filter((w) => w.code !== 'nationalBase').length
      return n ? (
        <Tooltip title={c.warnings.map((w) => w.message).join('\n')}>
          <Tag color="orange" style={{ marginInlineEnd: 0 }}>
            {n}
          </Tag>
        </Tooltip>
      ) : null
    }
  },
  {
    key: 'status',
    title: '状态',
    width: 80,
    render: (_, c) => (
      <Tag color={STATUS_COLORS[c.status]} style={{ marginInlineEnd: 0 }}>
        {statusLabel(c.status)}
      </Tag>
    )
  }
]

/** The queue: one page of claims from SQL, the cursor row highlighted, checkboxes for batches. */
export function ReviewList(p: Props) {
  return (
    <div data-testid="review-list">
      <Table<ClaimRecord>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={p.rows as ClaimRecord[]}
        loading={p.loading}
        scroll={{ x: 740, y: p.height }}
        locale={{ emptyText: p.loading ? '正在加载…' : '没有符合条件的申报。可在「学时申报」录入，或在「人员名册」导入学时申报工作簿。' }}
        rowSelection={{
          selectedRowKeys: [...p.selected],
          onSelect: (row, checked) => p.onSelected([row.id], checked),
          onSelectAll: (checked, _rows, changed) => p.onSelected(changed.map((r) => r.id), checked),
          columnWidth: 36
        }}
        rowClassName={(_, index) => (index === p.cursor ? 'review-row-current' : '')}
        onRow={(_, index) => ({ onClick: () => index !== undefined && p.onCursor(index) })}
        pagination={{
          current: p.page,
          pageSize: p.pageSize,
          total: p.total,
          size: 'small',
          showSizeChanger: true,
          // A queue of 100,000 claims: 跳至 any page, not a thousand clicks.
          showQuickJumper: true,
          pageSizeOptions: [50, 100, 200],
          showTotal: (total) => `共 ${total.toLocaleString('zh-CN')} 条`,
          onChange: p.onPage
        }}
      />
    </div>
  )
}
