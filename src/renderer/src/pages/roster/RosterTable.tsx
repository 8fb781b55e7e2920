import { createContext, memo, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react'
import { Button, Flex, Table, Tag, theme, Typography } from 'antd'
import type { GetRef, TableProps } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import type { Employee } from '../../../../shared/domain/employee'
import { maskIdNumber } from '../../../../shared/validators/idNumber'
import { useStableHandler } from '../../components/data/useStableHandler'
import { genderLabel, STATUS_COLOR, statusLabel, titleLevelLabel } from './labels'
import { useRosterPeople, type RosterPages, type RosterRow } from './usePagedRoster'

/** Lines fetched ahead of the visible ones, above and below. */
const LOOKAHEAD = 60

interface Props {
  rows: RosterRow[]
  /** The people by line, as their pages arrive. */
  people: RosterPages
  height: number
  /** Shows a spinner over the rows (a new filter's rows are on their way). */
  loading: boolean
  /** When it changes (a new filter), the table scrolls back to the top. */
  scrollKey: string
  /** The lines to have loaded (with those ahead), and the lines on screen, asked for first. */
  onRange: (first: number, last: number, shownFirst: number, shownLast: number) => void
  onOpen: (e: Employee) => void
  onEdit: (e: Employee) => void
  onDelete: (e: Employee) => void
  onRestore: (e: Employee) => void
}

/** What the cells read: the people by line, and what a line's buttons do. */
interface Lines {
  employeeAt: (line: number) => Employee | undefined
  /** What a line waiting for its page shows in the name column. */
  pending: ReactNode
  onEdit: (e: Employee) => void
  onDelete: (e: Employee) => void
  onRestore: (e: Employee) => void
}
const LinesContext = createContext<Lines>({ employeeAt: () => undefined, pending: null, onEdit: () => {}, onDelete: () => {}, onRestore: () => {} })

/**
 * A cell of a person's line. It reads the person from context, so a page arriving re-renders
 * these cells and nothing else: columns that changed with every page would make antd's table
 * re-sort, re-filter and re-flatten all 50,000 lines and the virtual list measure them again.
 */
function PersonCell({ line, show, showsPending = false }: { line: number; show: (e: Employee, lines: Lines) => ReactNode; showsPending?: boolean }) {
  const lines = useContext(LinesContext)
  const e = lines.employeeAt(line)
  return e ? show(e, lines) : showsPending ? lines.pending : null
}

const cell =
  (show: (e: Employee, lines: Lines) => ReactNode, showsPending?: boolean) =>
  (_: unknown, row: RosterRow) => <PersonCell line={row.key} show={show} showsPending={showsPending} />
/** Text cut to the column's width, whole on hover (what antd's ellipsis does for plain text). */
const clipped = (text: string | null) => (text ? <span title={text}>{text}</span> : text)

const columns: ColumnsType<RosterRow> = [
  { title: '序号', key: 'no', width: 64, render: (_: unknown, row) => row.key + 1 },
  { title: '姓名', key: 'name', width: 110, render: cell((e) => <Typography.Link href={`#/roster/${e.id}`}>{e.name}</Typography.Link>, true) },
  { title: '身份证号', key: 'idNumber', width: 180, render: cell((e) => <span style={{ fontFamily: 'monospace' }}>{maskIdNumber(e.idNumber)}</span>) },
  { title: '性别', key: 'gender', width: 56, render: cell((e) => genderLabel(e.gender)) },
  { title: '部门', key: 'department', width: 150, ellipsis: true, render: cell((e) => clipped(e.department)) },
  { title: '专业技术职务', key: 'title', width: 140, ellipsis: true, render: cell((e) => clipped(e.title)) },
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
    render: cell((e, { onEdit, onDelete, onRestore }) =>
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

/**
 * Every line as tall as a line with its buttons (a small button, 24 px, and the small table's
 * padding and border): a line waiting for its page is then no shorter than the loaded line, so
 * rows arriving never change the virtual list's heights (a re-measure and a second render).
 */
const STYLES: TableProps<RosterRow>['styles'] = { body: { row: { height: 41 } } }
const LOCALE = { emptyText: '没有符合条件的人员' }

/** The roster as a virtual table: one line per person, rows filled in as their pages arrive. */
export const RosterTable = memo(function RosterTable({ people, onOpen, onEdit, onDelete, onRestore, ...grid }: Props) {
  const employeeAt = useRosterPeople(people)
  // 加载中… in Typography's secondary colour, as a plain span: a Typography per waiting line
  // was ~8 ms of a jump's first render.
  const { token } = theme.useToken()
  const pending = useMemo(() => <span style={{ color: token.colorTextDescription }}>加载中…</span>, [token.colorTextDescription])
  const lines = useMemo(() => ({ employeeAt, pending, onEdit, onDelete, onRestore }), [employeeAt, pending, onEdit, onDelete, onRestore])
  const openLine = useStableHandler((line: number) => {
    const e = employeeAt(line)
    if (e) onOpen(e)
  })
  return (
    <LinesContext.Provider value={lines}>
      <Grid {...grid} onOpenLine={openLine} />
    </LinesContext.Provider>
  )
})

type GridProps = Omit<Props, 'people' | 'onOpen' | 'onEdit' | 'onDelete' | 'onRestore'> & { onOpenLine: (line: number) => void }

/**
 * The table itself, memoised apart from the people: antd re-renders every shown line whenever
 * <Table> re-renders, so this renders only for new lines (a new filter or total), a new height,
 * the spinner, or a new filter's scroll to the top.
 */
const Grid = memo(function Grid({ rows, height, loading, scrollKey, onRange, onOpenLine }: GridProps) {
  const table = useRef<GetRef<typeof Table>>(null)
  useEffect(() => {
    table.current?.scrollTo({ top: 0 })
  }, [scrollKey])
  const scroll = useMemo(() => ({ x: 1160, y: height }), [height])

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
      locale={LOCALE}
      styles={STYLES}
      scroll={scroll}
      onScroll={(e) => {
        // The list's own row height (scroll height per line), so the lines asked for are the
        // lines shown however tall a row turns out to be. The list also draws the line just
        // above and below the window: those count as shown.
        const el = e.currentTarget
        const perRow = el.scrollHeight / Math.max(1, rows.length)
        const first = Math.floor(el.scrollTop / perRow)
        const last = first + Math.ceil(el.clientHeight / perRow)
        onRange(Math.max(0, first - LOOKAHEAD), last + LOOKAHEAD, Math.max(0, first - 1), last + 1)
      }}
      onRow={(row) => ({ onDoubleClick: () => onOpenLine(row.key) })}
    />
  )
})
