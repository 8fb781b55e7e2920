import { Button, Table, Tag, Tooltip } from 'antd'
import { CheckCircleFilled, CloseCircleFilled, DeleteOutlined, LoadingOutlined, PaperClipOutlined } from '@ant-design/icons'
import { useMemo } from 'react'
import type { TableProps } from 'antd'
import type { GetRef } from 'antd'
import { formatHours } from '../../../../shared/hours'
import { ENTRY_COLUMNS } from './entryColumns'
import { EntryCell, type CellHandlers } from './EntryCell'
import type { EntryRow } from './entryRow'
import type { RowCheck } from './useRowChecks'

export type GridRef = GetRef<typeof Table>

interface Props {
  rows: readonly EntryRow[]
  /** Index of each row in the whole grid (the view may be filtered). */
  indexOf: ReadonlyMap<number, number>
  checks: ReadonlyMap<number, RowCheck>
  selectedKey: number | null
  handlers: CellHandlers
  onRemove(key: number): void
  height: number
  tableRef: React.Ref<GridRef>
}

function errorSummary(check: RowCheck): string {
  const parts = Object.entries(check.errors).map(([key, message]) => `${ENTRY_COLUMNS.find((c) => c.key === key)?.header ?? key}：${message}`)
  if (check.rowError) parts.push(check.rowError)
  return parts.join('\n')
}

function StatusIcon({ check }: { check: RowCheck | undefined }) {
  if (!check || check.state === 'blank') return null
  if (check.state === 'checking') return <LoadingOutlined style={{ color: '#1677ff' }} />
  if (check.state === 'valid') return <CheckCircleFilled style={{ color: '#52c41a' }} aria-label="有效" />
  return (
    <Tooltip title={<span style={{ whiteSpace: 'pre-line' }}>{errorSummary(check)}</span>}>
      <CloseCircleFilled style={{ color: '#ff4d4f' }} aria-label="有错误" />
    </Tooltip>
  )
}

/** The batch entry grid: the template's columns, a status and the hours per row; virtualised. */
export function EntryGrid({ rows, indexOf, checks, selectedKey, handlers, onRemove, height, tableRef }: Props) {
  const columns = useMemo<TableProps<EntryRow>['columns']>(
    () => [
      {
        key: 'no',
        title: '#',
        width: 64,
        fixed: 'left',
        render: (_: unknown, row: EntryRow) => (
          <span style={{ whiteSpace: 'nowrap' }}>
            <span style={{ color: '#999', display: 'inline-block', minWidth: 24 }}>{(indexOf.get(row.key) ?? 0) + 1}</span>{' '}
            <StatusIcon check={checks.get(row.key)} />
          </span>
        )
      },
      {
        key: 'computed',
        title: '折算学时',
        width: 92,
        fixed: 'left',
        render: (_: unknown, row: EntryRow) => {
          const check = checks.get(row.key)
          const e = check?.evaluation
          if (!e) return null
          const warnings = e.warnings.filter((w) => w.code !== 'nationalBase').length
          return (
            <span data-testid="row-hours" style={{ whiteSpace: 'nowrap' }}>
              <b>{formatHours(e.hours)}</b>
              {warnings > 0 && (
                <Tag color="orange" style={{ marginLeft: 4, marginInlineEnd: 0, padding: '0 4px' }}>
                  {warnings}
                </Tag>
              )}
            </span>
          )
        }
      },
      ...ENTRY_COLUMNS.map((column, columnIndex) => ({
        key: column.key,
        title: column.header,
        width: column.width,
        render: (_: unknown, row: EntryRow) => (
          <EntryCell
            rowKey={row.key}
            rowIndex={indexOf.get(row.key) ?? 0}
            columnIndex={columnIndex}
            column={column}
            value={row.cells[column.key]}
            error={checks.get(row.key)?.errors[column.key]}
            handlers={handlers}
          />
        )
      })),
      {
        key: 'actions',
        title: '',
        width: 64,
        fixed: 'right',
        render: (_: unknown, row: EntryRow) => (
          <span style={{ whiteSpace: 'nowrap' }}>
            {row.attachments.length > 0 && (
              <Tooltip title={row.attachments.map((f) => f.name).join('、')}>
                <PaperClipOutlined style={{ color: '#1677ff' }} />
                {row.attachments.length}
              </Tooltip>
            )}
            <Button type="text" size="small" icon={<DeleteOutlined />} aria-label="删除此行" onClick={() => onRemove(row.key)} />
          </span>
        )
      }
    ],
    [indexOf, checks, handlers, onRemove]
  )
  const width = ENTRY_COLUMNS.reduce((sum, c) => sum + c.width, 64 + 92 + 64)
  return (
    <Table<EntryRow>
      ref={tableRef}
      virtual
      size="small"
      bordered
      rowKey="key"
      columns={columns}
      dataSource={rows as EntryRow[]}
      pagination={false}
      scroll={{ x: width, y: height }}
      rowClassName={(row) => (row.key === selectedKey ? 'entry-row-selected' : '')}
      onRow={(row) => ({ onClick: () => handlers.focusRow(row.key) })}
    />
  )
}
