import Database from 'better-sqlite3'
import { AppError } from '../../shared/errors'

let nativeBinding: string | undefined

/**
 * The Electron build loads better-sqlite3's addon compiled for Electron from its own path; every
 * connection this program opens (the live one, backups, restore checks) must use that same addon.
 */
export function setNativeBinding(path: string | undefined): void {
  nativeBinding = path
}

/** A bare connection (no pragmas) through the configured addon. */
export function newDatabase(path: string, options: Database.Options = {}): Database.Database {
  return new Database(path, nativeBinding === undefined ? options : { ...options, nativeBinding })
}

/**
 * The pragmas every connection needs. WAL lets readers (reports) run beside a writer;
 * synchronous=FULL makes a committed transaction survive a power cut.
 */
export function applyPragmas(db: Database.Database, options: { readonly?: boolean } = {}): void {
  db.pragma('busy_timeout = 5000')
  if (!options.readonly) db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('foreign_keys = ON')
}

/**
 * Opens a connection; `beforeWrite` runs before anything is written (even the WAL switch), so a
 * database we must refuse is left byte for byte as it was. A file that is not SQLite is refused.
 */
export function openConnection(
  path: string,
  options: { readonly?: boolean; beforeWrite?: (db: Database.Database) => void } = {}
): Database.Database {
  const db = newDatabase(path, options.readonly ? { readonly: true, fileMustExist: true } : {})
  try {
    db.pragma('busy_timeout = 5000')
    options.beforeWrite?.(db)
    applyPragmas(db, options)
    return db
  } catch (e) {
    db.close()
    if (isNotADatabase(e)) throw new AppError('refused', `文件「${path}」不是有效的数据库文件（可能已损坏或不是本程序的数据），未做任何更改。`)
    throw e
  }
}

export function isNotADatabase(e: unknown): boolean {
  return e instanceof Error && 'code' in e && (e.code === 'SQLITE_NOTADB' || e.code === 'SQLITE_CORRUPT')
}

export function userVersion(db: Database.Database): number {
  return Number(db.pragma('user_version', { simple: true }))
}

/** Names of the tables of our schema that a database must have to be one of ours. */
export const CORE_TABLES = ['settings', 'employees', 'claims', 'audit_log'] as const

export function tableNames(db: Database.Database): string[] {
  return db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all()
    .map((r) => r.name)
}
