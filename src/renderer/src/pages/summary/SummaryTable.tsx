import { Button, Table, Tag, Tooltip } from 'antd'
import type { TableProps } from 'antd'
import type { SummaryRow } from '../../../../shared/domain/summary'
import { formatHours } from '../../../../shared/hours'
import { maskIdNumber } from '../../../../shared/validators'

interface Props {
  rows: readonly SummaryRow[]
  total: number
  loading: boolean
  page: number
  pageSize: number
  onPage(page: number, pageSize: number): void
  selected: readonly number[]
  onSelected(ids: number[]): void
  onRecord(row: SummaryRow): void
  height: number
}

/**
 * 差额: the fewest further hours that make the year compliant (as the annual workbook states
 * it: each category's gap must be filled by that category), with the parts beside it.
 */
function shortfall(r: SummaryRow): { needed: number; parts: string } {
  const { public: pub, professional, total } = r.shortfall
  const parts: string[] = []
  if (pub > 0) parts.push(`公需差 ${formatHours(pub)}`)
  if (professional > 0) parts.push(`专业差 ${formatHours(professional)}`)
  if (total > 0) parts.push(`合计差 ${formatHours(total)}`)
  return { needed: Math.max(total, pub + professional), parts: parts.join('，') }
}

const pendingText = (r: SummaryRow): string | null => {
  const pending = r.pendingPublicHours + r.pendingProfessionalHours
  return pending > 0 ? `待审核 ${formatHours(pending)}` : null
}

const hoursCell = (value: number) => <span className="num">{formatHours(value)}</span>

/** The year's per-person table, one page from SQL at a time. */
export function SummaryTable(p: Props) {
  const columns: TableProps<SummaryRow>['columns'] = [
    { key: 'department', title: '部门', dataIndex: 'department', width: 120, ellipsis: true },
    { key: 'name', title: '姓名', dataIndex: 'name', width: 90 },
    { key: 'idNumber', title: '身份证号', width: 170, render: (_, r) => <Tooltip title={r.idNumber}>{maskIdNumber(r.idNumber)}</Tooltip> },
    { key: 'public', title: '公需', width: 70, align: 'right', render: (_, r) => hoursCell(r.publicHours) },
    { key: 'professional', title: '专业', width: 70, align: 'right', render: (_, r) => hoursCell(r.professionalHours) },
    {
      key: 'total',
      title: '合计',
      width: 110,
      align: 'right',
      render: (_, r) => (
        <span>
          <b className="num">{formatHours(r.totalHours)}</b>
          {pendingText(r) && <div style={{ fontSize: 11, color: '#999' }}>{pendingText(r)}</div>}
        </span>
      )
    },
    { key: 'yearMet', title: '视为完成', width: 80, align: 'center', render: (_, r) => (r.yearMet ? <Tag color="gold">是</Tag> : '—') },
    {
      key: 'compliant',
      title: '达标',
      width: 76,
      align: 'center',
      render: (_, r) => <Tag color={r.compliant ? 'success' : 'error'}>{r.compliant ? '达标' : '未达标'}</Tag>
    },
    {
      key: 'shortfall',
      title: '差额',
      render: (_, r) => {
        if (r.compliant) return <span style={{ color: '#999' }}>{r.yearMet ? '视为完成' : '—'}</span>
        const s = shortfall(r)
        return (
          <Tooltip title={r.message}>
            <b className="num" style={{ color: '#cf1322' }}>
              {formatHours(s.needed)}
            </b>
            <span style={{ color: '#999', fontSize: 12, marginLeft: 6 }}>{s.parts}</span>
          </Tooltip>
        )
      }
    },
    {
      key: 'actions',
      title: '操作',
      width: 110,
      render: (_, r) => (
        <Button type="link" size="small" onClick={() => p.onRecord(r)}>
          学时认定单
        </Button>
      )
    }
  ]
  return (
    <div data-testid="summary-table">
      <Table<SummaryRow>
        size="small"
        rowKey="employeeId"
        columns={columns}
        dataSource={p.rows as SummaryRow[]}
        loading={p.loading}
        scroll={{ y: p.height }}
        locale={{ emptyText: p.loading ? '正在加载…' : '没有符合条件的人员。名册为空时，请先在「人员名册」导入人员。' }}
        rowSelection={{
          selectedRowKeys: [...p.selected],
          preserveSelectedRowKeys: true,
          onChange: (keys) => p.onSelected(keys.map(Number)),
          columnWidth: 36
        }}
        pagination={{
          current: p.page,
          pageSize: p.pageSize,
          total: p.total,
          size: 'small',
          showSizeChanger: true,
          pageSizeOptions: [50, 100, 200, 500],
          showTotal: (total) => `共 ${total.toLocaleString('zh-CN')} 人`,
          onChange: p.onPage
        }}
      />
    </div>
  )
}
