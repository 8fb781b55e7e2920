import { mkdirSync } from 'node:fs'
import { basename, dirname } from 'node:path'
import type { EmployeeStatus, Gender, TitleLevel } from '../src/shared/domain/employee'
import { closeDatabase, openDatabase } from '../src/main/db/open'
import { insertBatch } from '../src/main/db/repos/batches'
import { insertClaims, type ClaimImportRow } from '../src/main/services/claims'
import { upsertEmployees, type RosterRow } from '../src/main/services/roster'
import type { Person } from './generate/people'
import { importYear, SyntheticUnit } from './generate/unit'
import { writeClaims, writeRoster } from './generate/workbooks'
import type { Detail } from './steps/types'
import type { Workspace } from './workspace'

const GENDER: Record<Person['gender'], Gender> = { 男: 'male', 女: 'female' }
const STATUS: Record<Person['status'], EmployeeStatus> = { 在职: 'active', 离职: 'left', 退休: 'retired' }
const LEVEL: Record<Person['titleLevel'], TitleLevel> = { 正高级: 'senior', 副高级: 'associateSenior', 中级: 'intermediate', 初级: 'junior' }

const rosterRow = (p: Person): RosterRow => ({
  idNumber: p.idNumber,
  name: p.name,
  department: p.department,
  gender: GENDER[p.gender],
  title: p.title,
  titleLevel: LEVEL[p.titleLevel],
  phone: p.phone,
  status: STATUS[p.status]
})

/** A fixed clock, so the seeded database is the same file content on every run. */
const CLOCK = () => new Date('2026-12-20T09:00:00Z')

/**
 * Decides the earlier years the way an officer would have: most approved, some returned or
 * rejected. The last year stays pending: it is what the approve step approves.
 */
const DECIDE_EARLIER_YEARS = `UPDATE claims SET
  status = CASE WHEN id % 20 = 7 THEN 'returned' WHEN id % 33 = 5 THEN 'rejected' ELSE 'approved' END,
  decided_at = ?
  WHERE year < ? AND status = 'pending'`

/**
 * Writes the two workbooks (roster, the last year's claims) and the unit database with every
 * year's claims, inserted through the store's bulk functions (the same rules engine, audit and
 * fingerprints as an import, without reading a workbook 500,000 rows long).
 */
export async function prepare(ws: Workspace): Promise<Detail> {
  mkdirSync(dirname(ws.importDb), { recursive: true })
  const unit = new SyntheticUnit(ws.size)
  const year = importYear(ws.size)
  const people = await writeRoster(ws.roster, unit.people)
  const claimRows = await writeClaims(ws.claims, unit.claimsOf(year), unit.people)

  const ctx = await openDatabase(ws.unitDb, { now: CLOCK })
  try {
    ctx.db.pragma('synchronous = OFF')
    upsertEmployees(ctx, unit.people.map(rosterRow), insertBatch(ctx.db, 'roster', basename(ws.roster), null, CLOCK().toISOString()))
    let inserted = 0
    for (const y of ws.size.years) {
      const rows: ClaimImportRow[] = []
      for (const c of unit.claimsOf(y)) {
        const p = unit.people[c.person]
        if (p) rows.push({ idNumber: p.idNumber, name: p.name, title: c.title, note: c.note, facts: c.facts })
      }
      inserted += insertClaims(ctx, rows, insertBatch(ctx.db, 'claims', `claims-${y}.xlsx`, null, CLOCK().toISOString())).added
    }
    ctx.db.prepare(DECIDE_EARLIER_YEARS).run(CLOCK().toISOString(), year)
    ctx.db.pragma('wal_checkpoint(TRUNCATE)')
    return { people, claimRows, dbClaims: inserted }
  } finally {
    closeDatabase(ctx)
  }
}
