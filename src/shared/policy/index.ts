import type { AnnualPolicy, ComplianceResult, HoursByCategory } from '../domain/policy'
import { formatHours, hoursToTenths, type Tenths } from '../hours'

/**
 * Hunan's figures (湘人社办函〔2025〕37号, after 人社部令第25号 art. 8): 公需 ≥ 30, 专业 ≥ 60,
 * total ≥ 90. A starting point only: each year's policy is editable in settings.
 */
export function defaultPolicy(year: number): AnnualPolicy {
  return { year, minPublic: hoursToTenths(30), minProfessional: hoursToTenths(60), minTotal: hoursToTenths(90) }
}

/** How far `actual` falls short of `required` (0 when it does not). */
const gap = (required: Tenths, actual: Tenths): Tenths => (actual < required ? required - actual : 0)

const YEAR_MET_MESSAGE = '视为完成当年继续教育学时'

/** The verdict for the three shortfalls of a year not covered by 视为完成. */
function verdict(publicGap: Tenths, professionalGap: Tenths, totalGap: Tenths): ComplianceResult {
  const parts: string[] = []
  if (publicGap > 0) parts.push(`公需科目差 ${formatHours(publicGap)} 学时`)
  if (professionalGap > 0) parts.push(`专业科目差 ${formatHours(professionalGap)} 学时`)
  if (totalGap > 0) parts.push(`合计差 ${formatHours(totalGap)} 学时`)
  return {
    compliant: parts.length === 0,
    yearMet: false,
    shortfall: { public: publicGap, professional: professionalGap, total: totalGap },
    message: parts.length === 0 ? '已达标' : parts.join('，')
  }
}

/**
 * Compares one person's recognised hours of a year with the policy. A year-met claim
 * (视为完成当年继续教育 90 学时) makes the year compliant whatever the split.
 */
export function assessCompliance(policy: AnnualPolicy, hours: HoursByCategory, yearMet: boolean): ComplianceResult {
  if (yearMet) return { compliant: true, yearMet: true, shortfall: { public: 0, professional: 0, total: 0 }, message: YEAR_MET_MESSAGE }
  const { public: pub, professional } = hours
  return verdict(gap(policy.minPublic, pub), gap(policy.minProfessional, professional), gap(policy.minTotal, pub + professional))
}

export type Compliance = (publicHours: Tenths, professionalHours: Tenths, yearMet: boolean) => Readonly<ComplianceResult>

const freeze = (r: ComplianceResult): Readonly<ComplianceResult> => Object.freeze({ ...r, shortfall: Object.freeze({ ...r.shortfall }) })

/**
 * assessCompliance for one policy over a whole unit: the verdict depends only on the three
 * shortfalls, so it is made once per distinct shortfall (every compliant person shares one) and
 * the results are frozen to be shared between rows. Keyed by one number — the shortfalls in
 * mixed radix, each bounded by its minimum — not a string per person: the summary of 50,000
 * people runs this once per person in code that runs once per export.
 */
export function complianceMemo(policy: AnnualPolicy): Compliance {
  const { minPublic, minProfessional, minTotal } = policy
  const professionalSpan = minProfessional + 1
  const totalSpan = minTotal + 1
  // The key is exact while the product of the spans is; beyond (no policy the settings accept), no memo.
  if ((minPublic + 1) * professionalSpan * totalSpan > Number.MAX_SAFE_INTEGER) {
    return (pub, professional, yearMet) => assessCompliance(policy, { public: pub, professional }, yearMet)
  }
  const yearMetResult = freeze(assessCompliance(policy, { public: 0, professional: 0 }, true))
  const compliant = freeze(verdict(0, 0, 0))
  const known = new Map<number, Readonly<ComplianceResult>>()
  return (pub, professional, yearMet) => {
    if (yearMet) return yearMetResult
    const a = gap(minPublic, pub)
    const b = gap(minProfessional, professional)
    const t = gap(minTotal, pub + professional)
    if (a === 0 && b === 0 && t === 0) return compliant
    const key = (a * professionalSpan + b) * totalSpan + t
    let result = known.get(key)
    if (!result) known.set(key, (result = freeze(verdict(a, b, t))))
    return result
  }
}
