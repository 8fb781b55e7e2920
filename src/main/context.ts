import type Database from 'better-sqlite3'

/**
 * Everything a service needs, passed in (never imported as a singleton) so tests build one per
 * temporary database and the command line and the desktop app build theirs the same way.
 */
export interface AppContext {
  db: Database.Database
  /** Path of the SQLite file. */
  dbPath: string
  /** Folder holding the database, attachments/ and backups/. */
  dataDir: string
  /** The clock, injectable for tests. */
  now: () => Date
}

/** Passed to every handler by the transport: progress for long work, and cancellation. */
export interface CallContext {
  app: AppContext
  onProgress?: (done: number, total: number, message?: string) => void
  signal?: AbortSignal
}
