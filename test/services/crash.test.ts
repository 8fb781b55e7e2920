import { spawn } from 'node:child_process'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { closeDatabase, openDatabase } from '../../src/main/db/open'
import { addEmployee } from '../../src/main/services/roster'
import { idNumber } from '../helpers/idNumbers'
import { tempStore, type TempStore } from '../helpers/tempStore'

const WRITER = join(__dirname, 'fixtures', 'crashWriter.ts')

let store: TempStore
beforeEach(async () => {
  store = await tempStore()
  addEmployee(store.ctx, { idNumber: idNumber(1), name: '早已在册', department: '内科' })
  closeDatabase(store.ctx)
})
afterEach(() => store.cleanup())

/** Runs the writer; resolves with what it printed and how it ended. `killAtMid` sends SIGKILL on "mid". */
function runWriter(dbPath: string, count: number, killAtMid: boolean): Promise<{ out: string; signal: NodeJS.Signals | null; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dbPath, String(count)], {
      cwd: join(__dirname, '..', '..'),
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let out = ''
    let err = ''
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      if (killAtMid && out.includes('mid')) child.kill('SIGKILL')
    })
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString()
    })
    child.on('error', reject)
    child.on('close', (code, signal) => (code !== 0 && signal === null ? reject(new Error(err)) : resolve({ out, signal, code })))
  })
}

function counts(ctx: Awaited<ReturnType<typeof openDatabase>>) {
  const n = (sql: string) => ctx.db.prepare<[], { n: number }>(sql).get()?.n ?? -1
  return {
    integrity: ctx.db.prepare<[], { integrity_check: string }>('PRAGMA integrity_check').all().map((r) => r.integrity_check),
    employees: n('SELECT count(*) AS n FROM employees'),
    batches: n('SELECT count(*) AS n FROM import_batches'),
    audit: n("SELECT count(*) AS n FROM audit_log WHERE action = 'employee.import'")
  }
}

describe('crash in the middle of a batch write', () => {
  it('after SIGKILL mid-transaction the database is intact and the batch is not there at all', async () => {
    const run = await runWriter(store.dbPath, 30_000, true)
    expect(run.signal).toBe('SIGKILL')
    expect(run.out).not.toContain('done')
    const ctx = await openDatabase(store.dbPath)
    try {
      expect(counts(ctx)).toEqual({ integrity: ['ok'], employees: 1, batches: 0, audit: 0 })
    } finally {
      closeDatabase(ctx)
    }
  }, 60_000)

  it('when the writer is not killed, the whole batch is there', async () => {
    const run = await runWriter(store.dbPath, 5_000, false)
    expect(run.out).toContain('done')
    const ctx = await openDatabase(store.dbPath)
    try {
      expect(counts(ctx)).toEqual({ integrity: ['ok'], employees: 5_001, batches: 1, audit: 5_000 })
    } finally {
      closeDatabase(ctx)
    }
  }, 60_000)
})
