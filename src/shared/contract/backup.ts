import { z } from 'zod'
import type { BackupInfo } from '../domain/backup'
import { call } from './define'

export const backupCalls = {
  'backup.list': call<BackupInfo[]>()(z.object({})),
  'backup.now': call<BackupInfo>()(z.object({})),
  /** Restores one of the listed backups (by its name, never a path). */
  'backup.restore': call<{ snapshot: BackupInfo }>()(
    z.object({ name: z.string({ error: '请选择备份' }).regex(/^xueshi-\d{8}-\d{6}-[A-Za-z0-9-]+\.db$/, '备份名称无效') })
  )
}
