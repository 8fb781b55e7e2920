import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import type Database from 'better-sqlite3'
import { AppError } from '../../shared/errors'
import type { AppContext } from '../context'
import { writeBackup } from '../services/backup/snapshot'
import { openConnection, setNativeBinding, tableNames, userVersion } from './connection'
import { LATEST_VERSION, MIGRATIONS, checkContiguous, type Migration } from './migrations'
import { migrate } from './migrate'
import { syncReferenceData } from './reference'

export interface OpenOptions {
  now?: () => Date
  /** Folder for attachments/ and backups/; default: the folder holding the database file. */
  dataDir?: string
  /** better-sqlite3's addon built for Electron (the desktop app); plain Node uses the default. */
  nativeBinding?: string
  /** The migration list; only tests of the migration machinery pass their own. */
  migrations?: readonly Migration[]
}

/** Refuses a database this program cannot safely write: one from a newer version, or a foreign one. */
export function assertOpenable(db: Database.Database, path: string, latest = LATEST_VERSION): void {
  const version = userVersion(db)
  if (version > latest) {
    throw new AppError(
      'refused',
      `数据库「${path}」由更新版本的学时核认助手创建（数据版本 ${version}，本程序只支持到 ${latest}）。请升级程序后再打开；为保护数据，未做任何更改。`
    )
  }
  if (version === 0 && tableNames(db).length > 0) {
    throw new AppError('refused', `文件「${path}」是其他程序的数据库，不是学时核认助手的数据，未做任何更改。`)
  }
}

/**
 * Opens (creating if needed) the database at `path` and brings its schema up to date. An
 * existing database is backed up before it is migrated, so a failed upgrade loses nothing.
 */
export async function openDatabase(path: string, options: OpenOptions = {}): Promise<AppContext> {
  const dbPath = resolve(path)
  const dataDir = options.dataDir ?? dirname(dbPath)
  const now = options.now ?? (() => new Date())
  mkdirSync(dirname(dbPath), { recursive: true })
  if (options.nativeBinding !== undefined) setNativeBinding(options.nativeBinding)
  const migrations = options.migrations ?? MIGRATIONS
  checkContiguous(migrations)
  const db = openConnection(dbPath, { beforeWrite: (candidate) => assertOpenable(candidate, dbPath, migrations.length) })
  try {
    const version = userVersion(db)
    if (version > 0 && version < migrations.length) await writeBackup(db, dataDir, now(), 'pre-migrate')
    migrate(db, migrations)
    syncReferenceData(db)
  } catch (e) {
    db.close()
    throw e
  }
  return { db, dbPath, dataDir, now }
}

export function closeDatabase(ctx: AppContext): void {
  if (ctx.db.open) ctx.db.close()
}
