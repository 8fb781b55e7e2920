import type { ClaimFacts, RuleWarning } from '../domain/claim'
import type { Tenths } from '../hours'
import type { RuleSet } from './types'

/**
 * What a conversion function says of one claim, before the common steps (evidence, category,
 * year, manual hours, stated-hours comparison) are applied by evaluateClaim.
 * - computed: the seed gives the hours;
 * - silent: the seed gives no conversion for this case → hours by hand with a reason;
 * - missing: a fact the conversion needs is absent or malformed → 0 until the claim is fixed.
 */
export type Outcome =
  | {
      status: 'computed'
      hours: Tenths
      /** Facts the hours follow from: "排名第2（排名前三）". */
      detail: string
      /** Replaces "→ N 学时" when the result is an effect on the year. */
      result?: string
      yearMet?: number[]
      /** The stated hours are the basis (课程时长), so comparing them with the result is moot. */
      statedIsBasis?: boolean
      clause?: string
      note?: string
      warnings: RuleWarning[]
    }
  | { status: 'silent'; detail: string; clause?: string; warnings: RuleWarning[] }
  | { status: 'missing'; detail: string; clause?: string; warnings: RuleWarning[] }

export interface ConversionContext {
  facts: ClaimFacts
  ruleSet: RuleSet
  /** The year the claim counts in, decided before conversion. */
  countsInYear: number | null
  /** The kind's label: "发明专利". */
  label: string
}

export function missingFact(message: string, clause?: string): Outcome {
  return { status: 'missing', detail: message, warnings: [{ code: 'missingFact', message }], ...(clause ? { clause } : {}) }
}

/** A role, rank, level or grade the table does not know: the seed has no hours for it. */
export function unknownCase(message: string, clause?: string): Outcome {
  return { status: 'silent', detail: message, warnings: [{ code: 'unknownRoleOrRank', message }], ...(clause ? { clause } : {}) }
}

export function silent(reason: string): Outcome {
  return { status: 'silent', detail: reason, warnings: [] }
}

/** A count fact (天数, 数量 …): undefined when fine or absent, else what is wrong with it. */
export function invalidCount(value: number | undefined, label: string): string | undefined {
  if (value === undefined) return undefined
  if (!Number.isInteger(value) || value < 0) return `${label}应为不小于 0 的整数，当前为 ${value}`
  return undefined
}

/** 数量 defaults to 1 and must be a positive whole number. */
export function readQuantity(value: number | undefined): { ok: true; value: number } | { ok: false; message: string } {
  const q = value ?? 1
  if (!Number.isInteger(q) || q < 1) return { ok: false, message: `数量应为正整数，当前为 ${q}` }
  return { ok: true, value: q }
}

/** A rank (排名) must be 1, 2, …; undefined when fine or absent. */
export function invalidRank(rank: number | undefined): string | undefined {
  if (rank === undefined) return undefined
  return Number.isInteger(rank) && rank >= 1 ? undefined : `排名应为 1、2、3 …，当前为 ${rank}`
}
