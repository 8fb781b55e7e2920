import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { closeDatabase, openDatabase } from '../../src/main/db/open'
import { LATEST_VERSION, MIGRATIONS, checkContiguous, type Migration } from '../../src/main/db/migrations'
import { addEmployee, listEmployees } from '../../src/main/services/roster'
import { idNumber } from '../helpers/idNumbers'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'xueshi-migrate-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex')

describe('migrations', () => {
  it('creates the schema at the latest user_version, every table STRICT, with the connection pragmas', async () => {
    const ctx = await openDatabase(join(dir, 'a.db'))
    try {
      expect(ctx.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION)
      const tables = ctx.db
        .prepare<[], { name: string; strict: number }>("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'")
        .all()
      expect(tables.length).toBeGreaterThan(10)
      expect(tables.filter((t) => t.strict !== 1)).toEqual([])
      expect(ctx.db.pragma('journal_mode', { simple: true })).toBe('wal')
      expect(ctx.db.pragma('foreign_keys', { simple: true })).toBe(1)
      expect(ctx.db.pragma('synchronous', { simple: true })).toBe(2)
    } finally {
      closeDatabase(ctx)
    }
  })

  it('keeps the data across a reopen and runs nothing twice', async () => {
    const path = join(dir, 'a.db')
    const first = await openDatabase(path)
    addEmployee(first, { idNumber: idNumber(1), name: '张三', department: '内科' })
    closeDatabase(first)
    const second = await openDatabase(path)
    expect(listEmployees(second, {}, { offset: 0, limit: 10 }).total).toBe(1)
    closeDatabase(second)
  })

  it('refuses a database from a newer version with a clear message and leaves the file untouched', async () => {
    const path = join(dir, 'newer.db')
    closeDatabase(await openDatabase(path))
    const raw = new Database(path)
    raw.pragma('journal_mode = DELETE')
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`)
    raw.close()
    const before = sha(path)
    await expect(openDatabase(path)).rejects.toMatchObject({ code: 'refused', message: expect.stringMatching(/更新版本.*请升级程序/) })
    expect(sha(path)).toBe(before)
  })

  it('refuses a foreign SQLite database and a file that is not a database', async () => {
    const foreign = join(dir, 'foreign.db')
    const raw = new Database(foreign)
    raw.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)')
    raw.close()
    await expect(openDatabase(foreign)).rejects.toThrow(/其他程序的数据库/)
    const junk = join(dir, 'junk.db')
    writeFileSync(junk, Buffer.alloc(8192, 7))
    await expect(openDatabase(junk)).rejects.toThrow(/不是有效的数据库文件/)
  })

  it('backs up an existing database before migrating it, then applies only the new step', async () => {
    const path = join(dir, 'old.db')
    closeDatabase(await openDatabase(path))
    const next: Migration = {
      version: LATEST_VERSION + 1,
      name: 'test step',
      up: (db) => db.exec('CREATE TABLE extra (id INTEGER PRIMARY KEY) STRICT')
    }
    const ctx = await openDatabase(path, { migrations: [...MIGRATIONS, next], now: () => new Date('2026-03-15T10:00:00') })
    expect(ctx.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION + 1)
    closeDatabase(ctx)
    expect(readdirSync(join(dir, 'backups'))).toEqual(['xueshi-20260315-100000-pre-migrate.db'])
    const backup = new Database(join(dir, 'backups', 'xueshi-20260315-100000-pre-migrate.db'), { readonly: true })
    expect(backup.pragma('user_version', { simple: true })).toBe(LATEST_VERSION)
    backup.close()
  })

  it('checks that the migration list is contiguous', () => {
    const m = (version: number): Migration => ({ version, name: `m${version}`, up: () => undefined })
    expect(() => checkContiguous([m(1), m(2)])).not.toThrow()
    expect(() => checkContiguous([m(1), m(3)])).toThrow(/not contiguous/)
    expect(() => checkContiguous([m(1), m(1)])).toThrow(/not contiguous/)
    expect(() => checkContiguous(MIGRATIONS)).not.toThrow()
  })
  it('003 upgrades a version-2 database: the roster order index covers the summary, people kept', async () => {
    const path = join(dir, 'v2.db')
    const v2 = await openDatabase(path, { migrations: MIGRATIONS.slice(0, 2) })
    addEmployee(v2, { idNumber: idNumber(1), name: '张三', department: '内科' })
    closeDatabase(v2)
    const ctx = await openDatabase(path)
    try {
      expect(ctx.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION)
      const columns = ctx.db.prepare<[], { name: string }>("SELECT name FROM pragma_index_info('employees_by_department')").all().map((c) => c.name)
      expect(columns).toEqual(['department_id', 'name', 'id', 'status', 'deleted_at', 'id_number', 'title', 'title_level'])
      expect(listEmployees(ctx, {}, { offset: 0, limit: 10 }).rows.map((e) => e.name)).toEqual(['张三'])
    } finally {
      closeDatabase(ctx)
    }
  })
  it('004 moves each claim\'s evidence from claim_evidence into its own column, in the order listed', async () => {
    const path = join(dir, 'v3.db')
    const v3 = await openDatabase(path, { migrations: MIGRATIONS.slice(0, 3) })
    addEmployee(v3, { idNumber: idNumber(1), name: '张三', department: '内科' })
    const at = '2026-03-01T08:00:00.000Z'
    const insert = v3.db.prepare(
      `INSERT INTO claims (employee_id, kind, rule_set_id, year, computed_hours, category, clause, explanation, evidence_complete, evidence_message, fingerprint, created_at, updated_at)
       VALUES (1, 'training', 'hunan-2026', 2026, 80, 'professional', '二.1', '', 1, '', ?, ?, ?)`
    )
    const withEvidence = Number(insert.run('a', at, at).lastInsertRowid)
    const without = Number(insert.run('b', at, at).lastInsertRowid)
    const item = v3.db.prepare('INSERT INTO claim_evidence (claim_id, name, position) VALUES (?, ?, ?)')
    item.run(withEvidence, '结业证书', 1)
    item.run(withEvidence, '培训通知', 0)
    closeDatabase(v3)
    const ctx = await openDatabase(path)
    try {
      const evidence = (id: number): unknown => JSON.parse(ctx.db.prepare<[number], { evidence: string }>('SELECT evidence FROM claims WHERE id = ?').get(id)?.evidence ?? 'null')
      expect(evidence(withEvidence)).toEqual(['培训通知', '结业证书'])
      expect(evidence(without)).toEqual([])
      expect(ctx.db.prepare("SELECT name FROM sqlite_master WHERE name = 'claim_evidence'").all()).toEqual([])
    } finally {
      closeDatabase(ctx)
    }
  })
})
