import { useState } from 'react'
import { Alert, App, Button, Flex, Modal, Result, Steps, Typography } from 'antd'
import { FileExcelOutlined } from '@ant-design/icons'
import type { ImportKind } from '../../../../shared/domain/batch'
import type { ImportReport } from '../../../../shared/domain/importReport'
import type { FileRef, JobState } from '../../../../shared/domain/job'
import { api } from '../../api/client'
import { pickFile } from '../../api/files'
import { useJob } from '../../api/useJob'
import { JobProgress } from '../JobProgress'
import { ImportReportView } from './ImportReportView'
import { IMPORT_KIND_HINT, IMPORT_KIND_LABEL } from './importKinds'
import { TemplateButton } from './TemplateButton'

type Phase = 'choose' | 'preview' | 'done'

const PROGRESS_DELAY_MS = 500

interface Props {
  kind: ImportKind
  open: boolean
  onClose: () => void
  /** Called after a real import wrote a batch, so the screen can reload. */
  onImported?: (report: ImportReport) => void
}

/** 选择文件 → 检查（试导入，不写入）→ 预览与错误列表 → 确认导入 → 结果. */
export function ImportWizard({ kind, open, onClose, onImported }: Props) {
  const { message } = App.useApp()
  const { job, start, cancel, reset } = useJob<ImportReport>()
  const [phase, setPhase] = useState<Phase>('choose')
  const [file, setFile] = useState<FileRef | null>(null)
  const [report, setReport] = useState<ImportReport | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [dryRunning, setDryRunning] = useState(true)
  const [slow, setSlow] = useState(false)
  const label = IMPORT_KIND_LABEL[kind]

  const run = async (ref: FileRef, dryRun: boolean): Promise<ImportReport | null> => {
    setError(null)
    setBusy(true)
    setDryRunning(dryRun)
    // The progress window only for work that takes a while: a small file would just flash it.
    const timer = window.setTimeout(() => setSlow(true), PROGRESS_DELAY_MS)
    try {
      const state: JobState<ImportReport> = await start(() => api('import.start', { kind, fileId: ref.fileId, dryRun }))
      if (state.status === 'done' && state.result) return state.result
      if (state.status === 'cancelled') message.info('已取消，数据未做任何更改')
      else setError(state.error?.message ?? '导入失败，数据未做任何更改')
      return null
    } catch (e) {
      setError((e as Error).message)
      return null
    } finally {
      window.clearTimeout(timer)
      setSlow(false)
      setBusy(false)
    }
  }

  const choose = async () => {
    setError(null)
    let ref: FileRef | null
    try {
      ref = await pickFile('import')
    } catch (e) {
      setError((e as Error).message)
      return
    }
    if (!ref) return
    setFile(ref)
    const checked = await run(ref, true)
    if (checked) {
      setReport(checked)
      setPhase('preview')
    }
  }

  const confirm = async () => {
    if (!file) return
    const done = await run(file, false)
    if (!done) return
    setReport(done)
    if (done.errors.length > 0) return
    setPhase('done')
    onImported?.(done)
  }

  const close = () => {
    reset()
    setPhase('choose')
    setFile(null)
    setReport(null)
    setError(null)
    onClose()
  }

  const footer =
    phase === 'choose' ? (
      <Button onClick={close}>关闭</Button>
    ) : phase === 'preview' ? (
      <>
        <Button onClick={() => void choose()} disabled={busy}>
          重新选择文件
        </Button>
        <Button
          type="primary"
          disabled={!report || report.errors.length > 0 || report.rows === 0}
          loading={busy}
          onClick={() => void confirm()}
        >
          确认导入
        </Button>
      </>
    ) : (
      <Button type="primary" onClick={close}>
        完成
      </Button>
    )

  return (
    <Modal
      open={open}
      title={`导入${label}`}
      width={820}
      onCancel={busy ? undefined : close}
      mask={{ closable: false }}
      footer={footer}
      destroyOnHidden
    >
      <Steps
        size="small"
        current={phase === 'choose' ? 0 : phase === 'preview' ? 1 : 2}
        items={[{ title: '选择文件' }, { title: '检查与预览' }, { title: '完成' }]}
        style={{ marginBottom: 20 }}
      />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      {phase === 'choose' && (
        <Flex vertical align="center" gap={12} style={{ padding: '16px 0' }}>
          <Typography.Paragraph type="secondary" style={{ maxWidth: 600, textAlign: 'center' }}>
            支持 .xlsx 和 .csv 文件，第一行为表头（列名与模板一致，常见的别名也能识别）。{IMPORT_KIND_HINT[kind]}
            选择文件后会先检查全部行，确认无误后才写入。
          </Typography.Paragraph>
          <Button type="primary" size="large" icon={<FileExcelOutlined />} loading={busy} onClick={() => void choose()}>
            选择{label}文件
          </Button>
          <Flex align="center" gap={4}>
            <Typography.Text type="secondary">还没有表格？下载</Typography.Text>
            <TemplateButton kind={kind} type="link" />
          </Flex>
        </Flex>
      )}
      {phase === 'preview' && report && (
        <>
          <Typography.Paragraph type="secondary">文件：{report.fileName}（检查结果，尚未写入）</Typography.Paragraph>
          <ImportReportView report={report} />
        </>
      )}
      {phase === 'done' && report && (
        <Result
          status="success"
          title={`${label}导入完成`}
          subTitle={`新增 ${report.added} 条，更新 ${report.updated} 条，无变化 ${report.unchanged} 条。如有误，可在“导入记录”中撤销整批导入。`}
        />
      )}
      <JobProgress job={slow ? job : null} title={`正在${dryRunning ? '检查' : '导入'}${label}`} onCancel={() => void cancel()} />
    </Modal>
  )
}
