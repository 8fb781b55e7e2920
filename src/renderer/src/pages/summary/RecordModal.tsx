import { DatePicker, Modal, Space, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import type { SummaryRow } from '../../../../shared/domain/summary'

interface Props {
  person: SummaryRow | null
  year: number
  onCancel(): void
  onExport(employeeId: number, fromYear: number, toYear: number): void
}

const RECORD_YEARS = 3

/** 学时认定单 of one person: choose the years, then export. */
export function RecordModal({ person, year, onCancel, onExport }: Props) {
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null)
  const shown: [Dayjs, Dayjs] = range ?? [dayjs(`${year - RECORD_YEARS + 1}-01-01`), dayjs(`${year}-01-01`)]
  return (
    <Modal
      open={person !== null}
      title={person ? `导出学时认定单：${person.name}` : ''}
      okText="导出"
      cancelText="取消"
      onCancel={() => {
        setRange(null)
        onCancel()
      }}
      onOk={() => {
        if (!person) return
        onExport(person.employeeId, shown[0].year(), shown[1].year())
        setRange(null)
      }}
      destroyOnHidden
    >
      <Space orientation="vertical">
        <Typography.Text type="secondary">学时认定单列出该人员所选年度内每年的已认定学时及明细（PDF）。</Typography.Text>
        <Space>
          <span>年度范围</span>
          <DatePicker.RangePicker
            picker="year"
            value={shown}
            allowClear={false}
            onChange={(v) => v && v[0] && v[1] && setRange([v[0], v[1]])}
          />
        </Space>
      </Space>
    </Modal>
  )
}
