import type { Migration } from './types'

/**
 * 已提供材料 becomes a JSON array on the claim itself instead of a row per item in
 * claim_evidence. The list is always read and written whole with its claim (never queried by
 * item), and the child table cost two B-tree inserts per item: an import of 100,000 claims wrote
 * some 200,000 of them, and every claim read ran a sorted subquery to rebuild the list.
 */
export const migration004: Migration = {
  version: 4,
  name: 'claim evidence as a column',
  up(db) {
    db.exec(`
      ALTER TABLE claims ADD COLUMN evidence TEXT NOT NULL DEFAULT '[]';
      UPDATE claims SET evidence = (
        SELECT json_group_array(name) FROM (SELECT name FROM claim_evidence ce WHERE ce.claim_id = claims.id ORDER BY position)
      ) WHERE id IN (SELECT claim_id FROM claim_evidence);
      DROP TABLE claim_evidence;
    `)
  }
}
