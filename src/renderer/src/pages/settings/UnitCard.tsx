import { useEffect, useState } from 'react'
import { App, Button, Card, Form, Input } from 'antd'
import type { UnitSettings } from '../../../../shared/domain/settings'
import { api } from '../../api/client'
import { setUnitSettings, useUnitSettings } from '../../app/unitSettings'

/** 单位名称 and 经办人: shown in the header and the window title, printed on reports. */
export function UnitCard() {
  const { message } = App.useApp()
  const settings = useUnitSettings()
  const [form] = Form.useForm<UnitSettings>()
  const [saving, setSaving] = useState(false)

  useEffect(() => {
    if (settings) form.setFieldsValue(settings)
  }, [settings, form])

  const save = async (values: UnitSettings) => {
    setSaving(true)
    try {
      const saved = await api('settings.update', { unitName: values.unitName.trim(), officerName: values.officerName.trim() })
      setUnitSettings(saved)
      message.success('单位信息已保存')
    } catch (e) {
      message.error((e as Error).message)
    } finally {
      setSaving(false)
    }
  }

  return (
    <Card title="单位信息" size="small">
      <Form form={form} layout="vertical" onFinish={(v) => void save(v)} disabled={!settings} style={{ maxWidth: 480 }}>
        <Form.Item
          name="unitName"
          label="单位名称"
          extra="显示在窗口标题上，并印在年度核认报告和学时证明上。"
          rules={[{ required: true, whitespace: true, message: '请填写单位名称' }, { max: 100, message: '单位名称不能超过 100 字' }]}
        >
          <Input placeholder="如：湖南省某某医院" />
        </Form.Item>
        <Form.Item
          name="officerName"
          label="经办人"
          extra="每次审核、修改都以此姓名记入操作日志。"
          rules={[{ max: 50, message: '经办人姓名不能超过 50 字' }]}
        >
          <Input placeholder="负责学时核认的人事干部姓名" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={saving}>
          保存
        </Button>
      </Form>
    </Card>
  )
}
