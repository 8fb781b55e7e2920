import { useState } from 'react'
import { App, Button, DatePicker, Flex, Typography } from 'antd'
import { FilePdfOutlined } from '@ant-design/icons'
import dayjs, { type Dayjs } from 'dayjs'
import type { ExportResult } from '../../../../shared/domain/job'
import { api } from '../../api/client'
import { saveFile } from '../../api/files'
import { useJob } from '../../api/useJob'
import { useYear } from '../../app/yearContext'
import { JobProgress } from '../../components/JobProgress'

/** 导出学时认定单: one person's record over a range of years, as a PDF to save. */
export function RecordExport({ employeeId, name }: { employeeId: number; name: string }) {
  const { message, notification } = App.useApp()
  const { year } = useYear()
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [dayjs(`${year - 2}-01-01`), dayjs(`${year}-01-01`)])
  const { job, start, cancel } = useJob<ExportResult>()
  const [busy, setBusy] = useState(false)
  const [slow, setSlow] = useState(false)

  const run = async () => {
    setBusy(true)
    const timer = window.setTimeout(() => setSlow(true), 500)
    try {
      const state = await start(() =>
        api('reports.start', { report: 'record', employeeId, fromYear: range[0].year(), toYear: range[1].year() })
      )
      if (state.status === 'done' && state.result) {
        const result = state.result
        if (await saveFile(result)) message.success(`已导出「${name}」的学时认定单：${result.name}`)
        if (result.warnings.length > 0) notification.warning({ title: '导出提示', description: result.warnings.join('；') })
      } else if (state.status === 'cancelled') message.info('已取消导出')
      else message.error(state.error?.message ?? '导出失败')
    } catch (e) {
      message.error((e as Error).message)
    } finally {
      window.clearTimeout(timer)
      setSlow(false)
      setBusy(false)
    }
  }

  return (
    <Flex align="center" gap={8} wrap>
      <Typography.Text type="secondary">年度范围</Typography.Text>
      <DatePicker.RangePicker
        picker="year"
        allowClear={false}
        value={range}
        format="YYYY年"
        onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
        style={{ width: 220 }}
      />
      <Button type="primary" icon={<FilePdfOutlined />} loading={busy} onClick={() => void run()}>
        导出学时认定单
      </Button>
      <JobProgress job={slow ? job : null} title="正在生成学时认定单" onCancel={() => void cancel()} />
    </Flex>
  )
}
