import type Database from 'better-sqlite3'
import type { AttachmentInfo } from '../../../shared/domain/claimRecord'
import { prepared } from '../statements'

export interface AttachmentRow {
  sha256: string
  size: number
  original_name: string
  mime: string
  created_at: string
}

export function findAttachment(db: Database.Database, sha256: string): AttachmentRow | undefined {
  return prepared<[string], AttachmentRow>(db, 'SELECT * FROM attachments WHERE sha256 = ?').get(sha256)
}

export function insertAttachment(db: Database.Database, r: AttachmentRow): void {
  prepared<[string, number, string, string, string]>(
    db,
    'INSERT OR IGNORE INTO attachments (sha256, size, original_name, mime, created_at) VALUES (?, ?, ?, ?, ?)'
  ).run(r.sha256, r.size, r.original_name, r.mime, r.created_at)
}

export function linkAttachment(db: Database.Database, claimId: number, sha256: string, name: string, at: string): boolean {
  return (
    prepared<[number, string, string, string]>(db, 'INSERT OR IGNORE INTO claim_attachments (claim_id, sha256, name, added_at) VALUES (?, ?, ?, ?)').run(
      claimId,
      sha256,
      name,
      at
    ).changes > 0
  )
}

export function unlinkAttachment(db: Database.Database, claimId: number, sha256: string): boolean {
  return prepared<[number, string]>(db, 'DELETE FROM claim_attachments WHERE claim_id = ? AND sha256 = ?').run(claimId, sha256).changes > 0
}

export function listClaimAttachments(db: Database.Database, claimId: number): AttachmentInfo[] {
  return prepared<[number], AttachmentInfo>(
    db,
    `SELECT a.sha256 AS id, ca.name, a.size, a.mime, ca.added_at AS addedAt
     FROM claim_attachments ca JOIN attachments a ON a.sha256 = ca.sha256 WHERE ca.claim_id = ? ORDER BY ca.added_at, ca.name`
  ).all(claimId)
}
