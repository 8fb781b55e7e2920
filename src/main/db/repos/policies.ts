import type Database from 'better-sqlite3'
import type { AnnualPolicy } from '../../../shared/domain/policy'
import { prepared } from '../statements'

interface PolicyRow {
  year: number
  min_public: number
  min_professional: number
  min_total: number
}

const fromRow = (r: PolicyRow): AnnualPolicy => ({
  year: r.year,
  minPublic: r.min_public,
  minProfessional: r.min_professional,
  minTotal: r.min_total
})

/** The stored policy of a year, or undefined when the year still uses the default. */
export function findPolicy(db: Database.Database, year: number): AnnualPolicy | undefined {
  const row = prepared<[number], PolicyRow>(db, 'SELECT year, min_public, min_professional, min_total FROM policies WHERE year = ?').get(year)
  return row && fromRow(row)
}

export function savePolicy(db: Database.Database, policy: AnnualPolicy, at: string): void {
  prepared<[number, number, number, number, string]>(
    db,
    `INSERT INTO policies (year, min_public, min_professional, min_total, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (year) DO UPDATE SET min_public = excluded.min_public, min_professional = excluded.min_professional,
       min_total = excluded.min_total, updated_at = excluded.updated_at`
  ).run(policy.year, policy.minPublic, policy.minProfessional, policy.minTotal, at)
}
