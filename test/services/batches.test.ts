import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createBatch, listBatches, undoBatch } from '../../src/main/services/batches'
import { insertClaims, listClaims } from '../../src/main/services/claims'
import { approve } from '../../src/main/services/review'
import { addEmployee, getEmployee, listEmployees, upsertEmployees } from '../../src/main/services/roster'
import { trainingFacts } from '../helpers/claimFacts'
import { idNumber } from '../helpers/idNumbers'
import { tempStore, type TempStore } from '../helpers/tempStore'

let store: TempStore
beforeEach(async () => {
  store = await tempStore()
})
afterEach(() => store.cleanup())

const page = { offset: 0, limit: 100 }

describe('import batches', () => {
  it('undoes a roster import: added people removed, updated people put back as they were', () => {
    const kept = addEmployee(store.ctx, { idNumber: idNumber(1), name: '张三', department: '内科' })
    const b = createBatch(store.ctx, 'roster', 'r.xlsx', 'ab'.repeat(32))
    upsertEmployees(store.ctx, [
      { idNumber: idNumber(1), name: '张三', department: '外科' },
      { idNumber: idNumber(2), name: '李四', department: '外科' }
    ], b)
    expect(listBatches(store.ctx, page).rows[0]).toMatchObject({ id: b, kind: 'roster', added: 1, updated: 1, unchanged: 0, undoneAt: null })
    expect(undoBatch(store.ctx, b).reverted).toBe(2)
    expect(getEmployee(store.ctx, kept.id).department).toBe('内科')
    expect(listEmployees(store.ctx, { includeDeleted: true }, page).total).toBe(1)
    expect(() => undoBatch(store.ctx, b)).toThrow(/已于 .* 撤销/)
  })

  it('undoes a claims import unless some of its claims are approved', () => {
    addEmployee(store.ctx, { idNumber: idNumber(1), name: '张三', department: '内科' })
    const b = createBatch(store.ctx, 'claims', 'c.xlsx')
    const { ids } = insertClaims(store.ctx, [
      { idNumber: idNumber(1), title: '甲', facts: trainingFacts() },
      { idNumber: idNumber(1), title: '乙', facts: trainingFacts() }
    ], b)
    approve(store.ctx, [ids[0]!])
    expect(() => undoBatch(store.ctx, b)).toThrow(/1 条申报已审核通过/)
    expect(listClaims(store.ctx, {}, page).total).toBe(2)
    store.ctx.db.prepare("UPDATE claims SET status = 'pending'").run()
    expect(undoBatch(store.ctx, b).reverted).toBe(2)
    expect(listClaims(store.ctx, {}, page).total).toBe(0)
  })
})
