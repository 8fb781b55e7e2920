import { defaultPolicy } from '../../shared/policy'
import type { AnnualPolicy } from '../../shared/domain/policy'
import type { UnitSettings } from '../../shared/domain/settings'
import { AppError } from '../../shared/errors'
import { formatHours } from '../../shared/hours'
import type { AppContext } from '../context'
import { findPolicy, savePolicy } from '../db/repos/policies'
import { getUnitSettings, setSetting } from '../db/repos/settings'
import { appendAudit, nowIso } from './audit'

export function getSettings(ctx: AppContext): UnitSettings {
  return getUnitSettings(ctx.db)
}

export function updateSettings(ctx: AppContext, patch: Partial<UnitSettings>): UnitSettings {
  const clean: Partial<UnitSettings> = {}
  if (patch.unitName !== undefined) clean.unitName = patch.unitName.trim()
  if (patch.officerName !== undefined) clean.officerName = patch.officerName.trim()
  if (clean.unitName !== undefined && clean.unitName.length > 100) throw new AppError('invalid_input', '单位名称不能超过 100 字')
  if (clean.officerName !== undefined && clean.officerName.length > 50) throw new AppError('invalid_input', '经办人姓名不能超过 50 字')
  return ctx.db.transaction(() => {
    const before = getUnitSettings(ctx.db)
    if (clean.unitName !== undefined) setSetting(ctx.db, 'unitName', clean.unitName)
    if (clean.officerName !== undefined) setSetting(ctx.db, 'officerName', clean.officerName)
    const after = getUnitSettings(ctx.db)
    appendAudit(ctx, { action: 'settings.update', entity: 'settings', entityId: null, before, after })
    return after
  })()
}

/** The year's policy: the one saved in settings, else the national default. */
export function getPolicy(ctx: AppContext, year: number): AnnualPolicy & { isDefault: boolean } {
  const saved = findPolicy(ctx.db, year)
  return saved ? { ...saved, isDefault: false } : { ...defaultPolicy(year), isDefault: true }
}

export function setPolicy(ctx: AppContext, policy: AnnualPolicy): AnnualPolicy {
  const { year, minPublic, minProfessional, minTotal } = policy
  for (const [label, v] of [
    ['公需科目最低学时', minPublic],
    ['专业科目最低学时', minProfessional],
    ['合计最低学时', minTotal]
  ] as const) {
    if (!Number.isInteger(v) || v < 0) throw new AppError('invalid_input', `${label}必须是不小于 0 的数（精确到 0.1 学时）`)
  }
  if (minTotal < minPublic + minProfessional) {
    throw new AppError(
      'invalid_input',
      `合计最低学时（${formatHours(minTotal)}）不能小于公需（${formatHours(minPublic)}）与专业（${formatHours(minProfessional)}）最低学时之和`
    )
  }
  return ctx.db.transaction(() => {
    const before = getPolicy(ctx, year)
    const after: AnnualPolicy = { year, minPublic, minProfessional, minTotal }
    savePolicy(ctx.db, after, nowIso(ctx))
    appendAudit(ctx, { action: 'policy.set', entity: 'policy', entityId: year, before, after })
    return after
  })()
}
