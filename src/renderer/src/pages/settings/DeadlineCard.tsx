import { useEffect, useState } from 'react'
import { App, Button, Card, DatePicker, Space, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { api } from '../../api/client'
import { useYear } from '../../app/yearContext'

/** The year's deadline for the unit's verification, shown on 工作台's to-do list. */
export function DeadlineCard() {
  const { message } = App.useApp()
  const { year } = useYear()
  const [value, setValue] = useState<Dayjs | null>(null)
  // The year whose deadline is in the picker: switching years disables it until that one arrives.
  const [loadedYear, setLoadedYear] = useState<number | null>(null)
  const loaded = loadedYear === year
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    let live = true
    api('settings.deadline', { year })
      .then(({ deadline }) => {
        if (!live) return
        setValue(deadline ? dayjs(deadline) : null)
        setLoadedYear(year)
      })
      .catch((e: Error) => live && message.error(e.message))
    return () => {
      live = false
    }
  }, [year, message])

  const save = async () => {
    setSaving(true)
    try {
      const { deadline } = await api('settings.setDeadline', { year, deadline: value ? value.format('YYYY-MM-DD') : null })
      message.success(deadline ? `${year} 年度核认截止日期已设为 ${deadline}` : `已清除 ${year} 年度核认截止日期`)
    } catch (e) {
      message.error((e as Error).message)
    } finally {
      setSaving(false)
    }
  }

  return (
    <Card title={`${year} 年度核认截止日期`} size="small">
      <Typography.Paragraph type="secondary">按上级通知填写单位完成年度核认、上传省平台的截止日期，工作台的待办事项会提示剩余天数。</Typography.Paragraph>
      <Space>
        <DatePicker aria-label="核认截止日期" value={value} onChange={setValue} disabled={!loaded} placeholder="未设置" />
        <Button type="primary" loading={saving} disabled={!loaded} onClick={() => void save()}>
          保存
        </Button>
      </Space>
    </Card>
  )
}
