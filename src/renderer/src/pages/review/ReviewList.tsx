import { memo, useCallback, useMemo, type KeyboardEvent } from 'react'
import { Pagination, Table, Tag } from 'antd'
import type { TableProps } from 'antd'
import type { ClaimRecord } from '../../../../shared/domain/claimRecord'
import { formatHours } from '../../../../shared/hours'
import { kindLabel } from '../../../../shared/vocabulary'
import { STATUS_COLORS, statusLabel } from '../../components/claims/labels'
import { HoverTooltip } from '../../components/HoverTooltip'

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

// The cells beyond plain text are memoised on their values: rows are updated in place (see
// QueueTable), and most claims on a page share their status, evidence and warnings, so most of
// these skip rendering when a new page arrives. Their tooltips are mounted on first hover.
const Hours = memo(function Hours({ hours, computed, override }: { hours: number; computed: number; override: number | null }) {
  return override !== null ? (
    <HoverTooltip title={`折算 ${formatHours(computed)}，调整为 ${formatHours(override)}`}>
      <span style={{ color: '#722ed1' }}>{formatHours(hours)}*</span>
    </HoverTooltip>
  ) : (
    formatHours(hours)
  )
})

const Evidence = memo(function Evidence({ complete, message }: { complete: boolean; message: string }) {
  return (
    <HoverTooltip title={message}>
      <Tag color={complete ? 'success' : 'error'} style={{ marginInlineEnd: 0 }}>
        {complete ? '齐全' : '不全'}
      </Tag>
    </HoverTooltip>
  )
})

const Warnings = memo(function Warnings({ count, text }: { count: number; text: string }) {
  return count ? (
    <HoverTooltip title={text}>
      <Tag color="orange" style={{ marginInlineEnd: 0 }}>
        {count}
      </Tag>
    </HoverTooltip>
  ) : null
})

const Status = memo(function Status({ status }: { status: ClaimRecord['status'] }) {
  return (
    <Tag color={STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {statusLabel(status)}
    </Tag>
  )
})

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
    render: (_, c) => <Hours hours={c.hours} computed={c.computedHours} override={c.overrideHours} />
  },
  {
    key: 'evidence',
    title: '材料',
    width: 60,
    render: (_, c) => <Evidence complete={c.evidenceComplete} message={c.evidenceMessage} />
  },
  {
    key: 'warnings',
    title: '警告',
    width: 48,
    align: 'center',
    render: (_, c) => (
      <Warnings count={c.warnings.filter((w) => w.code !== 'nationalBase').length} text={c.warnings.map((w) => w.message).join('\n')} />
    )
  },
  { key: 'status', title: '状态', width: 80, render: (_, c) => <Status status={c.status} /> }
]

const NONE: number[] = []
/** The selected claims' places on the page; the same array while none are, as antd re-renders the table when the array changes. */
const keysOf = (rows: readonly ClaimRecord[], selected: ReadonlySet<number>): number[] => {
  const keys = selected.size ? rows.flatMap((r, i) => (selected.has(r.id) ? [i] : [])) : NONE
  return keys.length ? keys : NONE
}

type QueueProps = Omit<Props, 'total' | 'page' | 'pageSize' | 'onPage'>

/**
 * The queue: one page of claims from SQL, the cursor row highlighted, checkboxes for batches.
 * The pager sits outside the table: antd re-renders every row and cell whenever <Table> itself
 * re-renders, so a page change re-renders only the pager until the page's rows arrive.
 */
export const ReviewList = memo(function ReviewList({ total, page, pageSize, onPage, ...queue }: Props) {
  // 跳至 as Enter goes down: antd's pager jumps only when the key comes back up (a tenth of a
  // second later when typed), and then finds the page already shown. Its clamping is kept.
  const jumpOnPress = (e: KeyboardEvent<HTMLDivElement>) => {
    const input = e.target
    if (e.key !== 'Enter' || e.nativeEvent.isComposing || !(input instanceof HTMLInputElement)) return
    if (!input.closest('.ant-pagination-options-quick-jumper') || !/^\d+$/.test(input.value)) return
    const to = Math.min(Math.max(Number(input.value), 1), Math.max(1, Math.ceil(total / pageSize)))
    if (to !== page) onPage(to, pageSize)
  }
  return (
    <div data-testid="review-list" onKeyDownCapture={jumpOnPress}>
      <QueueTable {...queue} />
      {total > 0 && (
        // Laid out as the table's own pager was (antd's .ant-table-pagination: 16 px above and below).
        <Pagination
          align="end"
          style={{ margin: '16px 0', flexWrap: 'wrap', rowGap: 8 }}
          current={page}
          pageSize={pageSize}
          total={total}
          size="small"
          showSizeChanger
          // A queue of 100,000 claims: 跳至 any page, not a thousand clicks.
          showQuickJumper
          pageSizeOptions={[50, 100, 200]}
          showTotal={(n) => `共 ${n.toLocaleString('zh-CN')} 条`}
          onChange={onPage}
        />
      )}
    </div>
  )
})

/** Memoised with props kept stable by the page: re-renders when the rows, cursor or selection change. */
const QueueTable = memo(function QueueTable({ rows, loading, cursor, onCursor, selected, onSelected, height }: QueueProps) {
  // Rows are keyed by their place on the page, not by claim: a new page then updates the rows in
  // place, where keys by claim would unmount a page of checkboxes, tags and tooltips and mount
  // another. Selection is still by claim: the keys of the selected claims' places are passed.
  const places = useMemo(() => new Map(rows.map((r, i) => [r, i])), [rows])
  const rowKey = useCallback((r: ClaimRecord) => places.get(r) ?? -1, [places])
  const rowSelection = useMemo<TableProps<ClaimRecord>['rowSelection']>(
    () => ({
      selectedRowKeys: keysOf(rows, selected),
      onSelect: (row, checked) => onSelected([row.id], checked),
      onSelectAll: (checked, _rows, changed) => onSelected(changed.map((r) => r.id), checked),
      columnWidth: 36
    }),
    [rows, selected, onSelected]
  )
  const rowClassName = useCallback((_: ClaimRecord, index: number) => (index === cursor ? 'review-row-current' : ''), [cursor])
  const onRow = useCallback((_: ClaimRecord, index?: number) => ({ onClick: () => index !== undefined && onCursor(index) }), [onCursor])
  const scroll = useMemo(() => ({ x: 740, y: height }), [height])
  const locale = useMemo(
    () => ({ emptyText: loading ? '正在加载…' : '没有符合条件的申报。可在「学时申报」录入，或在「人员名册」导入学时申报工作簿。' }),
    [loading]
  )
  return (
    <Table<ClaimRecord>
      size="small"
      rowKey={rowKey}
      columns={columns}
      dataSource={rows as ClaimRecord[]}
      loading={loading}
      scroll={scroll}
      locale={locale}
      rowSelection={rowSelection}
      rowClassName={rowClassName}
      onRow={onRow}
      pagination={false}
    />
  )
})
