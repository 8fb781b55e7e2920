import { Input, Modal, Space, Tag, Typography } from 'antd'
import { useState } from 'react'

export type ReasonAction = 'return' | 'reject'

const TITLES: Record<ReasonAction, string> = { return: '退回申报', reject: '不予认定' }
const HINTS: Record<ReasonAction, string> = {
  return: '退回后申报人可补充材料再次提交。请写明需要补充什么。',
  reject: '不予认定的申报不计入学时。请写明依据。'
}
const COMMON: Record<ReasonAction, string[]> = {
  return: ['材料不全，请补充', '证明材料不清晰，请重新上传', '申报学时与材料不符，请核对'],
  reject: ['不属于继续教育范围', '不在申报年度内', '重复申报']
}

interface Props {
  action: ReasonAction | null
  /** How many claims the decision concerns. */
  count: number
  onCancel(): void
  onSubmit(reason: string): Promise<void>
}

/** Asks the reason for returning or rejecting (required, as main also insists). */
export function ReasonModal({ action, count, onCancel, onSubmit }: Props) {
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const [tried, setTried] = useState(false)
  const empty = !reason.trim()
  const submit = async () => {
    setTried(true)
    if (empty || busy) return
    setBusy(true)
    try {
      await onSubmit(reason.trim())
      setReason('')
      setTried(false)
    } finally {
      setBusy(false)
    }
  }
  return (
    <Modal
      open={action !== null}
      title={action ? `${TITLES[action]}${count > 1 ? `（${count} 条）` : ''}` : ''}
      okText={action ? TITLES[action] : '确定'}
      cancelText="取消"
      okButtonProps={{ danger: action === 'reject', loading: busy }}
      onOk={() => void submit()}
      onCancel={() => {
        setTried(false)
        onCancel()
      }}
      destroyOnHidden
      afterOpenChange={(open) => open && document.querySelector<HTMLTextAreaElement>('[data-testid="reason-input"]')?.focus()}
    >
      {action && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">{HINTS[action]}</Typography.Text>
          <Input.TextArea
            data-testid="reason-input"
            rows={3}
            maxLength={500}
            showCount
            value={reason}
            status={tried && empty ? 'error' : undefined}
            placeholder="原因（必填），Ctrl+Enter 提交"
            onChange={(e) => setReason(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit()
            }}
          />
          {tried && empty && <Typography.Text type="danger">请填写原因</Typography.Text>}
          <Space size={4} wrap>
            <Typography.Text type="secondary">常用：</Typography.Text>
            {COMMON[action].map((c) => (
              <Tag key={c} style={{ cursor: 'pointer' }} onClick={() => setReason(c)}>
                {c}
              </Tag>
            ))}
          </Space>
        </Space>
      )}
    </Modal>
  )
}
