import { migration001 } from './001_initial'
import { migration002 } from './002_claims_review_order'
import { migration003 } from './003_roster_order_covering'
import { migration004 } from './004_claim_evidence_column'
import type { Migration } from './types'

export type { Migration } from './types'

/** Every migration, in order. Append only: a shipped migration is never edited. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004]

/** Throws when the list is not 1, 2, 3 … in order (a gap or a duplicate is a developer error). */
export function checkContiguous(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new Error(`Migration list is not contiguous: position ${i + 1} holds version ${m.version} (${m.name})`)
    }
  })
}

checkContiguous(MIGRATIONS)

export const LATEST_VERSION = MIGRATIONS.length
