import { Alert, Button, Checkbox, Dropdown, Input, Select, Space, Statistic, Typography } from 'antd'
import { DownOutlined, FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons'
import { useState } from 'react'
import type { SummaryRow } from '../../../../shared/domain/summary'
import { api } from '../../api/client'
import type { ScreenProps } from '../../app/screens'
import { useYear } from '../../app/yearContext'
import { JobProgress } from '../../components/JobProgress'
import { useElementHeight } from '../../components/data/useElementHeight'
import { useLoaded } from '../../components/data/useLoaded'
import { RecordModal } from './RecordModal'
import { SummaryTable } from './SummaryTable'
import { useExport } from './useExport'
import { useSummaryRows } from './useSummaryRows'

/** 年度汇总: everyone's hours for the year, who is short, and the year's exports. */
export function SummaryPage(_props: ScreenProps) {
  const { year } = useYear()
  const [departmentId, setDepartmentId] = useState<number | undefined>()
  const [search, setSearch] = useState<string | undefined>()
  const [onlyShort, setOnlyShort] = useState(false)
  const [page, setPage] = useState({ current: 1, size: 50 })
  const [selected, setSelected] = useState<number[]>([])
  const [fullId, setFullId] = useState(false)
  const [recordFor, setRecordFor] = useState<SummaryRow | null>(null)
  const { ref: tableBox, height: tableHeight } = useElementHeight<HTMLDivElement>(500)
  const exporter = useExport()

  const departments = useLoaded('departments', () => api('roster.departments', {}))
  const byDepartment = useLoaded(`departments:${year}`, () => api('summary.departments', { year }))
  const rows = useSummaryRows({ year, departmentId, search, onlyShort, offset: (page.current - 1) * page.size, limit: page.size })
  const people = (byDepartment.data ?? []).reduce((n, d) => n + d.people, 0)
  const compliant = (byDepartment.data ?? []).reduce((n, d) => n + d.compliant, 0)
  const firstPage = () => setPage((p) => ({ ...p, current: 1 }))

  return (
    <div style={{ height: '100%', display: 'flex', flexDirection: 'column', gap: 8, minHeight: 520 }}>
      <Space size={40} data-testid="summary-stats">
        <Statistic title={`${year} 年度人数`} value={people} />
        <Statistic title="达标" value={compliant} styles={{ content: { color: '#389e0d' } }} />
        <Statistic title="未达标" value={people - compliant} styles={{ content: { color: people - compliant ? '#cf1322' : undefined } }} />
        <Statistic title="达标率" value={people ? (Math.round((compliant / people) * 1000) / 10).toFixed(1) : '0.0'} suffix="%" />
      </Space>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Space wrap>
          <Select<number | 'all'>
            style={{ width: 160 }}
            value={departmentId ?? 'all'}
            onChange={(d) => {
              setDepartmentId(d === 'all' ? undefined : d)
              firstPage()
            }}
            options={[{ value: 'all', label: '全部部门' }, ...(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))]}
            showSearch={{ optionFilterProp: 'label' }}
          />
          <Input.Search
            allowClear
            style={{ width: 220 }}
            placeholder="姓名或身份证号"
            onSearch={(s) => {
              setSearch(s.trim() || undefined)
              firstPage()
            }}
          />
          <Checkbox
            checked={onlyShort}
            data-testid="only-short"
            onChange={(e) => {
              setOnlyShort(e.target.checked)
              firstPage()
            }}
          >
            仅未达标
          </Checkbox>
        </Space>
        <Space wrap>
          <Checkbox checked={fullId} onChange={(e) => setFullId(e.target.checked)}>
            显示完整身份证号
          </Checkbox>
          <Button icon={<FileExcelOutlined />} type="primary" data-testid="export-annual" onClick={() => void exporter.run({ report: 'annual', year, fullId }, '年度汇总表')}>
            导出年度汇总表
          </Button>
          <Button icon={<FilePdfOutlined />} onClick={() => void exporter.run({ report: 'unit', year }, '单位年度核认报告')}>
            单位核认报告
          </Button>
          <Dropdown
            menu={{
              items: [
                { key: 'all', label: '全部人员' },
                { key: 'selected', label: `所选人员（${selected.length}）`, disabled: selected.length === 0 }
              ],
              onClick: ({ key }) =>
                void exporter.run(
                  { report: 'certificates', year, ...(key === 'selected' ? { employeeIds: selected } : {}) },
                  key === 'selected' ? `所选 ${selected.length} 人的学时证明` : '全部人员的学时证明'
                )
            }}
          >
            <Button icon={<FilePdfOutlined />}>
              学时证明 <DownOutlined />
            </Button>
          </Dropdown>
        </Space>
      </Space>
      {rows.error && <Alert type="error" showIcon title={rows.error} />}
      {onlyShort && rows.loading && <Typography.Text type="secondary">正在筛选未达标人员…</Typography.Text>}
      <div ref={tableBox} style={{ flex: 1, minHeight: 0 }}>
        <SummaryTable
          rows={rows.page.rows}
          total={rows.page.total}
          loading={rows.loading}
          page={page.current}
          pageSize={page.size}
          onPage={(current, size) => setPage({ current: size === page.size ? current : 1, size })}
          selected={selected}
          onSelected={setSelected}
          onRecord={setRecordFor}
          height={tableHeight - 39 - 48}
        />
      </div>
      <RecordModal
        person={recordFor}
        year={year}
        onCancel={() => setRecordFor(null)}
        onExport={(employeeId, fromYear, toYear) => {
          const name = recordFor?.name ?? ''
          setRecordFor(null)
          void exporter.run({ report: 'record', employeeId, fromYear, toYear }, `${name}的学时认定单`)
        }}
      />
      <JobProgress job={exporter.job} title={exporter.title} onCancel={() => void exporter.cancel()} />
    </div>
  )
}
