import { useEffect, useState } from 'react'
import { App, Button, Drawer, Table, Tag } from 'antd'
import dayjs from 'dayjs'
import type { ImportBatch } from '../../../../shared/domain/batch'
import { api } from '../../api/client'
import { IMPORT_KIND_LABEL } from '../../components/import/importKinds'

const PAGE = 20

/** 导入记录: every import batch, each undoable as a whole (撤销导入). */
export function ImportBatchesDrawer({ open, onClose, onUndone }: { open: boolean; onClose: () => void; onUndone: () => void }) {
  const { modal, message } = App.useApp()
  const [page, setPage] = useState(1)
  const [data, setData] = useState<{ rows: ImportBatch[]; total: number }>({ rows: [], total: 0 })
  const [version, setVersion] = useState(0)
  const [loaded, setLoaded] = useState<string | null>(null)
  const want = `${page}:${version}`

  useEffect(() => {
    if (!open) return
    let live = true
    api('import.batches', { offset: (page - 1) * PAGE, limit: PAGE })
      .then((r) => {
        if (!live) return
        setData({ rows: r.rows, total: r.total })
        setLoaded(`${page}:${version}`)
      })
      .catch((e: Error) => message.error(e.message))
    return () => {
      live = false
    }
  }, [open, page, version, message])

  const undo = (batch: ImportBatch) => {
    modal.confirm({
      title: `撤销导入「${batch.fileName}」？`,
      content:
        batch.kind === 'roster'
          ? `此次导入新增的 ${batch.added} 人将被移除，更新过的 ${batch.updated} 人恢复为导入前的信息。`
          : `此次导入的 ${batch.added} 条申报将被删除（已审核的申报也会一并删除）。`,
      okText: '撤销导入',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          const result = await api('import.undo', { batchId: batch.id })
          message.success(`已撤销，恢复了 ${result.reverted} 条记录`)
          setVersion((v) => v + 1)
          onUndone()
        } catch (e) {
          message.error((e as Error).message)
        }
      }
    })
  }

  return (
    <Drawer open={open} onClose={onClose} title="导入记录" size={780}>
      <Table<ImportBatch>
        size="small"
        rowKey="id"
        loading={open && loaded !== want}
        dataSource={data.rows}
        locale={{ emptyText: '还没有导入过文件' }}
        pagination={{ current: page, pageSize: PAGE, total: data.total, onChange: setPage, showSizeChanger: false, size: 'small' }}
        columns={[
          { title: '时间', dataIndex: 'createdAt', width: 150, render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm') },
          { title: '类型', dataIndex: 'kind', width: 90, render: (k: ImportBatch['kind']) => IMPORT_KIND_LABEL[k] },
          { title: '文件', dataIndex: 'fileName', ellipsis: true },
          { title: '新增', dataIndex: 'added', width: 60, align: 'right' },
          { title: '更新', dataIndex: 'updated', width: 60, align: 'right' },
          {
            title: '操作',
            key: 'undo',
            width: 110,
            render: (_: unknown, b) =>
              b.undoneAt ? (
                <Tag>已撤销</Tag>
              ) : (
                <Button size="small" danger type="link" onClick={() => undo(b)}>
                  撤销导入
                </Button>
              )
          }
        ]}
      />
    </Drawer>
  )
}
