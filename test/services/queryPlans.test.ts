import type Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { countClaims, listClaimRows } from '../../src/main/db/repos/claimList'
import { storedFingerprints } from '../../src/main/db/repos/claims'
import { summaryPage } from '../../src/main/db/repos/summary'
import { iterateSummary } from '../../src/main/services/summary'
import { listEmployeeRows } from '../../src/main/db/repos/employees'
import { addClaim } from '../../src/main/services/claims'
import { approve } from '../../src/main/services/review'
import { addEmployee } from '../../src/main/services/roster'
import { trainingFacts } from '../helpers/claimFacts'
import { idNumber } from '../helpers/idNumbers'
import { tempStore, type TempStore } from '../helpers/tempStore'

/**
 * The plans of the queries that must stay fast at 50,000 people and 500,000 claims: the
 * summary (stream and page) and the claims list behind the review queue. Without ANALYZE
 * statistics SQLite plans by its heuristics alone, so a small database gets the same plans.
 */

let store: TempStore
beforeEach(async () => {
  store = await tempStore()
  for (let n = 1; n <= 3; n++) {
    const person = addEmployee(store.ctx, { idNumber: idNumber(n), name: `员工${n}`, department: n === 1 ? '内科' : '外科' })
    const claim = addClaim(store.ctx, { employeeId: person.id, title: `培训${n}`, facts: trainingFacts() })
    if (n === 1) approve(store.ctx, [claim.id])
  }
})
afterEach(() => store.cleanup())

/** EXPLAIN QUERY PLAN of a statement, every parameter bound to 1 (plans do not depend on values). */
function planOf(db: Database.Database, sql: string): string[] {
  const names = [...new Set([...sql.matchAll(/[:@$](\w+)/g)].map((m) => m[1] ?? ''))]
  const explain = db.prepare<unknown[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
  const rows = names.length > 0 ? explain.all(Object.fromEntries(names.map((n) => [n, 1]))) : explain.all(...Array<number>((sql.match(/\?/g) ?? []).length).fill(1))
  return rows.map((r) => r.detail)
}

/** The plans of every statement `work` prepares (on a fresh connection cache, each is prepared once). */
function plansDuring(db: Database.Database, work: () => void): { sql: string; plan: string[] }[] {
  const spy = vi.spyOn(db, 'prepare')
  let sqls: string[]
  try {
    work()
    sqls = spy.mock.calls.map(([sql]) => sql)
  } finally {
    // Restoring also forgets the calls: read them first.
    spy.mockRestore()
  }
  return sqls.map((sql) => ({ sql, plan: planOf(db, sql) }))
}

const statement = (all: { sql: string; plan: string[] }[], part: RegExp): string[] => {
  const found = all.find((s) => part.test(s.sql))
  if (!found) throw new Error(`no statement matching ${part}`)
  return found.plan
}

const fullScanOf = (table: string): RegExp => new RegExp(`^SCAN ${table}( |$)(?!USING)`)

describe('query plans at scale', () => {
  it('the summary stream reads each part off its index: no full scan, no sort of the people', () => {
    const plans = plansDuring(store.ctx.db, () => [...iterateSummary(store.ctx, 2026)])
    const hours = statement(plans, /GROUP BY employee_id/)
    expect(hours).toContain('SEARCH claims USING COVERING INDEX claims_by_year_status (year=? AND status=?)')
    expect(hours.filter((line) => line.includes('TEMP B-TREE'))).toEqual([])
    const people = statement(plans, /FROM departments d CROSS JOIN employees e/)
    expect(people).toEqual([
      'SCAN d USING COVERING INDEX sqlite_autoindex_departments_1',
      'SEARCH e USING COVERING INDEX employees_by_department (department_id=?)'
    ])
    const met = statement(plans, /claim_year_met/)
    expect(met).toContain('SEARCH y USING COVERING INDEX claim_year_met_by_year (year=?)')
    for (const { plan } of plans) {
      expect(plan.filter((line) => fullScanOf('(claims|c|employees|e)').test(line))).toEqual([])
    }
  })

  it('a summary page takes its people in index order and only their claims, with no temporary B-tree', () => {
    const plans = plansDuring(store.ctx.db, () => summaryPage(store.ctx.db, 2026, {}, 0, 50))
    const plan = statement(plans, /WITH p AS/)
    expect(plan).toContain('SEARCH e USING COVERING INDEX employees_by_department (department_id=?)')
    expect(plan).toContain('SEARCH claims USING COVERING INDEX claims_by_employee_year (employee_id=? AND year=? AND status=?)')
    expect(plan.filter((line) => line.includes('TEMP B-TREE'))).toEqual([])
  })

  it('the review queue (a year, one status, newest first) pages off claims_by_year_status_id without sorting the year', () => {
    const plans = plansDuring(store.ctx.db, () => {
      listClaimRows(store.ctx.db, { year: 2026, status: 'pending' }, 0, 50)
      countClaims(store.ctx.db, { year: 2026, status: 'pending' })
    })
    const page = statement(plans, /WITH page AS/)
    expect(page).toContain('SEARCH c USING COVERING INDEX claims_by_year_status_id (year=? AND status=?)')
    expect(page).toContain('SEARCH c USING INTEGER PRIMARY KEY (rowid=?)')
    expect(page.filter((line) => fullScanOf('(claims|c)').test(line))).toEqual([])
    expect(page.filter((line) => line.includes('TEMP B-TREE'))).toEqual([])
    const count = statement(plans, /SELECT count\(\*\) AS n FROM claims/)
    expect(count).toContain('SEARCH c USING COVERING INDEX claims_by_year_status (year=? AND status=?)')
  })

  it('a person filter on the claims list looks the person up by key, never scanning claims', () => {
    const plans = plansDuring(store.ctx.db, () => listClaimRows(store.ctx.db, { year: 2026, departmentId: 1 }, 0, 50))
    const page = statement(plans, /WITH page AS/)
    expect(page).toContain('SEARCH e USING INTEGER PRIMARY KEY (rowid=?)')
    expect(page.filter((line) => fullScanOf('(claims|c)').test(line))).toEqual([])
  })

  it('the roster pages in department/name order off the indexes, sorting only the page itself', () => {
    const [list] = plansDuring(store.ctx.db, () => listEmployeeRows(store.ctx.db, {}, 45_000, 200))
    const plan = list?.plan ?? []
    expect(plan).toContain('SCAN d USING COVERING INDEX sqlite_autoindex_departments_1')
    expect(plan).toContain('SEARCH e USING COVERING INDEX employees_by_department (department_id=?)')
    expect(plan).toContain('SEARCH e USING INTEGER PRIMARY KEY (rowid=?)')
    expect(plan.filter((line) => /^SCAN e\b/.test(line))).toEqual([])
  })

  it("an import part's fingerprints are looked up off claims_by_fingerprint, never scanning claims", () => {
    const plans = plansDuring(store.ctx.db, () => storedFingerprints(store.ctx.db, ['0123456789abcdef']))
    const plan = statement(plans, /json_each/)
    expect(plan).toContain('SEARCH c USING COVERING INDEX claims_by_fingerprint (fingerprint=?)')
    expect(plan.filter((line) => fullScanOf('(claims|c)').test(line))).toEqual([])
  })
})
