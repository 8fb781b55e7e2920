import { App, Button, List, Popconfirm, Space, Typography, Upload } from 'antd'
import { InboxOutlined, PaperClipOutlined } from '@ant-design/icons'
import { useState } from 'react'
import type { AttachmentInfo } from '../../../../shared/domain/claimRecord'
import { api } from '../../api/client'
import { sendFile } from '../../api/files'
import { errorText } from '../data/errorText'
import { AttachmentPreview } from './AttachmentPreview'

const sizeText = (bytes: number): string => (bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`)

interface Props {
  claimId: number
  attachments: readonly AttachmentInfo[]
  /** After an attachment was added or removed. */
  onChanged(): void
}

/** A saved claim's attachments: previewed in place, added by drag and drop, removed with a confirm. */
export function AttachmentPanel({ claimId, attachments, onChanged }: Props) {
  const { message } = App.useApp()
  const [shown, setShown] = useState<string | null>(null)
  const [busy, setBusy] = useState(0)
  const current = attachments.find((a) => a.id === shown) ?? attachments[0]

  const add = async (file: File) => {
    setBusy((n) => n + 1)
    try {
      const ref = await sendFile(file)
      const info = await api('claims.addAttachment', { claimId, fileToken: ref.fileId })
      setShown(info.id)
      message.success(`已添加附件「${info.name}」`)
      onChanged()
    } catch (e) {
      message.error(errorText(e))
    } finally {
      setBusy((n) => n - 1)
    }
  }

  const remove = async (a: AttachmentInfo) => {
    try {
      await api('claims.removeAttachment', { claimId, attachmentId: a.id })
      message.success(`已删除附件「${a.name}」`)
      onChanged()
    } catch (e) {
      message.error(errorText(e))
    }
  }

  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }}>
      {attachments.length > 0 && (
        <List
          size="small"
          bordered
          dataSource={[...attachments]}
          renderItem={(a) => (
            <List.Item
              style={{ cursor: 'pointer', background: a.id === current?.id ? '#e6f4ff' : undefined }}
              onClick={() => setShown(a.id)}
              actions={[
                <Popconfirm key="remove" title={`删除附件「${a.name}」？`} okText="删除" cancelText="取消" onConfirm={() => void remove(a)}>
                  <Button type="link" size="small" danger onClick={(e) => e.stopPropagation()}>
                    删除
                  </Button>
                </Popconfirm>
              ]}
            >
              <Space size={4}>
                <PaperClipOutlined />
                <Typography.Text ellipsis style={{ maxWidth: 220 }}>
                  {a.name}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {sizeText(a.size)}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      )}
      {current && <AttachmentPreview key={current.id} attachmentId={current.id} name={current.name} />}
      <Upload.Dragger
        multiple
        showUploadList={false}
        disabled={busy > 0}
        beforeUpload={(file) => {
          void add(file)
          return false
        }}
        style={{ padding: 0 }}
      >
        <p style={{ margin: 0 }}>
          <InboxOutlined style={{ fontSize: 20, color: '#1677ff' }} /> {busy > 0 ? '正在添加…' : '将证明材料拖到此处，或点击选择文件'}
        </p>
      </Upload.Dragger>
    </Space>
  )
}
