import { rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { AppContext } from '../../src/main/context'
import { closeDatabase, openDatabase } from '../../src/main/db/open'
import { importYear } from '../generate/unit'
import type { Workspace } from '../workspace'
import { type Detail, type Outcome, timed } from './types'

/**
 * Runs an export step against the approved unit into `fileName` in the run's folder, timing only
 * the work; reports the file's size and removes it. Baseline and ours use it alike.
 */
export async function onApprovedUnit(
  ws: Workspace,
  fileName: string,
  work: (ctx: AppContext, year: number, out: string) => Promise<Detail>
): Promise<Outcome> {
  const ctx = await openDatabase(ws.approvedDb)
  const out = join(ws.dir, fileName)
  try {
    const outcome = await timed(() => work(ctx, importYear(ws.size), out))
    if ('detail' in outcome) outcome.detail.mb = Math.round(statSync(out).size / 1e5) / 10
    return outcome
  } finally {
    closeDatabase(ctx)
    rmSync(out, { force: true })
  }
}
