import type { ClaimEvaluation } from '../../../shared/domain/claim'
import type { ImportWarning } from '../../../shared/domain/importReport'
import type { ParsedClaimRow } from '../../import/parseClaims'

/** Enough to act on; the rest is counted, and every claim keeps its warnings for review anyway. */
const MAX_LISTED = 1000

/**
 * What the rules say of each claim that the officer should know at import: evidence missing,
 * hours to enter by hand, a category that cannot be 公需, hours differing from the claim. These
 * do not refuse the file; the claims arrive pending with the same warnings attached.
 * `evaluations[i]` is the rules engine's result for `rows[i]` (evaluated once, stored as is).
 */
export function ruleWarnings(rows: readonly ParsedClaimRow[], evaluations: readonly ClaimEvaluation[]): ImportWarning[] {
  const out: ImportWarning[] = []
  let more = 0
  rows.forEach((row, i) => {
    for (const w of evaluations[i]?.warnings ?? []) {
      if (w.code === 'nationalBase') continue
      if (out.length < MAX_LISTED) out.push({ row: row.rowNumber, message: `第 ${row.rowNumber} 行：${w.message}` })
      else more++
    }
  })
  if (more > 0) out.push({ message: `另有 ${more} 条提示未列出，可在「审核」中按提示筛选查看` })
  return out
}
