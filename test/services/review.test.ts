import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { listAudit } from '../../src/main/services/audit'
import { createBatch } from '../../src/main/services/batches'
import { addClaim, editClaim, getClaim, insertClaims } from '../../src/main/services/claims'
import {
  approve,
  approveAllPending,
  lastDecision,
  overrideHours,
  reject,
  returnClaims,
  undoLastDecision
} from '../../src/main/services/review'
import { addEmployee, upsertEmployees } from '../../src/main/services/roster'
import { updateSettings } from '../../src/main/services/settings'
import type { Employee } from '../../src/shared/domain/employee'
import { trainingFacts } from '../helpers/claimFacts'
import { idNumber } from '../helpers/idNumbers'
import { tempStore, type TempStore } from '../helpers/tempStore'

let store: TempStore
let zhang: Employee
beforeEach(async () => {
  store = await tempStore()
  updateSettings(store.ctx, { officerName: '王经办' })
  zhang = addEmployee(store.ctx, { idNumber: idNumber(1), name: '张三', department: '内科' })
})
afterEach(() => store.cleanup())

const complete = (title: string) => addClaim(store.ctx, { employeeId: zhang.id, title, facts: trainingFacts() })
const incomplete = (title: string) => addClaim(store.ctx, { employeeId: zhang.id, title, facts: trainingFacts({ evidence: ['培训通知'] }) })

describe('review decisions', () => {
  it('approves a claim with complete evidence, audited with officer and before/after', () => {
    const c = complete('甲')
    const result = approve(store.ctx, [c.id])
    expect(result.decided).toEqual([c.id])
    expect(getClaim(store.ctx, c.id)).toMatchObject({ status: 'approved', decidedAt: store.clock.now().toISOString() })
    const [entry] = listAudit(store.ctx, { action: 'review.approve' }, { offset: 0, limit: 10 }).rows
    expect(entry).toMatchObject({ officer: '王经办', entity: 'claim', entityId: String(c.id), before: { status: 'pending' }, after: { status: 'approved', hours: 240 } })
  })

  it('refuses to approve a claim whose evidence is incomplete, naming what is missing, and changes nothing in the list', () => {
    const ok = complete('甲')
    const bad = incomplete('乙')
    try {
      approve(store.ctx, [ok.id, bad.id])
      expect.unreachable()
    } catch (e) {
      expect(e).toMatchObject({ code: 'evidence_incomplete' })
      expect(String(e)).toMatch(new RegExp(`申报 #${bad.id}（张三 · 培训班）材料不全：.*缺少`))
    }
    expect(getClaim(store.ctx, ok.id).status).toBe('pending')
  })

  it('refuses to approve a kind with no conversion until hours are set by hand with a reason', () => {
    const c = addClaim(store.ctx, {
      employeeId: zhang.id,
      title: '抗疫',
      facts: { kind: 'publicHealth', year: 2026, endDate: '2026-02-01', evidence: ['派遣通知', '考核表'] }
    })
    expect(c.needsManualHours).toBe(true)
    expect(() => approve(store.ctx, [c.id])).toThrow(/请先填写认定学时/)
    expect(() => overrideHours(store.ctx, c.id, 300, '  ')).toThrow(/原因/)
    overrideHours(store.ctx, c.id, 300, '防控一线 30 天，经单位研究认定')
    expect(getClaim(store.ctx, c.id)).toMatchObject({ hours: 300, overrideReason: '防控一线 30 天，经单位研究认定' })
    expect(approve(store.ctx, [c.id]).decided).toEqual([c.id])
  })

  it('returns and rejects only with a reason, for one claim or many', () => {
    const a = incomplete('甲')
    const b = incomplete('乙')
    expect(() => returnClaims(store.ctx, [a.id], '')).toThrow(/退回原因：请填写原因/)
    expect(() => reject(store.ctx, [a.id], ' ')).toThrow(/不予认定原因/)
    expect(returnClaims(store.ctx, [a.id, b.id], '请补充结业证书').decided).toEqual([a.id, b.id])
    expect(getClaim(store.ctx, b.id)).toMatchObject({ status: 'returned', decisionReason: '请补充结业证书' })
    expect(() => returnClaims(store.ctx, [a.id], '再退')).toThrow(/已是「已退回」状态/)
    reject(store.ctx, [a.id], '非继续教育活动')
    expect(getClaim(store.ctx, a.id).status).toBe('rejected')
    expect(() => approve(store.ctx, [12345])).toThrow(/申报编号 12345 不存在/)
  })
})

