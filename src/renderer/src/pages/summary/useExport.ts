import { App } from 'antd'
import { useState } from 'react'
import type { ExportResult } from '../../../../shared/domain/job'
import { api, type Input } from '../../api/client'
import { saveFile } from '../../api/files'
import { useJob } from '../../api/useJob'
import { errorText } from '../../components/data/errorText'

/**
 * Runs an export as a job (progress, 取消), then saves the file where the officer chooses: the
 * save dialog in the desktop app, a download in the browser.
 */
export function useExport() {
  const { message, modal } = App.useApp()
  const job = useJob<ExportResult>()
  const [title, setTitle] = useState('')

  const run = async (request: Input<'reports.start'>, what: string) => {
    setTitle(`正在导出${what}`)
    try {
      const state = await job.start(() => api('reports.start', request))
      if (state.status === 'done' && state.result) {
        const result = state.result
        if (await saveFile(result)) message.success(`已导出${what}「${result.name}」`)
        if (result.warnings.length) {
          modal.warning({ title: `${what}已导出，但有以下提示`, content: result.warnings.join('；') })
        }
      } else if (state.status === 'cancelled') message.info(`已取消导出${what}`)
      else message.error(state.error?.message ?? `导出${what}失败`)
    } catch (e) {
      message.error(errorText(e))
    } finally {
      job.reset()
    }
  }
  return { run, job: job.job, title, cancel: job.cancel }
}
