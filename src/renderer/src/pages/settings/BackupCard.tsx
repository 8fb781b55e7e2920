import { useCallback, useEffect, useState } from 'react'
import { App, Button, Card, Table, Typography } from 'antd'
import { CloudUploadOutlined } from '@ant-design/icons'
import type { BackupInfo } from '../../../../shared/domain/backup'
import { api } from '../../api/client'
import { reloadUnitSettings } from '../../app/unitSettings'

const REASON_LABEL: Record<string, string> = {
  manual: '手动备份',
  'pre-restore': '恢复前自动备份',
  auto: '自动备份',
  daily: '每日自动备份',
  'pre-migrate': '升级前自动备份',
  'pre-import': '导入前自动备份'
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/** 备份: take one now, list them, restore one (confirmed: the current data is replaced). */
export function BackupCard() {
  const { message, modal } = App.useApp()
  const [backups, setBackups] = useState<BackupInfo[] | null>(null)
  const [busy, setBusy] = useState(false)

  const load = useCallback(() => {
    api('backup.list', {})
      .then((list) => setBackups([...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt))))
      .catch((e: Error) => message.error(e.message))
  }, [message])
  useEffect(load, [load])

  const backupNow = async () => {
    setBusy(true)
    try {
      const info = await api('backup.now', {})
      message.success(`已备份：${info.name}`)
      load()
    } catch (e) {
      message.error((e as Error).message)
    } finally {
      setBusy(false)
    }
  }

  const restore = (b: BackupInfo) => {
    modal.confirm({
      title: `用 ${b.createdAt} 的备份恢复数据？`,
      width: 520,
      content: (
        <>
          <Typography.Paragraph>
            当前的全部数据（人员名册、学时申报、审核结果、设置和操作日志）将被替换为这份备份中的内容，备份之后所做的更改都会消失。
          </Typography.Paragraph>
          <Typography.Paragraph>恢复前程序会先自动备份当前数据，如有需要可以再恢复回来。</Typography.Paragraph>
        </>
      ),
      okText: '恢复',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          const { snapshot } = await api('backup.restore', { name: b.name })
          message.success(`已恢复。恢复前的数据已备份为 ${snapshot.name}`)
          load()
          void reloadUnitSettings()
        } catch (e) {
          message.error((e as Error).message)
        }
      }
    })
  }

  return (
    <Card
      title="数据备份"
      size="small"
      extra={
        <Button type="primary" icon={<CloudUploadOutlined />} loading={busy} onClick={() => void backupNow()}>
          立即备份
        </Button>
      }
    >
      <Table<BackupInfo>
        size="small"
        rowKey="name"
        loading={backups === null}
        dataSource={backups ?? []}
        pagination={{ pageSize: 8, size: 'small', showSizeChanger: false, hideOnSinglePage: true }}
        locale={{ emptyText: '还没有备份。建议每次大批导入或审核前先点“立即备份”。' }}
        columns={[
          { title: '备份时间', dataIndex: 'createdAt', width: 170 },
          { title: '类型', dataIndex: 'reason', width: 140, render: (r: string) => REASON_LABEL[r] ?? r },
          { title: '大小', dataIndex: 'size', width: 100, align: 'right', render: formatSize },
          { title: '文件名', dataIndex: 'name', ellipsis: true },
          {
            title: '操作',
            key: 'restore',
            width: 90,
            render: (_: unknown, b) => (
              <Button type="link" size="small" danger onClick={() => restore(b)}>
                恢复
              </Button>
            )
          }
        ]}
      />
    </Card>
  )
}
