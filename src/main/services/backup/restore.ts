import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type Database from 'better-sqlite3'
import type { BackupInfo } from '../../../shared/domain/backup'
import { AppError } from '../../../shared/errors'
import type { AppContext } from '../../context'
import { CORE_TABLES, isNotADatabase, openConnection, tableNames, userVersion } from '../../db/connection'
import { LATEST_VERSION } from '../../db/migrations'
import { migrate } from '../../db/migrate'
import { syncReferenceData } from '../../db/reference'
import { appendAudit } from '../audit'
import { backupNow } from './backup'

function refuse(file: string, why: string): AppError {
  return new AppError('refused', `不能从「${file}」恢复：${why}。当前数据库未做任何更改。`)
}

/** Opens the candidate read-only and checks it is a whole, uncorrupted database of ours. */
export function checkBackupFile(file: string): { version: number } {
  if (!existsSync(file)) throw refuse(file, '文件不存在')
  let db: Database.Database
  try {
    db = openConnection(file, { readonly: true })
  } catch (e) {
    if (e instanceof AppError || isNotADatabase(e)) throw refuse(file, '这不是有效的数据库文件（可能已损坏）')
    throw refuse(file, '无法打开文件')
  }
  try {
    let integrity: string[]
    try {
      integrity = db
        .prepare<[], { integrity_check: string }>('PRAGMA integrity_check')
        .all()
        .map((r) => r.integrity_check)
    } catch (e) {
      if (isNotADatabase(e)) throw refuse(file, '这不是有效的数据库文件（可能已损坏）')
      throw e
    }
    if (integrity.length !== 1 || integrity[0] !== 'ok') throw refuse(file, `数据库完整性检查未通过（${integrity.slice(0, 3).join('；')}）`)
    const version = userVersion(db)
    if (version > LATEST_VERSION) throw refuse(file, `该备份由更新版本的程序创建（数据版本 ${version}），请先升级程序`)
    const tables = new Set(tableNames(db))
    if (version < 1 || CORE_TABLES.some((t) => !tables.has(t))) throw refuse(file, '这不是学时核认助手的数据库')
    return { version }
  } finally {
    db.close()
  }
}

/**
 * Replaces the current data with a backup. The backup is checked first (integrity, ours, not
 * newer) and the current database is snapshotted; then the backup is copied into the live
 * database with SQLite's backup API (the live connection sees the new content, no file is
 * swapped under it) and brought up to the current schema.
 */
export async function restore(ctx: AppContext, file: string): Promise<{ snapshot: BackupInfo }> {
  const source = resolve(file)
  if (source === resolve(ctx.dbPath)) throw refuse(source, '不能用当前数据库恢复自身')
  checkBackupFile(source)
  // The snapshot's pruning must not delete the very backup we are restoring from.
  const snapshot = await backupNow(ctx, 'pre-restore', [source])
  const src = openConnection(source, { readonly: true })
  try {
    await src.backup(ctx.dbPath)
  } finally {
    src.close()
  }
  ctx.db.pragma('journal_mode = WAL')
  migrate(ctx.db)
  syncReferenceData(ctx.db)
  appendAudit(ctx, { action: 'backup.restore', entity: 'database', entityId: null, after: { from: source, snapshot: snapshot.name } })
  return { snapshot }
}
