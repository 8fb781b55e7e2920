import { useState } from 'react'
import { App, Button } from 'antd'
import { DownloadOutlined } from '@ant-design/icons'
import type { ImportKind } from '../../../../shared/domain/batch'
import { api } from '../../api/client'
import { saveFile } from '../../api/files'
import { IMPORT_KIND_LABEL } from './importKinds'

/** Downloads (or, in the desktop app, saves) the blank workbook of one import kind. */
export function TemplateButton({ kind, type = 'default' }: { kind: ImportKind; type?: 'default' | 'link' }) {
  const { message } = App.useApp()
  const [busy, setBusy] = useState(false)
  const download = async () => {
    setBusy(true)
    try {
      const ref = await api('import.template', { kind })
      if (await saveFile(ref)) message.success(`已保存${IMPORT_KIND_LABEL[kind]}模板：${ref.name}`)
    } catch (e) {
      message.error((e as Error).message)
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button type={type} icon={<DownloadOutlined />} loading={busy} onClick={() => void download()}>
      {IMPORT_KIND_LABEL[kind]}模板
    </Button>
  )
}