describe('undo', () => {
  it('undoes the last decision, then the one before, restoring status, hours and reasons', () => {
    const c = complete('甲')
    overrideHours(store.ctx, c.id, 200, '按实际出勤认定')
    approve(store.ctx, [c.id])
    expect(lastDecision(store.ctx)).toMatchObject({ action: 'approve', claims: 1, officer: '王经办' })
    const undone = undoLastDecision(store.ctx)
    expect(undone.restored).toEqual([{ id: c.id, status: 'pending', overrideHours: 200 }])
    expect(getClaim(store.ctx, c.id)).toMatchObject({ status: 'pending', decidedAt: null, hours: 200 })
    undoLastDecision(store.ctx)
    expect(getClaim(store.ctx, c.id)).toMatchObject({ overrideHours: null, overrideReason: null, hours: 240 })
    expect(() => undoLastDecision(store.ctx)).toThrow(/没有可撤销的审核决定/)
    expect(listAudit(store.ctx, { action: 'review.undo' }, { offset: 0, limit: 10 }).total).toBe(2)
  })

  it('refuses to undo when the claim changed after the decision', () => {
    const c = incomplete('甲')
    returnClaims(store.ctx, [c.id], '补材料')
    editClaim(store.ctx, c.id, { employeeId: zhang.id, title: '甲', facts: trainingFacts() })
    expect(() => undoLastDecision(store.ctx)).toThrow(/之后又被修改或审核过/)
    expect(getClaim(store.ctx, c.id).status).toBe('pending')
  })
})

describe('batch approval of a year', () => {
  it('approves the approvable pending claims of the year and lists the rest with reasons', () => {
    const a = complete('甲')
    const b = incomplete('乙')
    const other = addClaim(store.ctx, { employeeId: zhang.id, title: '去年', facts: trainingFacts({ startDate: '2025-03-01', endDate: '2025-03-03' }) })
    const returned = incomplete('丙')
    returnClaims(store.ctx, [returned.id], '补材料')
    const result = approveAllPending(store.ctx, 2026)
    expect(result.approved).toEqual([a.id])
    expect(result.notApproved).toHaveLength(1)
    expect(result.notApproved[0]).toMatchObject({ id: b.id })
    expect(result.notApproved[0]?.reason).toMatch(/材料不全/)
    expect(getClaim(store.ctx, other.id).status).toBe('pending')
    expect(approveAllPending(store.ctx, 2026)).toMatchObject({ actionId: null, approved: [] })
    undoLastDecision(store.ctx)
    expect(getClaim(store.ctx, a.id).status).toBe('pending')
  })

  it('approves 20,000 claims in one call within a few seconds, and undoes them as one', () => {
    const people = Array.from({ length: 2000 }, (_, i) => ({ idNumber: idNumber(i + 10), name: `员工${i}`, department: `科室${i % 20}` }))
    upsertEmployees(store.ctx, people, createBatch(store.ctx, 'roster', 'r.xlsx'))
    const rows = people.flatMap((p, i) =>
      Array.from({ length: 10 }, (_, k) => ({
        idNumber: p.idNumber,
        title: `培训${k}`,
        facts: trainingFacts({ startDate: `2026-${String(k + 1).padStart(2, '0')}-01`, endDate: `2026-${String(k + 1).padStart(2, '0')}-01`, days: 1, evidence: i % 100 === 0 ? [] : trainingFacts().evidence })
      }))
    )
    insertClaims(store.ctx, rows, createBatch(store.ctx, 'claims', 'c.xlsx'))
    const started = performance.now()
    const result = approveAllPending(store.ctx, 2026)
    const ms = performance.now() - started
    expect(result.approved).toHaveLength(19_800)
    expect(result.notApproved).toHaveLength(200)
    expect(ms).toBeLessThan(5_000)
    expect(undoLastDecision(store.ctx).restored).toHaveLength(19_800)
  })
})
