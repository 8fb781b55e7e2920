import type { ClaimFacts } from './claim'
import { hoursToTenths } from '../hours'

/**
 * A claim row's cells once each is parsed (undefined where blank): what both the workbook import
 * and the batch-entry grid read, in the claims template's columns.
 */
export type ClaimRowFields = Omit<ClaimFacts, 'year' | 'statedHours' | 'manualHours' | 'manualReason' | 'platform'> & {
  /** 年度 as written (not derived from the end date). */
  statedYear?: number | undefined
  /** 学时 as written, in 学时 (not tenths). */
  hours?: number | undefined
}

/** Drops undefined properties, so facts carry only what the row says. */
export function definedOnly<T extends object>(value: T): T {
  // A loop, not fromEntries(entries().filter()): this runs for each of 100,000 imported rows.
  const out: Partial<T> = {}
  for (const key in value) if (value[key] !== undefined) out[key] = value[key]
  return out as T
}

/** The one conversion from a parsed row to the facts the rules engine reads. */
export function claimFactsFromRow(f: ClaimRowFields): ClaimFacts {
  const { statedYear, hours, ...rest } = f
  return definedOnly({ ...rest, year: statedYear, statedHours: hours === undefined ? undefined : hoursToTenths(hours) })
}
