import { useCallback, useEffect, useRef, useState } from 'react'
import { Alert, App, Button, Checkbox, Dropdown, Empty, Flex, Input, Select, Typography } from 'antd'
import type { InputRef } from 'antd'
import { DownloadOutlined, HistoryOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons'
import { EMPLOYEE_STATUSES } from '../../../../shared/domain/employee'
import type { Department, Employee, EmployeeStatus } from '../../../../shared/domain/employee'
import type { ImportKind } from '../../../../shared/domain/batch'
import { api } from '../../api/client'
import { saveFile } from '../../api/files'
import { navigate } from '../../app/router'
import { isTyping } from '../../app/shortcuts'
import { useViewportHeight } from '../../app/useViewportHeight'
import { ImportWizard } from '../../components/import/ImportWizard'
import { PageHeader } from '../../components/PageHeader'
import { EmployeeFormModal } from './EmployeeFormModal'
import { ImportBatchesDrawer } from './ImportBatchesDrawer'
import { optionsOf } from './labels'
import { RosterTable } from './RosterTable'
import { useEmployeeActions } from './useEmployeeActions'
import { usePagedRoster, type RosterFilter } from './usePagedRoster'

const SEARCH_DELAY_MS = 300

/** 人员名册: search, filters, the virtual table, add/edit, delete/restore, imports. */
export function RosterList() {
  const { message } = App.useApp()
  const [searchText, setSearchText] = useState('')
  const [filter, setFilter] = useState<RosterFilter>({})
  const [departments, setDepartments] = useState<Department[]>([])
  const [editing, setEditing] = useState<{ employee?: Employee } | null>(null)
  const [importing, setImporting] = useState<ImportKind | null>(null)
  const [batchesOpen, setBatchesOpen] = useState(false)
  const searchRef = useRef<InputRef>(null)
  const { rows, people, total, stale, error, ensureRange, reload } = usePagedRoster(filter)
  const tableHeight = Math.max(240, useViewportHeight() - 245)

  const loadDepartments = useCallback(() => {
    api('roster.departments', {})
      .then(setDepartments)
      .catch((e: Error) => message.error(e.message))
  }, [message])
  useEffect(loadDepartments, [loadDepartments])

  useEffect(() => {
    const timer = window.setTimeout(() => {
      const search = searchText.trim() || undefined
      setFilter((f) => (f.search === search ? f : { ...f, search }))
    }, SEARCH_DELAY_MS)
    return () => window.clearTimeout(timer)
  }, [searchText])

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '/' && !isTyping(e.target)) {
        e.preventDefault()
        searchRef.current?.focus()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  const changed = useCallback(() => {
    reload()
    loadDepartments()
  }, [reload, loadDepartments])
  const { remove, restore } = useEmployeeActions(changed)
  const open = useCallback((e: Employee) => navigate('roster', e.id), [])
  const edit = useCallback((employee: Employee) => setEditing({ employee }), [])

  const downloadTemplate = async (kind: ImportKind) => {
    try {
      await saveFile(await api('import.template', { kind }))
    } catch (e) {
      message.error((e as Error).message)
    }
  }

  const filtered = Boolean(filter.search || filter.department || filter.status || filter.includeDeleted)
  const emptyRoster = !stale && !error && total === 0 && !filtered

  return (
    <>
      <PageHeader
        title="人员名册"
        subTitle={stale ? '正在查询…' : `共 ${total.toLocaleString('zh-CN')} 人${filtered ? '（已筛选）' : ''}`}
        extra={
          <>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
              添加人员
            </Button>
            <Button icon={<ImportOutlined />} onClick={() => setImporting('roster')}>
              导入名册
            </Button>
            <Button icon={<ImportOutlined />} onClick={() => setImporting('claims')}>
              导入学时申报
            </Button>
            <Dropdown
              menu={{
                items: [
                  { key: 'roster', label: '人员名册模板' },
                  { key: 'claims', label: '学时申报模板' }
                ],
                onClick: ({ key }) => void downloadTemplate(key as ImportKind)
              }}
            >
              <Button icon={<DownloadOutlined />}>下载模板</Button>
            </Dropdown>
            <Button icon={<HistoryOutlined />} onClick={() => setBatchesOpen(true)}>
              导入记录
            </Button>
          </>
        }
      />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <Input.Search
          ref={searchRef}
          allowClear
          placeholder="搜索姓名、身份证号或部门"
          value={searchText}
          onChange={(e) => setSearchText(e.target.value)}
          style={{ width: 300 }}
          aria-label="搜索人员"
        />
        <Select
          allowClear
          showSearch
          placeholder="全部部门"
          style={{ width: 200 }}
          value={filter.department}
          options={departments.map((d) => ({ value: d.name, label: `${d.name}（${d.people}）` }))}
          onChange={(department?: string) => setFilter((f) => ({ ...f, department }))}
        />
        <Select
          allowClear
          placeholder="全部状态"
          style={{ width: 120 }}
          value={filter.status}
          options={optionsOf(EMPLOYEE_STATUSES)}
          onChange={(status?: EmployeeStatus) => setFilter((f) => ({ ...f, status }))}
        />
        <Checkbox checked={Boolean(filter.includeDeleted)} onChange={(e) => setFilter((f) => ({ ...f, includeDeleted: e.target.checked || undefined }))}>
          显示已删除
        </Checkbox>
      </Flex>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      {emptyRoster ? (
        <Empty description="名册中还没有人员" style={{ padding: 48 }}>
          <Typography.Paragraph type="secondary">先导入单位的人员名册（Excel），或逐个添加人员。</Typography.Paragraph>
          <Flex gap={8} justify="center">
            <Button type="primary" icon={<ImportOutlined />} onClick={() => setImporting('roster')}>
              导入人员名册
            </Button>
            <Button icon={<PlusOutlined />} onClick={() => setEditing({})}>
              添加人员
            </Button>
            <Button icon={<DownloadOutlined />} onClick={() => void downloadTemplate('roster')}>
              下载名册模板
            </Button>
          </Flex>
        </Empty>
      ) : (
        <RosterTable
          rows={rows}
          people={people}
          height={tableHeight}
          loading={stale}
          scrollKey={JSON.stringify(filter)}
          onRange={ensureRange}
          onOpen={open}
          onEdit={edit}
          onDelete={remove}
          onRestore={restore}
        />
      )}
      <EmployeeFormModal
        open={editing !== null}
        employee={editing?.employee}
        departments={departments}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null)
          changed()
        }}
      />
      <ImportWizard kind={importing ?? 'roster'} open={importing !== null} onClose={() => setImporting(null)} onImported={changed} />
      <ImportBatchesDrawer open={batchesOpen} onClose={() => setBatchesOpen(false)} onUndone={changed} />
    </>
  )
}
