import type { ClaimEvaluation } from '../../../shared/domain/claim'
import type { ImportWarning } from '../../../shared/domain/importReport'

/** Enough to act on; the rest is counted, and every claim keeps its warnings for review anyway. */
const MAX_LISTED = 1000

export interface RuleWarningCollector {
  /** The rules engine's result for the claim of spreadsheet row `row`. */
  add(row: number, evaluation: ClaimEvaluation): void
  result(): ImportWarning[]
}

/**
 * What the rules say of each claim that the officer should know at import: evidence missing,
 * hours to enter by hand, a category that cannot be 公需, hours differing from the claim. These
 * do not refuse the file; the claims arrive pending with the same warnings attached. Collected
 * claim by claim as the rows stream in.
 */
export function ruleWarningCollector(): RuleWarningCollector {
  const out: ImportWarning[] = []
  let more = 0
  return {
    add(row, evaluation) {
      for (const w of evaluation.warnings) {
        if (w.code === 'nationalBase') continue
        if (out.length < MAX_LISTED) out.push({ row, message: `第 ${row} 行：${w.message}` })
        else more++
      }
    },
    result() {
      return more > 0 ? [...out, { message: `另有 ${more} 条提示未列出，可在「审核」中按提示筛选查看` }] : [...out]
    }
  }
}
