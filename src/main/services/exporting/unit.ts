import type { AppContext } from '../../context'
import type { PersonSummaryRow, UnitInfo } from '../../reports/types'
import type { SummaryRow } from '../../../shared/domain/summary'
import { getPolicy, getSettings } from '../settings'

export function unitInfo(ctx: AppContext, year: number): UnitInfo {
  const settings = getSettings(ctx)
  const { isDefault: _isDefault, ...policy } = getPolicy(ctx, year)
  return { unitName: settings.unitName, officerName: settings.officerName, year, policy }
}

export function toPersonRow(row: SummaryRow): PersonSummaryRow {
  return {
    idNumber: row.idNumber,
    name: row.name,
    department: row.department,
    title: row.title ?? '',
    publicHours: row.publicHours,
    professionalHours: row.professionalHours,
    totalHours: row.totalHours,
    yearMet: row.yearMet,
    compliant: row.compliant,
    shortfall: row.shortfall
  }
}
