import type { ClaimEvaluation } from '../../../shared/domain/claim'
import type { ClaimInput } from '../../../shared/domain/claimRecord'
import { AppError } from '../../../shared/errors'
import { claimFingerprint, evaluateClaim } from '../../../shared/rules'
import type { ClaimWrite } from '../../db/repos/claims'

const yearOf = (date: string | undefined): number | undefined => (date && /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : undefined)

const text = (v: string | null | undefined): string | null => {
  const t = v?.trim()
  return t ? t : null
}

/** A fingerprint already computed for the same claim (the import's duplicate check), and the year it used. */
export interface KnownFingerprint {
  value: string
  year: number
}

/**
 * Runs the rules engine on a claim and builds what the store writes: hours, explanation,
 * warnings, the year it is listed under and its fingerprint. `where` prefixes messages.
 * `known`: the engine's result for `input.facts` when the caller has it already (an import
 * evaluates each row once for its warnings); it stands only if the facts need no cleaning.
 * `knownFingerprint`: the key the import computed for the same id, kind, title and dates; it
 * stands unless the year differs for a claim without dates.
 */
export function evaluateForStore(
  input: ClaimInput,
  idNumber: string,
  batchId: number | null,
  where = '',
  known?: ClaimEvaluation,
  knownFingerprint?: KnownFingerprint
): ClaimWrite {
  const title = text(input.title)
  if (title && title.length > 200) throw new AppError('invalid_input', `${where}项目名称：不能超过 200 字`, { field: 'title' })
  const note = text(input.note)
  if (note && note.length > 1000) throw new AppError('invalid_input', `${where}备注：不能超过 1000 字`, { field: 'note' })
  // Evidence named twice is kept once; the common case (no repeat) copies nothing.
  const given = input.facts.evidence
  const evidence = given.some((e, i) => given.indexOf(e) !== i) ? [...new Set(given)] : given
  const facts = evidence === given ? input.facts : { ...input.facts, evidence }
  const evaluation = known && evidence === given ? known : evaluateClaim(facts)
  const year = evaluation.countsInYear ?? facts.year ?? yearOf(facts.endDate) ?? yearOf(facts.startDate)
  if (year === undefined) throw new AppError('invalid_input', `${where}年度：请填写年度，或填写结束日期以确定年度`, { field: 'year' })
  // The year is part of the key only for a claim without dates.
  const reuse = knownFingerprint && ((facts.endDate ?? facts.startDate) !== undefined || knownFingerprint.year === year)
  const fingerprint = reuse ? knownFingerprint.value : claimFingerprint({
    idNumber,
    kind: facts.kind,
    ...(title === null ? {} : { title }),
    ...(facts.startDate === undefined ? {} : { startDate: facts.startDate }),
    ...(facts.endDate === undefined ? {} : { endDate: facts.endDate }),
    year
  })
  return { employeeId: input.employeeId, title, note, facts, evaluation, year, fingerprint, batchId }
}
