import type { Page } from '../../../shared/contract/common'
import { departmentTally, type DepartmentSummary, type SummaryRow } from '../../../shared/domain/summary'
import { type Compliance, complianceMemo } from '../../../shared/policy'
import type { AppContext } from '../../context'
import { findDepartmentId } from '../../db/repos/departments'
import { countSummaryPeople, type SummaryFilter, type SummaryPageRow, type SummaryPerson, summaryPage, summarySources } from '../../db/repos/summary'
import { getPolicy } from '../settings'

export interface SummaryQuery {
  departmentId?: number
  /** Department name (an unknown name matches nobody). */
  department?: string
  search?: string
  /** Only those short of the year's requirement (未达标), or only those who meet it. */
  compliance?: 'short' | 'compliant'
}

/**
 * One person's row: `hours[at…at+3]` are their approved public, approved professional, pending
 * public and pending professional hours (a page row carries them inline, the stream in its
 * array by id). Positional reads, no intermediate object: the stream builds 50,000 of these in
 * code that runs once per export.
 */
function toRow(p: SummaryPerson | SummaryPageRow, hours: ArrayLike<number>, at: number, yearMet: boolean, assess: Compliance): SummaryRow {
  const publicHours = hours[at] as number
  const professionalHours = hours[at + 1] as number
  const result = assess(publicHours, professionalHours, yearMet)
  return {
    employeeId: p[0],
    idNumber: p[1],
    name: p[2],
    department: p[3],
    title: p[4],
    titleLevel: p[5],
    publicHours,
    professionalHours,
    totalHours: publicHours + professionalHours,
    pendingPublicHours: hours[at + 2] as number,
    pendingProfessionalHours: hours[at + 3] as number,
    yearMet: result.yearMet,
    compliant: result.compliant,
    // Shared between rows with the same hours, and frozen, so no row can change another's.
    shortfall: result.shortfall,
    message: result.message
  }
}

function resolve(ctx: AppContext, q: SummaryQuery): SummaryFilter | undefined {
  const filter: SummaryFilter = {}
  if (q.search !== undefined) filter.search = q.search
  if (q.departmentId !== undefined) filter.departmentId = q.departmentId
  else if (q.department !== undefined) {
    const id = findDepartmentId(ctx.db, q.department.trim())
    if (id === undefined) return undefined
    filter.departmentId = id
  }
  return filter
}

/** One page of the year's per-person summary, sorted by department then name. */
export function summaryPeople(ctx: AppContext, year: number, q: SummaryQuery, page: { offset: number; limit: number }): Page<SummaryRow> {
  const filter = resolve(ctx, q)
  if (!filter) return { rows: [], total: 0, offset: page.offset }
  if (q.compliance) return compliancePage(ctx, year, q, page)
  const assess = complianceMemo(getPolicy(ctx, year))
  return {
    rows: summaryPage(ctx.db, year, filter, page.offset, page.limit).map((r) => toRow(r, [r[6], r[7], r[8], r[9]], 0, r[10] === 1, assess)),
    total: countSummaryPeople(ctx.db, filter),
    offset: page.offset
  }
}

/**
 * A page of those short (or compliant): compliance is decided per person from the policy, not
 * stored, so the year's stream is filtered and counted in one pass (a few hundred ms at 50,000).
 */
function compliancePage(ctx: AppContext, year: number, q: SummaryQuery, page: { offset: number; limit: number }): Page<SummaryRow> {
  const wanted = q.compliance === 'compliant'
  const rows: SummaryRow[] = []
  let total = 0
  for (const row of iterateSummary(ctx, year, { ...q, compliance: undefined })) {
    if (row.compliant !== wanted) continue
    if (total >= page.offset && rows.length < page.limit) rows.push(row)
    total++
  }
  return { rows, total, offset: page.offset }
}

/**
 * Every active employee's row for the year, streamed from SQL in department/name order (for
 * exports and the command line). Consume it fully or call `return()`: the statement is busy
 * until then.
 */
export function* iterateSummary(ctx: AppContext, year: number, q: SummaryQuery = {}): Generator<SummaryRow> {
  const filter = resolve(ctx, q)
  if (!filter) return
  const assess = complianceMemo(getPolicy(ctx, year))
  const { people, hours, yearMet } = summarySources(ctx.db, year, filter)
  for (const p of people) yield toRow(p, hours, p[0] * 4, yearMet.has(p[0]), assess)
}

/** How many people the year's summary lists (for progress). */
export function countSummary(ctx: AppContext): number {
  const filter = resolve(ctx, {})
  return filter ? countSummaryPeople(ctx.db, filter) : 0
}

/** Per department: people, compliant, rate, in department order (people without one under ''). */
export function summaryDepartments(ctx: AppContext, year: number): DepartmentSummary[] {
  const tally = departmentTally()
  for (const row of iterateSummary(ctx, year)) tally.add(row)
  return tally.result()
}
