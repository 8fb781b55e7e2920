import type { AnnualPolicy, ComplianceResult, HoursByCategory } from '../domain/policy'
import { formatHours, hoursToTenths } from '../hours'

/**
 * Hunan's figures (湘人社办函〔2025〕37号, after 人社部令第25号 art. 8): 公需 ≥ 30, 专业 ≥ 60,
 * total ≥ 90. A starting point only: each year's policy is editable in settings.
 */
export function defaultPolicy(year: number): AnnualPolicy {
  return { year, minPublic: hoursToTenths(30), minProfessional: hoursToTenths(60), minTotal: hoursToTenths(90) }
}

/**
 * Compares one person's recognised hours of a year with the policy. A year-met claim
 * (视为完成当年继续教育 90 学时) makes the year compliant whatever the split.
 */
export function assessCompliance(policy: AnnualPolicy, hours: HoursByCategory, yearMet: boolean): ComplianceResult {
  if (yearMet) {
    return { compliant: true, yearMet: true, shortfall: { public: 0, professional: 0, total: 0 }, message: '视为完成当年继续教育学时' }
  }
  const shortfall = {
    public: Math.max(0, policy.minPublic - hours.public),
    professional: Math.max(0, policy.minProfessional - hours.professional),
    total: Math.max(0, policy.minTotal - (hours.public + hours.professional))
  }
  const parts = [
    shortfall.public > 0 ? `公需科目差 ${formatHours(shortfall.public)} 学时` : '',
    shortfall.professional > 0 ? `专业科目差 ${formatHours(shortfall.professional)} 学时` : '',
    shortfall.total > 0 ? `合计差 ${formatHours(shortfall.total)} 学时` : ''
  ].filter(Boolean)
  return { compliant: parts.length === 0, yearMet: false, shortfall, message: parts.length === 0 ? '已达标' : parts.join('，') }
}
