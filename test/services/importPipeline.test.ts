import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SyntheticUnit } from '../../bench/generate/unit'
import { claimRow, writeClaims, writeRoster, writeSheet, CLAIMS_HEADER, CLAIMS_SHEET } from '../../bench/generate/workbooks'
import { gateOf } from '../../src/main/db/gate'
import { importFile } from '../../src/main/services/importing/importFile'
import { claimFingerprint } from '../../src/shared/rules'
import type { ImportReport } from '../../src/shared/domain/importReport'
import { idNumber } from '../helpers/idNumbers'
import { tempStore, type TempStore } from '../helpers/tempStore'

// A unit large enough for many parts of the sheet reader, small enough for a test.
const unit = new SyntheticUnit({ people: 400, claimsPerYear: 3000, years: [2026] })
const dir = mkdtempSync(join(tmpdir(), 'xueshi-pipeline-'))
const roster = join(dir, 'roster.xlsx')
const claims = join(dir, 'claims.xlsx')
const badClaims = join(dir, 'bad-claims.xlsx')
const spacedNames = join(dir, 'spaced-names.xlsx')
const stranger = { ...unit.people[0]!, idNumber: idNumber(990001), name: '路人甲' }

beforeAll(async () => {
  await writeRoster(roster, unit.people)
  await writeClaims(claims, unit.claimsOf(2026), unit.people)
  // The same claims with, far down the file, a bad ID number (row 2,401) and, after it, a
  // person not on the roster (row 2,901): both must be reported, and nothing written.
  const rows = [...unit.claimsOf(2026)].map((c) => claimRow(c, unit.people[c.person]!))
  rows[2399]![0] = '43010219900307123'
  rows[2899] = claimRow([...unit.claimsOf(2026)][2899]!, stranger)
  await writeSheet(badClaims, CLAIMS_SHEET, CLAIMS_HEADER, [1, 7, 8], rows)
  // 姓名 as some sheets write it, with spaces inside (「张 喆」 for 「张喆」).
  const spaced = [...unit.claimsOf(2026)].slice(0, 50).map((c) => {
    const row = claimRow(c, unit.people[c.person]!)
    row[1] = [...String(row[1])].join(' ')
    return row
  })
  await writeSheet(spacedNames, CLAIMS_SHEET, CLAIMS_HEADER, [1, 7, 8], spaced)
}, 60_000)

const stores: TempStore[] = []
afterEach(() => {
  for (const s of stores.splice(0)) s.cleanup()
})

async function store(): Promise<TempStore> {
  const s = await tempStore({ start: '2026-12-01T09:00:00' })
  stores.push(s)
  return s
}

/** Every stored row of the tables an import writes, as they are. */
function contents(s: TempStore): unknown[] {
  const db = s.ctx.db
  return ['employees', 'departments', 'claims', 'claim_year_met', 'import_batches', 'import_batch_employees', 'audit_log'].map((table) =>
    db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()
  )
}

const backupsOf = (s: TempStore): string[] => readdirSync(join(s.dir, 'backups')).filter((f) => f.endsWith('.db'))

