import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addClaim } from '../../src/main/services/claims'
import { approve } from '../../src/main/services/review'
import { addEmployee, softDeleteEmployee } from '../../src/main/services/roster'
import { setPolicy } from '../../src/main/services/settings'
import { iterateSummary, summaryDepartments, summaryPeople } from '../../src/main/services/summary'
import type { ClaimFacts } from '../../src/shared/domain/claim'
import { trainingFacts } from '../helpers/claimFacts'
import { idNumber } from '../helpers/idNumbers'
import { tempStore, type TempStore } from '../helpers/tempStore'

let store: TempStore
beforeEach(async () => {
  store = await tempStore()
})
afterEach(() => store.cleanup())

const all = { offset: 0, limit: 1000 }

function person(n: number, name: string, department: string, status: 'active' | 'retired' = 'active') {
  return addEmployee(store.ctx, { idNumber: idNumber(n), name, department, status })
}

function claim(employeeId: number, title: string, facts: ClaimFacts, approved: boolean) {
  const c = addClaim(store.ctx, { employeeId, title, facts })
  if (approved) approve(store.ctx, [c.id])
  return c
}

/**
 * 内科: 张三 — approved 3-day professional training (24) and 4-day public training (32), a
 * pending 1-day professional training (8), and an approved one from 2025 that must not count;
 * 王五 — nothing. 外科: 李四 — an approved 三援 posting of 7 months (year met, 二.6).
 * 赵六 (retired) and 孙七 (deleted) are not listed.
 */
function seed() {
  const zhang = person(1, '张三', '内科')
  const wang = person(2, '王五', '内科')
  const li = person(3, '李四', '外科')
  const zhao = person(4, '赵六', '外科', 'retired')
  const sun = person(5, '孙七', '外科')
  claim(zhang.id, '专业培训', trainingFacts(), true)
  claim(zhang.id, '公需培训', trainingFacts({ category: 'public', startDate: '2026-04-01', endDate: '2026-04-04', days: 4 }), true)
  claim(zhang.id, '待审培训', trainingFacts({ startDate: '2026-05-01', endDate: '2026-05-01', days: 1 }), false)
  claim(zhang.id, '去年培训', trainingFacts({ startDate: '2025-05-01', endDate: '2025-05-10', days: 10 }), true)
  claim(li.id, '援疆', { kind: 'sanyuan', startDate: '2025-09-01', endDate: '2026-03-31', assessment: 'pass', evidence: ['派遣通知', '考核表'] }, true)
  claim(zhao.id, '退休人员培训', trainingFacts(), true)
  softDeleteEmployee(store.ctx, sun.id)
  return { zhang, wang, li }
}

