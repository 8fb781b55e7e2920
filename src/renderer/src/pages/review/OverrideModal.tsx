import { Form, Input, InputNumber, Modal, Typography } from 'antd'
import { useState } from 'react'
import type { ClaimRecord } from '../../../../shared/domain/claimRecord'
import { formatHours, hoursToTenths, tenthsToHours } from '../../../../shared/hours'

interface Props {
  claim: ClaimRecord | null
  onCancel(): void
  /** Hours in tenths, or null to go back to the computed hours. */
  onSubmit(hours: number | null, reason: string): Promise<void>
}

interface Values {
  hours: number | null
  reason: string
}

/** 调整认定学时: recognised hours in place of the computed ones, with a reason. */
export function OverrideModal({ claim, onCancel, onSubmit }: Props) {
  const [form] = Form.useForm<Values>()
  const [busy, setBusy] = useState(false)
  const submit = async (clear: boolean) => {
    // Invalid fields show their own messages; there is nothing more to say.
    const values = await form.validateFields().catch(() => null)
    if (!values) return
    setBusy(true)
    try {
      await onSubmit(clear || values.hours === null ? null : hoursToTenths(values.hours), values.reason.trim())
    } finally {
      setBusy(false)
    }
  }
  return (
    <Modal
      open={claim !== null}
      title="调整认定学时"
      okText="调整"
      cancelText="取消"
      confirmLoading={busy}
      onOk={() => void submit(false)}
      onCancel={onCancel}
      destroyOnHidden
      footer={(_, { OkBtn, CancelBtn }) => (
        <>
          {claim?.overrideHours !== null && claim?.overrideHours !== undefined && (
            <a style={{ float: 'left', lineHeight: '32px' }} onClick={() => void submit(true)}>
              恢复为折算学时
            </a>
          )}
          <CancelBtn />
          <OkBtn />
        </>
      )}
    >
      {claim && (
        <Form<Values>
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ hours: tenthsToHours(claim.overrideHours ?? claim.computedHours), reason: claim.overrideReason ?? '' }}
        >
          <Typography.Paragraph type="secondary">
            按细则折算为 {formatHours(claim.computedHours)} 学时（{claim.clause}）。调整后以认定学时计入汇总，并记入操作日志。
          </Typography.Paragraph>
          <Form.Item name="hours" label="认定学时" rules={[{ required: true, message: '请填写认定学时' }]}>
            <InputNumber min={0} max={1000} step={0.5} precision={1} autoFocus style={{ width: 160 }} suffix="学时" />
          </Form.Item>
          <Form.Item name="reason" label="调整理由" rules={[{ required: true, whitespace: true, message: '请填写调整理由' }]}>
            <Input.TextArea rows={3} maxLength={500} showCount placeholder="例如：细则未规定该形式的折算，按实际学习时长认定" />
          </Form.Item>
        </Form>
      )}
    </Modal>
  )
}
