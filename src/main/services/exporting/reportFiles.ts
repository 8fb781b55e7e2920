import type { ReportRequest } from '../../../shared/contract/reports'
import type { AppContext } from '../../context'
import type { ReportOptions, ReportResult } from '../../reports/types'
import { getEmployee } from '../roster'
import { exportAnnual, exportCertificates, exportRecord, exportUnitReport } from './exports'

/** The file name an officer expects for each report. */
export function reportFileName(ctx: AppContext, request: ReportRequest): string {
  switch (request.report) {
    case 'annual':
      return `继续教育学时年度汇总-${request.year}.xlsx`
    case 'unit':
      return `继续教育学时核认报告-${request.year}.pdf`
    case 'certificates':
      return `继续教育学时证明-${request.year}.pdf`
    case 'record': {
      const person = getEmployee(ctx, request.employeeId)
      return `继续教育学时认定单-${person.name}-${request.fromYear}-${request.toYear}.pdf`
    }
  }
}

export const REPORT_LABELS: Record<ReportRequest['report'], string> = {
  annual: '年度汇总表',
  unit: '核认报告',
  certificates: '学时证明',
  record: '学时认定单'
}

/** One entry point for every report: the UI's jobs and the command line both come here. */
export function runReport(ctx: AppContext, request: ReportRequest, out: string, opts: ReportOptions = {}): Promise<ReportResult> {
  switch (request.report) {
    case 'annual':
      return exportAnnual(ctx, request.year, out, { ...opts, fullId: request.fullId })
    case 'unit':
      return exportUnitReport(ctx, request.year, out, opts)
    case 'certificates':
      return exportCertificates(ctx, request.year, out, { ...opts, ...(request.employeeIds ? { employeeIds: request.employeeIds } : {}) })
    case 'record':
      return exportRecord(ctx, request.employeeId, request.fromYear, request.toYear, out, opts)
  }
}
