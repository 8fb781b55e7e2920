import { AppError } from '../../shared/errors'
import { parseDate } from '../../shared/validators/date'
import type { AppContext } from '../context'
import { getSetting, setSetting } from '../db/repos/settings'
import { appendAudit } from './audit'

const key = (year: number): string => `deadline:${year}`

/** The year's deadline for the unit's verification (核认截止日期), set by the officer; null if not set. */
export function getDeadline(ctx: AppContext, year: number): string | null {
  const value = getSetting(ctx.db, key(year))
  return value ? value : null
}

export function setDeadline(ctx: AppContext, year: number, deadline: string | null): string | null {
  let value = ''
  if (deadline !== null && deadline.trim() !== '') {
    const parsed = parseDate(deadline)
    if (!parsed.ok) throw new AppError('invalid_input', `截止日期：${parsed.message}`)
    value = parsed.value
  }
  return ctx.db.transaction(() => {
    const before = getDeadline(ctx, year)
    setSetting(ctx.db, key(year), value)
    const after = value || null
    appendAudit(ctx, { action: 'settings.deadline', entity: 'settings', entityId: year, before: { year, deadline: before }, after: { year, deadline: after } })
    return after
  })()
}
