export { backupNow, backupPathByName, backupTo, ensureDailyBackup, listBackups } from './backup'
export { checkBackupFile, restore } from './restore'
export { applyRetention, backupsDir } from './snapshot'
