import type { ClaimInput } from '../../../../shared/domain/claimRecord'
import { api, ApiError, type Input } from '../../api/client'
import { errorText } from '../../components/data/errorText'
import type { EntryRow } from './entryRow'

export interface SaveOutcome {
  savedKeys: number[]
  /** Claims saved but an attachment could not be added (the claim stays; add it in 审核). */
  attachmentProblems: string[]
}

/** The index into the sent rows that main's error points at, when it says. */
export function failedIndex(e: unknown): number | undefined {
  if (!(e instanceof ApiError)) return undefined
  const d = e.error.details as { index?: unknown; row?: unknown } | undefined
  if (typeof d?.index === 'number') return d.index
  if (typeof d?.row === 'number') return d.row - 1
  return undefined
}

/**
 * Saves the valid rows in one transaction (claims.addMany: all or none), then attaches the files
 * dropped on them to the claims just created.
 */
export async function saveRows(valid: readonly { row: EntryRow; input: ClaimInput }[]): Promise<SaveOutcome> {
  const claims = valid.map((v) => v.input) as Input<'claims.addMany'>['claims']
  const { added } = await api('claims.addMany', { claims })
  const attachmentProblems: string[] = []
  for (const [i, v] of valid.entries()) {
    const claim = added[i]
    if (!claim) continue
    for (const file of v.row.attachments) {
      try {
        await api('claims.addAttachment', { claimId: claim.id, fileToken: file.fileId })
      } catch (e) {
        attachmentProblems.push(`申报 #${claim.id}（${claim.employeeName}）的附件「${file.name}」：${errorText(e)}`)
      }
    }
  }
  return { savedKeys: valid.map((v) => v.row.key), attachmentProblems }
}
