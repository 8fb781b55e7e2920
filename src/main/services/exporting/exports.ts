import type { AppContext } from '../../context'
import type { CertificateSubject, IssuedCertificate, PersonSummaryRow, ReportOptions, ReportResult } from '../../reports/types'
import { assessCompliance } from '../../../shared/policy'
import { writeAnnualWorkbook, writeCertificates, writeRecord, writeUnitReport } from '../../reports'
import { AppError } from '../../../shared/errors'
import { gateOf } from '../../db/gate'
import { saveCertificate } from '../../db/repos/certificates'
import { getEmployee } from '../roster'
import { countSummary, iterateSummary, summaryDepartments } from '../summary'
import { appendAudit, nowIso } from '../audit'
import { approvedClaimsOf, countApprovedClaims, iterateApprovedClaims, type ApprovedClaim } from './approvedClaims'
import { withReadContext } from './readContext'
import { toPersonRow, unitInfo } from './unit'

/** 年度汇总表 (xlsx): 汇总, 明细, 未达标, 部门统计. */
export function exportAnnual(ctx: AppContext, year: number, out: string, opts: ReportOptions = {}): Promise<ReportResult> {
  return withReadContext(ctx, (read) =>
    writeAnnualWorkbook(
      {
        unit: unitInfo(read, year),
        // One pass over the year's summary: the departments are counted as the people are written.
        people: () => mapIterable(iterateSummary(read, year), toPersonRow),
        claims: () => iterateApprovedClaims(read.db, year),
        peopleCount: countSummary(read),
        claimCount: countApprovedClaims(read.db, year)
      },
      out,
      opts
    )
  )
}

/** 单位年度学时核认报告 (PDF). */
export function exportUnitReport(ctx: AppContext, year: number, out: string, opts: ReportOptions = {}): Promise<ReportResult> {
  return withReadContext(ctx, (read) =>
    writeUnitReport(
      { unit: unitInfo(read, year), departments: summaryDepartments(read, year), people: () => mapIterable(iterateSummary(read, year), toPersonRow) },
      out,
      opts
    )
  )
}

/**
 * Walks the summary and the approved claims together: both come from SQL in the same
 * department/name/id order, so each person's claims are the run that follows them.
 */
function* subjects(read: AppContext, year: number, only: ReadonlySet<number> | undefined, employeeIds: Map<string, number>): Generator<CertificateSubject> {
  const claims = iterateApprovedClaims(read.db, year)
  let next: IteratorResult<ApprovedClaim> = claims.next()
  for (const row of iterateSummary(read, year)) {
    const mine: ApprovedClaim[] = []
    while (!next.done && next.value.employeeId === row.employeeId) {
      mine.push(next.value)
      next = claims.next()
    }
    if (only && !only.has(row.employeeId)) continue
    // Remembered here so storing the codes needs no second pass over the roster.
    employeeIds.set(row.idNumber, row.employeeId)
    yield { summary: toPersonRow(row), claims: mine }
  }
  claims.return(undefined)
}

/** 学时证明 (PDF), one page per person; each certificate's code is stored for `verify`. */
export async function exportCertificates(
  ctx: AppContext,
  year: number,
  out: string,
  opts: ReportOptions & { employeeIds?: readonly number[] } = {}
): Promise<ReportResult> {
  const only = opts.employeeIds ? new Set(opts.employeeIds) : undefined
  const issued: IssuedCertificate[] = []
  const employeeIds = new Map<string, number>()
  const result = await withReadContext(ctx, (read) =>
    writeCertificates({ unit: unitInfo(read, year), people: subjects(read, year, only, employeeIds), ...(only ? { count: only.size } : {}) }, out, {
      ...opts,
      onIssued: (c) => issued.push(c)
    })
  )
  // Read on its own connection; the codes are written on the main one, which an import may hold
  // by now: wait for it rather than write inside its transaction.
  await gateOf(ctx.db).shared(() => storeIssued(ctx, issued, employeeIds))
  return result
}

function storeIssued(ctx: AppContext, issued: readonly IssuedCertificate[], employeeIds: ReadonlyMap<string, number>): void {
  const at = nowIso(ctx)
  ctx.db.transaction(() => {
    for (const c of issued) {
      const employeeId = employeeIds.get(c.idNumber)
      if (employeeId !== undefined) saveCertificate(ctx.db, { code: c.code, year: c.year, employeeId, content: c.content, issuedAt: at })
    }
    appendAudit(ctx, { action: 'certificates.export', entity: 'report', entityId: null, after: { count: issued.length } })
  })()
}

/** 学时认定单 (PDF): one person over several years. */
export function exportRecord(ctx: AppContext, employeeId: number, fromYear: number, toYear: number, out: string, opts: ReportOptions = {}): Promise<ReportResult> {
  if (fromYear > toYear) throw new AppError('invalid_input', '起始年度不能晚于结束年度')
  if (toYear - fromYear > 30) throw new AppError('invalid_input', '认定单最多跨 30 个年度')
  return withReadContext(ctx, (read) => {
    const person = getEmployee(read, employeeId)
    const settings = unitInfo(read, toYear)
    const years = []
    for (let year = fromYear; year <= toYear; year++) {
      const claims = approvedClaimsOf(read.db, year, employeeId)
      years.push({ year, policy: unitInfo(read, year).policy, summary: personYear(read, year, employeeId, claims), claims })
    }
    return writeRecord(
      {
        unitName: settings.unitName,
        officerName: settings.officerName,
        person: { idNumber: person.idNumber, name: person.name, department: person.department, title: person.title ?? '' },
        years
      },
      out,
      opts
    )
  })
}

/** One person's year from their approved claims, whatever their status now (records of retirees too). */
function personYear(read: AppContext, year: number, employeeId: number, claims: readonly ApprovedClaim[]): PersonSummaryRow {
  const person = getEmployee(read, employeeId)
  const hours = { public: 0, professional: 0 }
  for (const c of claims) hours[c.category] += c.hours
  const yearMet =
    read.db
      .prepare<[number, number], { n: number }>(
        "SELECT count(*) AS n FROM claim_year_met y JOIN claims c ON c.id = y.claim_id WHERE y.year = ? AND c.employee_id = ? AND c.status = 'approved'"
      )
      .get(year, employeeId)?.n !== 0
  const result = assessCompliance(unitInfo(read, year).policy, hours, yearMet)
  return {
    idNumber: person.idNumber,
    name: person.name,
    department: person.department,
    title: person.title ?? '',
    publicHours: hours.public,
    professionalHours: hours.professional,
    totalHours: hours.public + hours.professional,
    yearMet: result.yearMet,
    compliant: result.compliant,
    shortfall: result.shortfall
  }
}

function* mapIterable<A, B>(source: Iterable<A>, fn: (a: A) => B): Generator<B> {
  for (const a of source) yield fn(a)
}
