import { useEffect, useRef, type ReactNode } from 'react'
import { Button, Flex, Table, Tag, Typography } from 'antd'
import type { GetRef } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import type { Employee } from '../../../../shared/domain/employee'
import { maskIdNumber } from '../../../../shared/validators/idNumber'
import { genderLabel, STATUS_COLOR, statusLabel, titleLevelLabel } from './labels'
import type { RosterRow } from './usePagedRoster'

/** Lines fetched ahead of the visible ones, above and below. */
const LOOKAHEAD = 60

interface Props {
  rows: RosterRow[]
  height: number
  /** Shows a spinner over the rows (a new filter's rows are on their way). */
  loading: boolean
  /** When it changes (a new filter), the table scrolls back to the top. */
  scrollKey: string
  onRange: (first: number, last: number) => void
  onOpen: (e: Employee) => void
  onEdit: (e: Employee) => void
  onDelete: (e: Employee) => void
  onRestore: (e: Employee) => void
}

const pending = <Typography.Text type="secondary">加载中…</Typography.Text>

/** The roster as a virtual table: one line per person, rows filled in as their pages arrive. */
export function RosterTable({ rows, height, loading, scrollKey, onRange, onOpen, onEdit, onDelete, onRestore }: Props) {
  const table = useRef<GetRef<typeof Table>>(null)
  useEffect(() => {
    table.current?.scrollTo({ top: 0 })
  }, [scrollKey])

  const cell = (render: (e: Employee) => ReactNode) => (_: unknown, row: RosterRow) => (row.employee ? render(row.employee) : null)
  const columns: ColumnsType<RosterRow> = [
    { title: '序号', key: 'no', width: 64, render: (_: unknown, row) => row.key + 1 },
    {
      title: '姓名',
      key: 'name',
      width: 110,
      render: (_: unknown, row) =>
        row.employee ? (
          <Typography.Link href={`#/roster/${row.employee.id}`}>{row.employee.name}</Typography.Link>
        ) : (
          pending
        )
    },
    { title: '身份证号', key: 'idNumber', width: 180, render: cell((e) => <span style={{ fontFamily: 'monospace' }}>{maskIdNumber(e.idNumber)}</span>) },
    { title: '性别', key: 'gender', width: 56, render: cell((e) => genderLabel(e.gender)) },
    { title: '部门', key: 'department', width: 150, ellipsis: true, render: cell((e) => e.department) },
    { title: '专业技术职务', key: 'title', width: 140, ellipsis: true, render: cell((e) => e.title) },
    { title: '职称级别', key: 'titleLevel', width: 84, render: cell((e) => titleLevelLabel(e.titleLevel)) },
    { title: '手机号码', key: 'phone', width: 120, render: cell((e) => e.phone) },
    {
      title: '状态',
      key: 'status',
      width: 140,
      render: cell((e) => (
        <Flex gap={4}>
          <Tag color={STATUS_COLOR[e.status]}>{statusLabel(e.status)}</Tag>
          {e.deletedAt && <Tag color="red">已删除</Tag>}
        </Flex>
      ))
    },
    {
      title: '操作',
      key: 'actions',
      width: 120,
      fixed: 'right',
      render: cell((e) =>
        e.deletedAt ? (
          <Button type="link" size="small" onClick={() => onRestore(e)}>
            恢复
          </Button>
        ) : (
          <Flex>
            <Button type="link" size="small" onClick={() => onEdit(e)}>
              编辑
            </Button>
            <Button type="link" size="small" danger onClick={() => onDelete(e)}>
              删除
            </Button>
          </Flex>
        )
      )
    }
  ]

  return (
    <Table<RosterRow>
      ref={table}
      virtual
      size="small"
      bordered
      rowKey="key"
      columns={columns}
      dataSource={rows}
      pagination={false}
      loading={loading}
      locale={{ emptyText: '没有符合条件的人员' }}
      scroll={{ x: 1160, y: height }}
      onScroll={(e) => {
        // The list's own row height (scroll height per line), so the lines asked for are the
        // lines shown however tall a row turns out to be.
        const el = e.currentTarget
        const perRow = el.scrollHeight / Math.max(1, rows.length)
        const first = Math.floor(el.scrollTop / perRow)
        onRange(Math.max(0, first - LOOKAHEAD), first + Math.ceil(el.clientHeight / perRow) + LOOKAHEAD)
      }}
      onRow={(row) => ({ onDoubleClick: () => row.employee && onOpen(row.employee) })}
    />
  )
}
