import type { Page } from '../../../shared/contract/common'
import type { AnnualPolicy, ComplianceResult } from '../../../shared/domain/policy'
import { departmentTally, type DepartmentSummary, type SummaryRow } from '../../../shared/domain/summary'
import { assessCompliance } from '../../../shared/policy'
import type { AppContext } from '../../context'
import { findDepartmentId } from '../../db/repos/departments'
import { countSummaryPeople, summaryIterate, summaryPage, type SummaryFilter, type SummarySqlRow } from '../../db/repos/summary'
import { getPolicy } from '../settings'

export interface SummaryQuery {
  departmentId?: number
  /** Department name (an unknown name matches nobody). */
  department?: string
  search?: string
  /** Only those short of the year's requirement (未达标), or only those who meet it. */
  compliance?: 'short' | 'compliant'
}

type Assess = (publicHours: number, professionalHours: number, yearMet: boolean) => ComplianceResult

/**
 * assessCompliance for one policy, remembered by its inputs: 50,000 people share a few thousand
 * combinations of hours, and the message is formatted text.
 */
function complianceOf(policy: AnnualPolicy): Assess {
  const known = new Map<string, ComplianceResult>()
  return (publicHours, professionalHours, yearMet) => {
    const key = `${publicHours}|${professionalHours}|${yearMet ? 1 : 0}`
    let result = known.get(key)
    if (!result) {
      result = assessCompliance(policy, { public: publicHours, professional: professionalHours }, yearMet)
      known.set(key, result)
    }
    return result
  }
}

function toRow(r: SummarySqlRow, assess: Assess): SummaryRow {
  const result = assess(r.public_hours, r.professional_hours, r.year_met === 1)
  return {
    employeeId: r.employee_id,
    idNumber: r.id_number,
    name: r.name,
    department: r.department,
    title: r.title,
    titleLevel: r.title_level,
    publicHours: r.public_hours,
    professionalHours: r.professional_hours,
    totalHours: r.public_hours + r.professional_hours,
    pendingPublicHours: r.pending_public,
    pendingProfessionalHours: r.pending_professional,
    yearMet: result.yearMet,
    compliant: result.compliant,
    // A copy: rows are handed out one by one and must not share a mutable object.
    shortfall: { ...result.shortfall },
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
  const assess = complianceOf(getPolicy(ctx, year))
  return {
    rows: summaryPage(ctx.db, year, filter, page.offset, page.limit).map((r) => toRow(r, assess)),
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
  const assess = complianceOf(getPolicy(ctx, year))
  for (const r of summaryIterate(ctx.db, year, filter)) yield toRow(r, assess)
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