describe('the import pipeline: a large file parsed in a worker thread while its rows are written', () => {
  it('writes exactly what the same file parsed in the writing thread writes, and reports the same', async () => {
    const [a, b] = [await store(), await store()]
    const reports = []
    for (const [s, thread] of [[a, true], [b, false]] as const) {
      const r1 = await importFile(s.ctx, 'roster', roster, { thread })
      const r2 = await importFile(s.ctx, 'claims', claims, { thread })
      reports.push([r1, r2])
    }
    expect(reports[0]).toEqual(reports[1])
    const [rosterReport, claimsReport] = reports[0]! as [ImportReport, ImportReport]
    expect(rosterReport).toMatchObject({ added: 400, rows: 400, errors: [] })
    expect(claimsReport).toMatchObject({ added: 3000, unchanged: 0, rows: 3000, errors: [] })
    expect(claimsReport.warnings.length).toBeGreaterThan(0)
    expect(contents(a)).toEqual(contents(b))
    // The fingerprint the import reused from its duplicate check is the one the store computes.
    const stored = a.ctx.db
      .prepare<[], { id_number: string; kind: never; title: string | null; start_date: string | null; end_date: string | null; year: number; fingerprint: string }>(
        'SELECT e.id_number, c.kind, c.title, c.start_date, c.end_date, c.year, c.fingerprint FROM claims c JOIN employees e ON e.id = c.employee_id'
      )
      .all()
    for (const c of stored) {
      const parts = { idNumber: c.id_number, kind: c.kind, year: c.year }
      const expected = claimFingerprint({ ...parts, ...(c.title ? { title: c.title } : {}), ...(c.start_date ? { startDate: c.start_date } : {}), ...(c.end_date ? { endDate: c.end_date } : {}) })
      expect(c.fingerprint).toBe(expected)
    }
    // Again: nothing new, no batch, and no backup kept for it.
    const before = backupsOf(a)
    expect(await importFile(a.ctx, 'claims', claims, { thread: true })).toMatchObject({ added: 0, unchanged: 3000, batch: null })
    expect(backupsOf(a)).toEqual(before)
  }, 60_000)

  it('refuses the whole file for errors far down it, lists every one (a roster mismatch after the first error too) and leaves no trace', async () => {
    const s = await store()
    await importFile(s.ctx, 'roster', roster, { thread: true })
    const before = contents(s)
    const backups = backupsOf(s)
    const report = await importFile(s.ctx, 'claims', badClaims, { thread: true })
    expect(report.batch).toBeNull()
    expect(report.rows).toBe(3000)
    expect(report.errors.map((e) => [e.row, e.column])).toEqual([
      [2401, '身份证号'],
      [2901, '身份证号']
    ])
    expect(report.errors[1]!.message).toContain(`名册中没有身份证号为 ${stranger.idNumber} 的人员`)
    expect(contents(s)).toEqual(before)
    expect(backupsOf(s)).toEqual(backups)
  }, 60_000)

  it('a dry run counts what would happen and writes nothing; a call made meanwhile waits and keeps its write', async () => {
    const s = await store()
    await importFile(s.ctx, 'roster', roster, { thread: true })
    const gate = gateOf(s.ctx.db)
    let during: Promise<number> | undefined
    const report = await importFile(s.ctx, 'claims', claims, {
      thread: true,
      dryRun: true,
      onProgress: (_done, _total, message) => {
        // Once the import writes, a call through the gate waits for its rollback and is not rolled back with it.
        if (message === '正在检查…' && !during) {
          during = gate.shared(() => {
            expect(s.ctx.db.inTransaction).toBe(false)
            s.ctx.db.prepare("INSERT INTO departments (name, created_at) VALUES ('导入期间新增', '2026-12-01')").run()
            return (s.ctx.db.prepare('SELECT count(*) AS n FROM claims').get() as { n: number }).n
          })
        }
      }
    })
    expect(report).toMatchObject({ dryRun: true, added: 3000, batch: null, errors: [] })
    expect(await during).toBe(0)
    expect(s.ctx.db.prepare("SELECT count(*) AS n FROM departments WHERE name = '导入期间新增'").get()).toEqual({ n: 1 })
  }, 60_000)

  it.each([true, false])('takes 姓名 with spaces inside as the roster name (worker thread: %s)', async (thread) => {
    const s = await store()
    await importFile(s.ctx, 'roster', roster, { thread })
    expect(await importFile(s.ctx, 'claims', spacedNames, { thread })).toMatchObject({ added: 50, errors: [] })
  }, 60_000)

  it('cancelled while writing: nothing is written', async () => {
    const s = await store()
    await importFile(s.ctx, 'roster', roster, { thread: true })
    const before = contents(s)
    const controller = new AbortController()
    const run = importFile(s.ctx, 'claims', claims, {
      thread: true,
      signal: controller.signal,
      onProgress: (_d, _t, message) => {
        if (message === '正在导入…') controller.abort()
      }
    })
    await expect(run).rejects.toMatchObject({ code: 'cancelled' })
    expect(contents(s)).toEqual(before)
  }, 60_000)

  it('a file-level problem found by the worker reaches the officer in its own words', async () => {
    const s = await store()
    await expect(importFile(s.ctx, 'claims', join(dir, 'missing.xlsx'), { thread: true })).rejects.toMatchObject({
      message: expect.stringContaining('找不到要导入的文件') as unknown
    })
    expect(backupsOf(s)).toEqual([])
  })
})
