import type Database from 'better-sqlite3'
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations'
import { userVersion } from './connection'

/**
 * Runs the migrations the database has not seen, each in its own transaction together with the
 * user_version bump, so a crash leaves the database at a whole version.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const from = userVersion(db)
  const applied: number[] = []
  for (const m of migrations) {
    if (m.version <= from) continue
    db.transaction(() => {
      m.up(db)
      db.pragma(`user_version = ${m.version}`)
    })()
    applied.push(m.version)
  }
  return applied
}

export function needsMigration(db: Database.Database): boolean {
  return userVersion(db) < LATEST_VERSION
}
