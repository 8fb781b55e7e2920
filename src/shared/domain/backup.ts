export interface BackupInfo {
  /** File name inside the backups folder; the id a caller uses to restore. */
  name: string
  path: string
  size: number
  /** Local time the backup was taken, "YYYY-MM-DD HH:MM:SS". */
  createdAt: string
  reason: string
}
