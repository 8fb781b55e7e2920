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

/**
 * The one conversion from a parsed row to the facts the rules engine reads. Written out field
 * by field: object rest/spread and a for-in over the result cost more than the rest of a row's
 * validation, for each of 100,000 imported rows.
 */
export function claimFactsFromRow(f: ClaimRowFields): ClaimFacts {
  const facts: ClaimFacts = { kind: f.kind, evidence: f.evidence }
  if (f.category !== undefined) facts.category = f.category
  if (f.statedYear !== undefined) facts.year = f.statedYear
  if (f.startDate !== undefined) facts.startDate = f.startDate
  if (f.endDate !== undefined) facts.endDate = f.endDate
  if (f.days !== undefined) facts.days = f.days
  if (f.halfDays !== undefined) facts.halfDays = f.halfDays
  if (f.hours !== undefined) facts.statedHours = hoursToTenths(f.hours)
  if (f.level !== undefined) facts.level = f.level
  if (f.role !== undefined) facts.role = f.role
  if (f.rank !== undefined) facts.rank = f.rank
  if (f.grade !== undefined) facts.grade = f.grade
  if (f.quantity !== undefined) facts.quantity = f.quantity
  if (f.assessment !== undefined) facts.assessment = f.assessment
  return facts
}
