import type { Migration } from './types'

/**
 * The review queue lists a year's claims of one status newest first, a page at a time. With
 * only claims_by_year_status (ordered by person within a status) SQLite sorted the whole year's
 * pending claims for every page; an index on (year, status) keeps them in id order (SQLite
 * appends the rowid), so a page is read straight off it, backwards.
 */
export const migration002: Migration = {
  version: 2,
  name: 'claims review order',
  up(db) {
    db.exec('CREATE INDEX claims_by_year_status_id ON claims (year, status)')
  }
}
