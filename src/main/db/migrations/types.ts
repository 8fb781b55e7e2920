import type Database from 'better-sqlite3'

/** One schema step. `version` is its position: migrations run in order, each exactly once. */
export interface Migration {
  version: number
  name: string
  up: (db: Database.Database) => void
}
