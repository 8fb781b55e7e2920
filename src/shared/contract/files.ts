import { z } from 'zod'
import { call } from './define'
import type { FileRef } from '../domain/job'

/** Where the renderer runs and where the data lives, for the settings screen and the title. */
export interface AppInfo {
  mode: 'desktop' | 'browser'
  version: string
  dataDir: string
  dbPath: string
  /** Set when the data folder sits on a network drive (SQLite's WAL is unsafe there). */
  networkWarning?: string
}

export const filesCalls = {
  'app.info': call<AppInfo>()(z.object({})),
  /** Desktop: the system's open dialog; null when cancelled. (Browser mode uploads instead.) */
  'files.pickOpen': call<FileRef | null>()(z.object({ purpose: z.enum(['import', 'attachment', 'backup']) })),
  /** Desktop: the save dialog, then the file is copied there. (Browser mode downloads instead.) */
  'files.saveAs': call<{ saved: boolean; name: string }>()(z.object({ fileId: z.string().min(1).max(100) })),
  /** An attachment by its id (SHA-256), for preview in place through the file URL. */
  'files.attachment': call<FileRef & { mime: string }>()(
    z.object({ attachmentId: z.string().regex(/^[0-9a-f]{64}$/, '附件编号无效') })
  ),
  'files.openDataFolder': call<{ opened: boolean }>()(z.object({})),
  /** Opens an allow-listed https link in the system browser (desktop). */
  'files.openExternal': call<{ opened: boolean }>()(z.object({ url: z.string().url('链接无效').max(500) }))
}
