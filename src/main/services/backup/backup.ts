import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import type { BackupInfo } from '../../../shared/domain/backup'
import { AppError } from '../../../shared/errors'
import type { AppContext } from '../../context'
import { appendAudit } from '../audit'
import { applyRetention, copyDatabase, listBackupFiles, stamp, writeBackup } from './snapshot'

/** How many of the latest backups retention keeps (besides one a month). */
const KEEP_LATEST = 10

/**
 * Takes a backup now into the backups folder and prunes old ones (keep 10 + one a month).
 * `protect`: files pruning must spare, e.g. the backup about to be restored from.
 */
export async function backupNow(ctx: AppContext, reason: string, protect: readonly string[] = []): Promise<BackupInfo> {
  const backup = await provisionalBackup(ctx, reason)
  backup.keep(protect)
  const info = listBackupFiles(ctx.dataDir).find((b) => b.path === backup.path)
  if (!info) throw new AppError('internal', '备份文件写入后未找到')
  return info
}

/** A backup whose retention waits for the work after it: see provisionalBackup. */
export interface ProvisionalBackup {
  path: string
  /** The work changed the data: keep the backup and prune old ones (sparing `protect`). */
  keep(protect?: readonly string[]): void
  /** The work changed nothing: delete the backup, so no older one was pruned for it. */
  discard(): void
}

/**
 * A backup taken before work that may end up changing nothing (an import refused for its
 * errors): the backups kept are those of changes, not of attempts. backupNow keeps it at once.
 */
export async function provisionalBackup(ctx: AppContext, reason: string): Promise<ProvisionalBackup> {
  const path = await writeBackup(ctx.db, ctx.dataDir, ctx.now(), reason)
  return {
    path,
    keep: (protect = []) => applyRetention(ctx.dataDir, KEEP_LATEST, protect),
    discard: () => rmSync(path, { force: true })
  }
}

/** The first start of each day takes a backup; later starts that day do nothing. */
export async function ensureDailyBackup(ctx: AppContext): Promise<BackupInfo | null> {
  const { day } = stamp(ctx.now())
  if (listBackupFiles(ctx.dataDir).some((b) => b.name.startsWith(`xueshi-${day}-`))) return null
  return backupNow(ctx, 'daily')
}

export function listBackups(ctx: AppContext): BackupInfo[] {
  return listBackupFiles(ctx.dataDir).reverse()
}

/** A backup to a file the officer chose (a USB stick, another folder). */
export async function backupTo(ctx: AppContext, outFile: string): Promise<string> {
  const target = resolve(outFile)
  if (target === resolve(ctx.dbPath)) throw new AppError('invalid_input', '备份文件不能是当前正在使用的数据库文件')
  mkdirSync(dirname(target), { recursive: true })
  try {
    await copyDatabase(ctx.db, target)
  } catch (e) {
    throw new AppError('refused', `无法写入备份文件「${target}」：${e instanceof Error ? e.message : String(e)}`)
  }
  appendAudit(ctx, { action: 'backup.export', entity: 'database', entityId: null, after: { file: target } })
  return target
}

export function backupPathByName(ctx: AppContext, name: string): string {
  const info = listBackupFiles(ctx.dataDir).find((b) => b.name === name)
  if (!info || !existsSync(info.path)) throw new AppError('not_found', `备份「${name}」不存在`)
  return info.path
}
