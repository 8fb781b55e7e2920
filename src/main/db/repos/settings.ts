import type Database from 'better-sqlite3'
import type { UnitSettings } from '../../../shared/domain/settings'
import { prepared } from '../statements'

/** Unit settings are a small key–value table: new settings need no migration. */
export function getSetting(db: Database.Database, key: string): string | undefined {
  return prepared<[string], { value: string }>(db, 'SELECT value FROM settings WHERE key = ?').get(key)?.value
}

export function setSetting(db: Database.Database, key: string, value: string): void {
  prepared<[string, string]>(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    key,
    value
  )
}

export function getUnitSettings(db: Database.Database): UnitSettings {
  return { unitName: getSetting(db, 'unitName') ?? '', officerName: getSetting(db, 'officerName') ?? '' }
}
