import { Button, Empty, Spin, Typography } from 'antd'
import { api, fileUrl } from '../../api/client'
import { saveFile } from '../../api/files'
import { useLoaded } from '../data/useLoaded'

/** One attachment shown in place: images and PDFs inline, anything else offered for saving. */
export function AttachmentPreview({ attachmentId, name }: { attachmentId: string; name: string }) {
  const file = useLoaded(`attachment:${attachmentId}`, () => api('files.attachment', { attachmentId }))
  if (file.error) return <Typography.Text type="danger">{file.error}</Typography.Text>
  if (!file.data || file.loading) return <Spin size="small" />
  const ref = file.data
  const url = fileUrl(ref.fileId)
  if (ref.mime.startsWith('image/')) {
    return <img src={url} alt={name} data-testid="attachment-image" style={{ maxWidth: '100%', maxHeight: 420, display: 'block', border: '1px solid #f0f0f0' }} />
  }
  if (ref.mime === 'application/pdf') {
    return <iframe src={url} title={name} data-testid="attachment-pdf" style={{ width: '100%', height: 420, border: '1px solid #f0f0f0' }} />
  }
  return (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={`「${name}」不能在此预览`}>
      <Button size="small" onClick={() => void saveFile(ref)}>
        另存为…
      </Button>
    </Empty>
  )
}
