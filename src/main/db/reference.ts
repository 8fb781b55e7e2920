import type Database from 'better-sqlite3'
import { NATIONAL_BASES } from '../../shared/reference/bases'

/**
 * Copies the reference data shipped with the program (national bases per year) into the
 * database on every open. Insert-only: a year's list, once published, is not rewritten, and
 * next year's list arrives with a program update, not a migration.
 */
export function syncReferenceData(db: Database.Database): void {
  const insert = db.prepare<[number, string, string, string, string]>(
    'INSERT OR IGNORE INTO national_bases (year, name, platform, contact, phone) VALUES (?, ?, ?, ?, ?)'
  )
  db.transaction(() => {
    for (const b of NATIONAL_BASES) insert.run(b.year, b.name, b.platform, b.contact, b.phone)
  })()
}
