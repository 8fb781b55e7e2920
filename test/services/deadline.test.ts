import { afterEach, describe, expect, it } from 'vitest'
import { getDeadline, setDeadline } from '../../src/main/services/deadline'
import { listAudit } from '../../src/main/services/audit'
import { tempStore, type TempStore } from '../helpers/tempStore'

let store: TempStore | undefined
afterEach(() => store?.cleanup())

describe('核认截止日期', () => {
  it('is kept per year, in any date form the officer types, and audited', async () => {
    store = await tempStore()
    const { ctx } = store
    expect(getDeadline(ctx, 2026)).toBeNull()
    expect(setDeadline(ctx, 2026, '2026年12月31日')).toBe('2026-12-31')
    expect(getDeadline(ctx, 2026)).toBe('2026-12-31')
    expect(getDeadline(ctx, 2027)).toBeNull()
    expect(setDeadline(ctx, 2026, null)).toBeNull()
    expect(getDeadline(ctx, 2026)).toBeNull()
    expect(listAudit(ctx, { action: 'settings.deadline' }, { offset: 0, limit: 10 }).total).toBe(2)
  })

  it('refuses an impossible date and keeps the one it had', async () => {
    store = await tempStore()
    const { ctx } = store
    setDeadline(ctx, 2026, '2026-12-31')
    expect(() => setDeadline(ctx, 2026, '2026-02-30')).toThrow(/截止日期/)
    expect(getDeadline(ctx, 2026)).toBe('2026-12-31')
  })
})
