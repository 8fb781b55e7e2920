import { useEffect, useState } from 'react'
import { Alert, Button, Card, DatePicker, Flex, Input, Select, Table, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import type { AuditEntry } from '../../../../shared/domain/audit'
import { api } from '../../api/client'
import { ACTION_LABEL, ENTITY_LABEL, labelOfAction, labelOfEntity } from './auditLabels'

const PAGE = 50

interface Filter {
  entity?: string
  action?: string
  officer?: string
  range?: [Dayjs, Dayjs]
}

function show(value: unknown): string {
  if (value === null || value === undefined) return '—'
  return JSON.stringify(value, null, 2)
}

/** Before and after of one entry, side by side. */
function Change({ entry }: { entry: AuditEntry }) {
  const pre = { margin: 0, maxHeight: 240, overflow: 'auto', fontSize: 12, background: '#fafafa', padding: 8 }
  return (
    <Flex gap={16}>
      <div style={{ flex: 1, minWidth: 0 }}>
        <Typography.Text type="secondary">修改前</Typography.Text>
        <pre style={pre}>{show(entry.before)}</pre>
      </div>
      <div style={{ flex: 1, minWidth: 0 }}>
        <Typography.Text type="secondary">修改后</Typography.Text>
        <pre style={pre}>{show(entry.after)}</pre>
      </div>
    </Flex>
  )
}

/** 操作日志: the append-only audit log, newest first, with filters. */
export function AuditLog() {
  const [filter, setFilter] = useState<Filter>({})
  const [officerText, setOfficerText] = useState('')
  const [page, setPage] = useState(1)
  const [data, setData] = useState<{ rows: AuditEntry[]; total: number } | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    api('audit.list', {
      offset: (page - 1) * PAGE,
      limit: PAGE,
      entity: filter.entity,
      action: filter.action,
      officer: filter.officer,
      from: filter.range?.[0].startOf('day').toISOString(),
      to: filter.range?.[1].endOf('day').toISOString()
    })
      .then((r) => {
        if (!live) return
        setData({ rows: r.rows, total: r.total })
        setError(null)
      })
      .catch((e: Error) => live && setError(e.message))
    return () => {
      live = false
    }
  }, [filter, page])

  const update = (patch: Partial<Filter>) => {
    setPage(1)
    setFilter((f) => ({ ...f, ...patch }))
  }

  return (
    <Card title="操作日志" size="small">
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder="全部对象"
          style={{ width: 140 }}
          value={filter.entity}
          options={Object.entries(ENTITY_LABEL).map(([value, label]) => ({ value, label }))}
          onChange={(entity?: string) => update({ entity })}
        />
        <Select
          allowClear
          showSearch
          placeholder="全部操作"
          style={{ width: 180 }}
          value={filter.action}
          optionFilterProp="label"
          options={Object.entries(ACTION_LABEL).map(([value, label]) => ({ value, label }))}
          onChange={(action?: string) => update({ action })}
        />
        <DatePicker.RangePicker
          value={filter.range}
          onChange={(v) => update({ range: v?.[0] && v[1] ? [v[0], v[1]] : undefined })}
          disabledDate={(d) => d.isAfter(dayjs(), 'day')}
        />
        <Input.Search
          allowClear
          placeholder="经办人"
          style={{ width: 160 }}
          value={officerText}
          onChange={(e) => {
            setOfficerText(e.target.value)
            if (!e.target.value) update({ officer: undefined })
          }}
          onSearch={(v) => update({ officer: v.trim() || undefined })}
        />
        <Button
          onClick={() => {
            setOfficerText('')
            setPage(1)
            setFilter({})
          }}
        >
          清除筛选
        </Button>
      </Flex>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Table<AuditEntry>
        size="small"
        rowKey="id"
        loading={data === null && !error}
        dataSource={data?.rows ?? []}
        expandable={{ expandedRowRender: (entry) => <Change entry={entry} /> }}
        pagination={{
          current: page,
          pageSize: PAGE,
          total: data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
          size: 'small',
          showTotal: (n) => `共 ${n.toLocaleString('zh-CN')} 条`
        }}
        locale={{ emptyText: '没有符合条件的操作记录' }}
        columns={[
          { title: '时间', dataIndex: 'at', width: 170, render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm:ss') },
          { title: '经办人', dataIndex: 'officer', width: 110, render: (v: string) => v || <Typography.Text type="secondary">未设置</Typography.Text> },
          { title: '操作', dataIndex: 'action', width: 150, render: labelOfAction },
          { title: '对象', dataIndex: 'entity', width: 100, render: labelOfEntity },
          { title: '编号', dataIndex: 'entityId', width: 90, render: (v: string | null) => v ?? '—' }
        ]}
      />
    </Card>
  )
}
