import { join } from 'node:path'
import type { importCalls } from '../../shared/contract/import'
import { AppError } from '../../shared/errors'
import type { Handlers } from '../transport/registry'
import { importFile } from '../services/importing/importFile'
import { listBatches, undoBatch } from '../services/batches'
import { writeTemplate } from '../import/template'
import { outputDir } from '../files/workDir'
import type { HandlerDeps } from './deps'

const TEMPLATE_NAMES = { roster: '人员名册模板.xlsx', claims: '学时申报模板.xlsx' } as const

export function importHandlers(deps: HandlerDeps): Handlers<typeof importCalls> {
  return {
    'import.start': ({ kind, fileId, dryRun }, { app }) => {
      const file = deps.files.get(fileId)
      if (!file) throw new AppError('not_found', '所选文件已失效，请重新选择文件')
      const label = kind === 'roster' ? '人员名册' : '学时申报'
      const jobId = deps.jobs.start(`import.${kind}`, `正在${dryRun ? '检查' : '导入'}${label}…`, async ({ progress, signal }) => {
        const errorsName = `${file.name.replace(/\.[^.]+$/, '')}-错误说明.xlsx`
        const errorsOut = join(outputDir(deps.workDir), errorsName)
        const report = await importFile(app, kind, file.path, { dryRun, fileName: file.name, errorsOut, onProgress: progress, signal })
        if (report.errors.length > 0) report.errorsFile = { fileId: deps.files.add({ path: errorsOut, name: errorsName }), name: errorsName }
        return report
      })
      return { jobId }
    },
    'import.template': async ({ kind }) => {
      const name = TEMPLATE_NAMES[kind]
      const path = join(outputDir(deps.workDir), name)
      await writeTemplate(kind, path)
      return { fileId: deps.files.add({ path, name }), name }
    },
    'import.batches': ({ offset, limit }, { app }) => listBatches(app, { offset, limit }),
    'import.undo': ({ batchId }, { app }) => undoBatch(app, batchId)
  }
}
