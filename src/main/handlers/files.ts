import { copyFileSync, renameSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { filesCalls } from '../../shared/contract/files'
import { AppError } from '../../shared/errors'
import type { Handlers } from '../transport/registry'
import { getAttachment } from '../services/claims/attachments'
import { isAllowedExternalUrl } from '../electron/windowOptions'
import { networkDriveWarning } from '../storage/networkDrive'
import type { HandlerDeps } from './deps'
import packageJson from '../../../package.json'

const VERSION: string = packageJson.version

function desktopOnly(deps: HandlerDeps) {
  if (!deps.desktop) throw new AppError('refused', '浏览器模式下不可用：请使用页面上的上传或下载')
  return deps.desktop
}

export function filesHandlers(deps: HandlerDeps): Handlers<typeof filesCalls> {
  return {
    'app.info': (_input, { app }) => {
      const warning = networkDriveWarning(app.dataDir)
      return {
        mode: deps.desktop ? 'desktop' : 'browser',
        version: VERSION,
        dataDir: app.dataDir,
        dbPath: app.dbPath,
        ...(warning ? { networkWarning: warning } : {})
      }
    },
    'files.pickOpen': async ({ purpose }) => {
      const path = await desktopOnly(deps).pickOpen(purpose)
      if (!path) return null
      const name = basename(path)
      return { fileId: deps.files.add({ path, name }), name }
    },
    'files.saveAs': async ({ fileId }) => {
      const entry = deps.files.get(fileId)
      if (!entry) throw new AppError('not_found', '文件不存在或已过期，请重新导出')
      const target = await desktopOnly(deps).saveAs(entry.name)
      if (!target) return { saved: false, name: entry.name }
      // Copy next to the target, then rename: the officer never sees a half-written file.
      const temp = join(dirname(target), `.${basename(target)}.part`)
      try {
        copyFileSync(entry.path, temp)
        renameSync(temp, target)
      } catch {
        throw new AppError('refused', `无法保存到「${target}」：请检查文件是否已在 Excel 等程序中打开，或换一个位置`)
      }
      return { saved: true, name: basename(target) }
    },
    'files.attachment': ({ attachmentId }, { app }) => {
      const a = getAttachment(app, attachmentId)
      return { fileId: deps.files.add({ path: a.path, name: a.name, mime: a.mime }), name: a.name, mime: a.mime }
    },
    'files.openDataFolder': async (_input, { app }) => {
      await desktopOnly(deps).openPath(app.dataDir)
      return { opened: true }
    },
    'files.openExternal': async ({ url }) => {
      if (!isAllowedExternalUrl(url)) throw new AppError('refused', `不允许打开此链接：${url}（只允许国家级继续教育基地等白名单网站）`)
      await desktopOnly(deps).openExternal(url)
      return { opened: true }
    }
  }
}
