import type Database from 'better-sqlite3'
import type { NationalBase } from '../../../shared/reference/bases'
import { prepared } from '../statements'

export function listBases(db: Database.Database, year: number): NationalBase[] {
  return prepared<[number], NationalBase>(db, 'SELECT year, name, platform, contact, phone FROM national_bases WHERE year = ? ORDER BY rowid').all(year)
}
