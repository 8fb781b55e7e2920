import { createHash } from 'node:crypto'
import { existsSync, openSync, readFileSync, readdirSync, writeFileSync, writeSync, closeSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { listAudit } from '../../src/main/services/audit'
import { backupNow, backupTo, ensureDailyBackup, listBackups, restore } from '../../src/main/services/backup'
import { addEmployee, listEmployees } from '../../src/main/services/roster'
import { idNumber } from '../helpers/idNumbers'
import { tempStore, type TempStore } from '../helpers/tempStore'

let store: TempStore
beforeEach(async () => {
  store = await tempStore({ start: '2026-03-15T09:30:00' })
  addEmployee(store.ctx, { idNumber: idNumber(1), name: '张三', department: '内科' })
})
afterEach(() => store.cleanup())

const people = (): number => listEmployees(store.ctx, {}, { offset: 0, limit: 10 }).total
const backupFiles = (): string[] => readdirSync(join(store.dir, 'backups')).sort()
const dbDigest = (): string =>
  createHash('sha256')
    .update(JSON.stringify(store.ctx.db.prepare('SELECT * FROM employees ORDER BY id').all()))
    .update(JSON.stringify(store.ctx.db.prepare('SELECT count(*) AS n FROM audit_log').get()))
    .digest('hex')

function countIn(file: string): number {
  const db = new Database(file, { readonly: true })
  try {
    return db.prepare<[], { n: number }>('SELECT count(*) AS n FROM employees').get()?.n ?? -1
  } finally {
    db.close()
  }
}

describe('backups', () => {
  it('writes a self-contained copy named by local time and reason', async () => {
    const info = await backupNow(store.ctx, 'manual')
    expect(info.name).toBe('xueshi-20260315-093000-manual.db')
    expect(info.createdAt).toBe('2026-03-15 09:30:00')
    expect(existsSync(`${info.path}-wal`)).toBe(false)
    expect(countIn(info.path)).toBe(1)
    const second = await backupNow(store.ctx, 'manual')
    expect(second.name).toBe('xueshi-20260315-093000-manual-2.db')
  })

  it('takes the daily backup on the first start of each day only', async () => {
    expect(await ensureDailyBackup(store.ctx)).not.toBeNull()
    expect(await ensureDailyBackup(store.ctx)).toBeNull()
    store.clock.advance(24 * 3600_000)
    expect((await ensureDailyBackup(store.ctx))?.reason).toBe('daily')
    expect(listBackups(store.ctx)).toHaveLength(2)
  })

  it('keeps the last 10 and the newest of every month', async () => {
    store.clock.set('2026-01-01T12:00:00')
    for (let i = 0; i < 40; i++) {
      await backupNow(store.ctx, 'daily')
      store.clock.advance(3 * 24 * 3600_000)
    }
    const names = backupFiles()
    const all = Array.from({ length: 40 }, (_, i) => new Date(new Date('2026-01-01T12:00:00').getTime() + i * 3 * 24 * 3600_000))
    const stampOf = (d: Date) =>
      `xueshi-${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}-120000-daily.db`
    const expected = new Set(all.slice(-10).map(stampOf))
    const newestOfMonth = new Map<number, Date>()
    for (const d of all) newestOfMonth.set(d.getMonth(), d)
    for (const d of newestOfMonth.values()) expected.add(stampOf(d))
    expect(names).toEqual([...expected].sort())
    expect(names.length).toBeLessThan(15)
  })

  it('backs up to a chosen file', async () => {
    const out = join(store.dir, 'usb', '备份.db')
    expect(await backupTo(store.ctx, out)).toBe(out)
    expect(countIn(out)).toBe(1)
  })
})

describe('restore', () => {
  it('replaces the data with the backup after snapshotting the current database', async () => {
    const backup = await backupNow(store.ctx, 'manual')
    addEmployee(store.ctx, { idNumber: idNumber(2), name: '李四', department: '外科' })
    store.clock.advance(60_000)
    const { snapshot } = await restore(store.ctx, backup.path)
    expect(people()).toBe(1)
    expect(snapshot.reason).toBe('pre-restore')
    expect(countIn(snapshot.path)).toBe(2)
    expect(store.ctx.db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(listAudit(store.ctx, { action: 'backup.restore' }, { offset: 0, limit: 5 }).total).toBe(1)
    await store.reopen()
    expect(people()).toBe(1)
  })

  it('refuses a corrupt backup and leaves the current database untouched, without a snapshot', async () => {
    const backup = await backupNow(store.ctx, 'manual')
    // Overwrite the middle of the file: pages exist but their content is garbage.
    const fd = openSync(backup.path, 'r+')
    writeSync(fd, Buffer.alloc(8192, 0xab), 0, 8192, 4096)
    closeSync(fd)
    const before = dbDigest()
    const filesBefore = backupFiles()
    await expect(restore(store.ctx, backup.path)).rejects.toMatchObject({ code: 'refused', message: expect.stringMatching(/不能从.*恢复.*当前数据库未做任何更改/) })
    expect(dbDigest()).toBe(before)
    expect(backupFiles()).toEqual(filesBefore)
  })

  it('refuses a file that is not a database, a foreign database and one from a newer version', async () => {
    const junk = join(store.dir, 'junk.db')
    writeFileSync(junk, 'not a database at all'.repeat(500))
    await expect(restore(store.ctx, junk)).rejects.toThrow(/不是有效的数据库文件/)

    const foreign = join(store.dir, 'foreign.db')
    const f = new Database(foreign)
    f.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY)')
    f.close()
    await expect(restore(store.ctx, foreign)).rejects.toThrow(/不是学时核认助手的数据库/)

    const newer = await backupNow(store.ctx, 'manual')
    const n = new Database(newer.path)
    n.pragma('user_version = 999')
    n.close()
    await expect(restore(store.ctx, newer.path)).rejects.toThrow(/更新版本/)
    await expect(restore(store.ctx, join(store.dir, 'missing.db'))).rejects.toThrow(/文件不存在/)
    expect(people()).toBe(1)
    expect(readFileSync(junk, 'utf8').startsWith('not a database')).toBe(true)
  })
})
