import { join } from 'node:path'
import type { reportsCalls } from '../../shared/contract/reports'
import type { Handlers } from '../transport/registry'
import { REPORT_LABELS, reportFileName, runReport, verifyCertificate } from '../services/exporting'
import { outputDir } from '../files/workDir'
import type { HandlerDeps } from './deps'

export function reportsHandlers(deps: HandlerDeps): Handlers<typeof reportsCalls> {
  return {
    'reports.start': (request, { app }) => {
      const name = reportFileName(app, request)
      const path = join(outputDir(deps.workDir), name)
      const jobId = deps.jobs.start(`reports.${request.report}`, `正在生成${REPORT_LABELS[request.report]}…`, async ({ progress, signal }) => {
        const result = await runReport(app, request, path, { onProgress: progress, signal })
        return { fileId: deps.files.add({ path, name }), name, count: result.pages ?? result.rows ?? 0, warnings: result.warnings }
      })
      return { jobId }
    },
    'reports.verify': ({ code }, { app }) => verifyCertificate(app, code)
  }
}
