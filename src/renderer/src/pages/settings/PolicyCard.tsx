import { useEffect, useState } from 'react'
import { Alert, App, Button, Card, Form, InputNumber, Tag } from 'antd'
import { hoursToTenths, tenthsToHours } from '../../../../shared/hours'
import { api } from '../../api/client'
import { useYear } from '../../app/yearContext'

interface Values {
  minPublic: number
  minProfessional: number
  minTotal: number
}

const hoursField = { min: 0, max: 1000, step: 1, suffix: '学时', style: { width: 150 } }

/** The year's requirement (年度学时要求), in 学时 on screen and tenths in the store. */
export function PolicyCard() {
  const { message } = App.useApp()
  const { year } = useYear()
  const [form] = Form.useForm<Values>()
  const [isDefault, setIsDefault] = useState(false)
  const [loaded, setLoaded] = useState(false)
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    api('settings.policy', { year })
      .then((p) => {
        if (!live) return
        form.setFieldsValue({
          minPublic: tenthsToHours(p.minPublic),
          minProfessional: tenthsToHours(p.minProfessional),
          minTotal: tenthsToHours(p.minTotal)
        })
        setIsDefault(p.isDefault)
        setLoaded(true)
      })
      .catch((e: Error) => live && setError(e.message))
    return () => {
      live = false
    }
  }, [year, form])

  const save = async (v: Values) => {
    setSaving(true)
    try {
      await api('settings.setPolicy', {
        year,
        minPublic: hoursToTenths(v.minPublic),
        minProfessional: hoursToTenths(v.minProfessional),
        minTotal: hoursToTenths(v.minTotal)
      })
      setIsDefault(false)
      message.success(`${year} 年度学时要求已保存，年度汇总按新要求重新判断达标`)
    } catch (e) {
      message.error((e as Error).message)
    } finally {
      setSaving(false)
    }
  }

  return (
    <Card
      title={`${year} 年度学时要求`}
      size="small"
      extra={isDefault ? <Tag color="blue">默认值（尚未单独设置）</Tag> : <Tag color="green">已设置</Tag>}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="默认：每年合计不少于 90 学时，其中专业科目不少于 60 学时、公需科目不少于 30 学时（人社部令第25号、湘人社办函〔2025〕37号）。如本年度有新规定，请在此修改。年度由页面顶部的年度选择决定。"
      />
      <Form form={form} layout="inline" onFinish={(v) => void save(v)} disabled={!loaded}>
        <Form.Item name="minPublic" label="公需科目不少于" rules={[{ required: true, message: '请填写' }]}>
          <InputNumber {...hoursField} />
        </Form.Item>
        <Form.Item name="minProfessional" label="专业科目不少于" rules={[{ required: true, message: '请填写' }]}>
          <InputNumber {...hoursField} />
        </Form.Item>
        <Form.Item
          name="minTotal"
          label="合计不少于"
          dependencies={['minPublic', 'minProfessional']}
          rules={[
            { required: true, message: '请填写' },
            ({ getFieldValue }) => ({
              validator: (_r, value: number | null) => {
                const parts = Number(getFieldValue('minPublic') ?? 0) + Number(getFieldValue('minProfessional') ?? 0)
                return value === null || value === undefined || value >= parts
                  ? Promise.resolve()
                  : Promise.reject(new Error(`合计不应少于公需与专业之和（${parts} 学时）`))
              }
            })
          ]}
        >
          <InputNumber {...hoursField} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={saving}>
            保存
          </Button>
        </Form.Item>
      </Form>
    </Card>
  )
}
