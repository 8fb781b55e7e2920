import type { backupCalls } from '../../shared/contract/backup'
import type { Handlers } from '../transport/registry'
import { backupNow, backupPathByName, listBackups, restore } from '../services/backup'

export const backupHandlers: Handlers<typeof backupCalls> = {
  'backup.list': (_input, { app }) => listBackups(app),
  'backup.now': (_input, { app }) => backupNow(app, 'manual'),
  'backup.restore': ({ name }, { app }) => restore(app, backupPathByName(app, name))
}
