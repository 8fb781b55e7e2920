import { copyFileSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { AppContext } from '../../src/main/context'
import { closeDatabase, openDatabase } from '../../src/main/db/open'
import { importYear } from '../generate/unit'
import { findExport } from '../optional'
import type { Workspace } from '../workspace'
import { type Outcome, type Step, timed } from './types'

type ApproveYear = (ctx: AppContext, year: number) => { approved: readonly number[]; notApproved: readonly unknown[] }

/** Each variant works on its own copy of the unit, so both approve the same pending rows. */
async function onCopy(ws: Workspace, name: string, work: (ctx: AppContext) => Promise<Outcome>): Promise<{ outcome: Outcome; file: string }> {
  const file = join(ws.dir, `approve-${name}.db`)
  rmSync(file, { force: true })
  copyFileSync(ws.unitDb, file)
  const ctx = await openDatabase(file)
  try {
    return { outcome: await work(ctx), file }
  } finally {
    closeDatabase(ctx)
  }
}

export const approveStep: Step = {
  id: 'approve',
  label: '批量审核 batch approve',
  samples: 3,
  async baseline(ws) {
    const year = importYear(ws.size)
    const { outcome, file } = await onCopy(ws, 'baseline', (ctx) =>
      timed(() => {
        const update = ctx.db.prepare<[number]>("UPDATE claims SET status = 'approved' WHERE year = ? AND status = 'pending'")
        return { approved: update.run(year).changes }
      })
    )
    // The approved unit is what the summary, export and certificates steps read.
    renameSync(file, ws.approvedDb)
    return outcome
  },
  async ours(ws) {
    const found = findExport<ApproveYear>(['src/main/services/review'], 'approveAllPending')
    if ('missing' in found) return { unavailable: `${found.missing} missing` }
    const year = importYear(ws.size)
    const { outcome, file } = await onCopy(ws, 'ours', (ctx) =>
      timed(() => {
        const result = found.fn(ctx, year)
        return { approved: result.approved.length, notApproved: result.notApproved.length }
      })
    )
    rmSync(file, { force: true })
    return outcome
  }
}