describe('annual summary per person', () => {
  it('lists every active employee, also those with no claims, with the hours the rules give by hand', () => {
    const { zhang, wang, li } = seed()
    const page = summaryPeople(store.ctx, 2026, {}, all)
    expect(page.total).toBe(3)
    // Sorted by department, then name (code-point order: 内 < 外, 张 < 王).
    expect(page.rows.map((r) => [r.department, r.name])).toEqual([
      ['内科', '张三'],
      ['内科', '王五'],
      ['外科', '李四']
    ])
    const byId = new Map(page.rows.map((r) => [r.employeeId, r]))
    expect(byId.get(zhang.id)).toMatchObject({
      publicHours: 320,
      professionalHours: 240,
      totalHours: 560,
      pendingPublicHours: 0,
      pendingProfessionalHours: 80,
      yearMet: false,
      compliant: false,
      shortfall: { public: 0, professional: 360, total: 340 }
    })
    expect(byId.get(wang.id)).toMatchObject({ totalHours: 0, compliant: false, shortfall: { public: 300, professional: 600, total: 900 } })
    expect(byId.get(li.id)).toMatchObject({ yearMet: true, compliant: true, shortfall: { public: 0, professional: 0, total: 0 } })
  })

  it('follows the year policy set in settings', () => {
    const { zhang } = seed()
    setPolicy(store.ctx, { year: 2026, minPublic: 300, minProfessional: 200, minTotal: 500 })
    const row = summaryPeople(store.ctx, 2026, {}, all).rows.find((r) => r.employeeId === zhang.id)
    expect(row).toMatchObject({ compliant: true, message: '已达标' })
  })

  it('pages, filters by department and search, and streams the same rows', () => {
    seed()
    const first = summaryPeople(store.ctx, 2026, {}, { offset: 0, limit: 2 })
    const second = summaryPeople(store.ctx, 2026, {}, { offset: 2, limit: 2 })
    expect([...first.rows, ...second.rows]).toEqual([...iterateSummary(store.ctx, 2026)])
    expect(summaryPeople(store.ctx, 2026, { department: '外科' }, all).rows.map((r) => r.name)).toEqual(['李四'])
    expect(summaryPeople(store.ctx, 2026, { search: '王' }, all).total).toBe(1)
    expect(summaryPeople(store.ctx, 2026, { department: '无此科' }, all).total).toBe(0)
  })

  it('sums past 2³¹ tenths come out exact in the stream and the page alike', () => {
    const { zhang } = seed()
    const big = 3_000_000_000
    const id = store.ctx.db.prepare<[number], number>("SELECT id FROM claims WHERE employee_id = ? AND status = 'approved' AND year = 2026 AND category = 'public'").pluck().get(zhang.id)
    store.ctx.db.prepare("UPDATE claims SET override_hours = ?, override_reason = '测试' WHERE id = ?").run(big, id)
    const streamed = [...iterateSummary(store.ctx, 2026)].find((r) => r.employeeId === zhang.id)
    expect(streamed).toMatchObject({ publicHours: big, totalHours: big + 240, compliant: false })
    expect(summaryPeople(store.ctx, 2026, {}, all).rows.find((r) => r.employeeId === zhang.id)).toEqual(streamed)
  })

  it('rows with the same hours share one frozen verdict', () => {
    seed()
    person(9, '周八', '内科')
    const rows = [...iterateSummary(store.ctx, 2026)]
    const [wang, zhou] = ['王五', '周八'].map((name) => rows.find((r) => r.name === name))
    expect(wang?.shortfall).toBe(zhou?.shortfall)
    expect(Object.isFrozen(wang?.shortfall)).toBe(true)
  })

  it('counts people, compliant and the rate per department', () => {
    seed()
    expect(summaryDepartments(store.ctx, 2026)).toEqual([
      { department: '内科', people: 2, compliant: 0, rate: 0 },
      { department: '外科', people: 1, compliant: 1, rate: 1 }
    ])
  })

  it('uses the claims index for the year aggregate', () => {
    const plan = store.ctx.db
      .prepare<[], { detail: string }>(
        "EXPLAIN QUERY PLAN SELECT employee_id, sum(computed_hours) FROM claims WHERE year = 2026 AND status IN ('approved', 'pending') GROUP BY employee_id"
      )
      .all()
      .map((r) => r.detail)
      .join('\n')
    expect(plan).toMatch(/claims_by_year_status/)
  })
})

describe('annual summary filtered by compliance (仅未达标)', () => {
  it('pages through those short, or those compliant, with exact totals', () => {
    seed()
    // 张三 (24 + 32, short of 专业) and 王五 (nothing) are short; 李四's posting meets the year.
    const short = summaryPeople(store.ctx, 2026, { compliance: 'short' }, all)
    expect(short.total).toBe(2)
    expect(short.rows.map((r) => r.name)).toEqual(['张三', '王五'])
    expect(short.rows.every((r) => !r.compliant)).toBe(true)
    const second = summaryPeople(store.ctx, 2026, { compliance: 'short' }, { offset: 1, limit: 1 })
    expect(second).toMatchObject({ total: 2, offset: 1, rows: [{ name: '王五' }] })
    const compliant = summaryPeople(store.ctx, 2026, { compliance: 'compliant' }, all)
    expect(compliant.rows.map((r) => r.name)).toEqual(['李四'])
    const shortInSurgery = summaryPeople(store.ctx, 2026, { compliance: 'short', department: '外科' }, all)
    expect(shortInSurgery.total).toBe(0)
  })
})
