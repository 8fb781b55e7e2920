export { backupNow, backupPathByName, backupTo, ensureDailyBackup, listBackups, provisionalBackup } from './backup'
export type { ProvisionalBackup } from './backup'
export { checkBackupFile, restore } from './restore'
export { applyRetention, backupsDir } from './snapshot'
