import { Button, Modal, Progress, Typography } from 'antd'
import type { JobState } from '../../../shared/domain/job'

/** A modal progress bar for a running job, with 取消. */
export function JobProgress({ job, title, onCancel }: { job: JobState | null; title: string; onCancel: () => void }) {
  const open = job?.status === 'running'
  const percent = job && job.total > 0 ? Math.min(100, Math.floor((job.done / job.total) * 100)) : undefined
  return (
    <Modal open={open} title={title} closable={false} maskClosable={false} footer={<Button onClick={onCancel}>取消</Button>}>
      <Progress percent={percent ?? 0} status="active" showInfo={percent !== undefined} />
      <Typography.Text type="secondary">
        {job?.message ?? '正在准备…'}
        {job && job.total > 0 ? `（${job.done.toLocaleString('zh-CN')} / ${job.total.toLocaleString('zh-CN')}）` : ''}
      </Typography.Text>
    </Modal>
  )
}
