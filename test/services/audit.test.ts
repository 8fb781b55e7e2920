import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { appendAudit, listAudit } from '../../src/main/services/audit'
import { createBatch } from '../../src/main/services/batches'
import { insertClaims } from '../../src/main/services/claims'
import { trainingFacts } from '../helpers/claimFacts'
import { upsertEmployees } from '../../src/main/services/roster'
import { updateSettings } from '../../src/main/services/settings'
import { idNumber } from '../helpers/idNumbers'
import { tempStore, type TempStore } from '../helpers/tempStore'

let store: TempStore
beforeEach(async () => {
  store = await tempStore()
})
afterEach(() => store.cleanup())

describe('audit log', () => {
  it('is append-only: the database itself refuses UPDATE and DELETE', () => {
    appendAudit(store.ctx, { action: 'test', entity: 'claim', entityId: 1, after: { a: 1 } })
    expect(() => store.ctx.db.prepare("UPDATE audit_log SET officer = 'x'").run()).toThrow(/只能追加，不能修改/)
    expect(() => store.ctx.db.prepare('DELETE FROM audit_log').run()).toThrow(/只能追加，不能删除/)
    expect(listAudit(store.ctx, {}, { offset: 0, limit: 10 }).total).toBe(1)
  })

  it('records time from the clock and the officer from settings, and lists with filters, newest first', () => {
    updateSettings(store.ctx, { officerName: '王经办' })
    store.clock.set('2026-04-01T08:00:00Z')
    appendAudit(store.ctx, { action: 'claim.add', entity: 'claim', entityId: 7, after: { hours: 240 } })
    store.clock.set('2026-05-01T08:00:00Z')
    updateSettings(store.ctx, { officerName: '李经办' })
    appendAudit(store.ctx, { action: 'claim.edit', entity: 'claim', entityId: 7, before: { hours: 240 }, after: { hours: 80 } })
    const page = { offset: 0, limit: 10 }
    const claimLog = listAudit(store.ctx, { entity: 'claim', entityId: '7' }, page)
    expect(claimLog.rows.map((r) => [r.action, r.officer, r.at])).toEqual([
      ['claim.edit', '李经办', '2026-05-01T08:00:00.000Z'],
      ['claim.add', '王经办', '2026-04-01T08:00:00.000Z']
    ])
    expect(claimLog.rows[0]).toMatchObject({ before: { hours: 240 }, after: { hours: 80 } })
    expect(listAudit(store.ctx, { officer: '王经办', entity: 'claim' }, page).total).toBe(1)
    expect(listAudit(store.ctx, { from: '2026-04-15', to: '2026-06-01' }, page).rows.map((r) => r.action)).toEqual(['claim.edit', 'settings.update'])
    expect(listAudit(store.ctx, { action: 'settings.update' }, page).total).toBe(2)
  })

  it('records each person a roster import adds or changes, with what the import wrote', () => {
    updateSettings(store.ctx, { officerName: '王经办' })
    const first = createBatch(store.ctx, 'roster', '名册.xlsx', 'a')
    upsertEmployees(store.ctx, [{ idNumber: idNumber(1), name: '张三', department: '内科', title: '主治医师', titleLevel: 'intermediate' }], first)
    const second = createBatch(store.ctx, 'roster', '名册2.xlsx', 'b')
    upsertEmployees(store.ctx, [{ idNumber: idNumber(1), name: '张三', department: '外科' }, { idNumber: idNumber(2), name: '李四', department: '内科' }], second)
    const rows = listAudit(store.ctx, { action: 'employee.import' }, { offset: 0, limit: 10 }).rows
    const departmentId = (name: string): number =>
      store.ctx.db.prepare<[string], { id: number }>('SELECT id FROM departments WHERE name = ?').get(name)?.id ?? -1
    const zhang = { idNumber: idNumber(1), name: '张三', gender: expect.any(String), title: '主治医师', titleLevel: 'intermediate', phone: null, status: 'active' }
    expect(rows.map((r) => [r.officer, r.entityId, r.before, r.after])).toEqual(
      expect.arrayContaining([
        ['王经办', '1', null, { ...zhang, departmentId: departmentId('内科'), department: '内科' }],
        ['王经办', '1', { ...zhang, departmentId: departmentId('内科'), department: '内科', deletedAt: null }, { ...zhang, title: null, titleLevel: null, departmentId: departmentId('外科'), department: '外科' }],
        ['王经办', '2', null, expect.objectContaining({ name: '李四', department: '内科', departmentId: departmentId('内科') })]
      ])
    )
    expect(rows).toHaveLength(3)
  })

  it('records each claim an import adds, once, in claim order, also when it is written in parts', () => {
    updateSettings(store.ctx, { officerName: '王经办' })
    upsertEmployees(store.ctx, [{ idNumber: idNumber(1), name: '张三', department: '内科' }], createBatch(store.ctx, 'roster', '名册.xlsx', 'a'))
    const batch = createBatch(store.ctx, 'claims', '申报.xlsx', 'b')
    // 1,201 rows: three parts of the writer (500 each), the last row a repeat of the first.
    const rows = Array.from({ length: 1200 }, (_, i) => ({ idNumber: idNumber(1), title: `培训班 ${i}`, facts: trainingFacts(), row: i + 2 }))
    const counts = insertClaims(store.ctx, [...rows, { ...rows[0]!, row: 1202 }], batch)
    expect(counts).toMatchObject({ added: 1200, unchanged: 1 })
    const audit = store.ctx.db
      .prepare<[], { entity_id: string; officer: string; after: string }>("SELECT entity_id, officer, after FROM audit_log WHERE action = 'claim.import' ORDER BY id")
      .all()
    expect(audit.map((a) => Number(a.entity_id))).toEqual(counts.ids)
    expect(audit.every((a) => a.officer === '王经办')).toBe(true)
    expect(JSON.parse(audit[1199]!.after)).toEqual({ idNumber: idNumber(1), kind: 'training', title: '培训班 1199', year: 2026, hours: 240, batchId: batch })
  })
})
