import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AppContext } from '../../src/main/context'
import { closeDatabase, openDatabase } from '../../src/main/db/open'

/** A clock that stands still until told to move: timestamps in tests are exact. */
export interface TestClock {
  now: () => Date
  set(at: Date | string): void
  advance(ms: number): void
}

export function testClock(start: Date | string = '2026-03-15T09:30:00'): TestClock {
  let t = new Date(start).getTime()
  return {
    now: () => new Date(t),
    set: (at) => {
      t = new Date(at).getTime()
    },
    advance: (ms) => {
      t += ms
    }
  }
}

export interface TempStore {
  ctx: AppContext
  /** The temporary data folder (database, attachments/, backups/). */
  dir: string
  dbPath: string
  clock: TestClock
  /** Closes and opens the same file again (as after a restart), replacing `ctx`. */
  reopen(): Promise<AppContext>
  /** Closes the database and deletes the folder. */
  cleanup(): void
}

/**
 * A real SQLite file in a fresh temporary folder, opened through the real migrations, with a
 * frozen clock. Call `cleanup()` in afterEach.
 */
export async function tempStore(options: { start?: Date | string } = {}): Promise<TempStore> {
  const dir = mkdtempSync(join(tmpdir(), 'xueshi-test-'))
  const dbPath = join(dir, 'xueshi.db')
  const clock = testClock(options.start)
  const store: TempStore = {
    ctx: await openDatabase(dbPath, { now: clock.now }),
    dir,
    dbPath,
    clock,
    async reopen() {
      closeDatabase(store.ctx)
      store.ctx = await openDatabase(dbPath, { now: clock.now })
      return store.ctx
    },
    cleanup() {
      closeDatabase(store.ctx)
      rmSync(dir, { recursive: true, force: true })
    }
  }
  return store
}
