import type { AppContext } from '../../src/main/context'
import { closeDatabase, openDatabase } from '../../src/main/db/open'
import { importYear } from '../generate/unit'
import { findExport } from '../optional'
import type { Workspace } from '../workspace'
import { type Outcome, type Step, timed } from './types'

type IterateSummary = (ctx: AppContext, year: number) => Iterable<{ totalHours: number }>

/** The least SQL that answers "hours per person and category this year". */
const PLAIN_GROUP_BY = `SELECT employee_id, category, SUM(hours) AS hours FROM claims
  WHERE year = ? AND status = 'approved' GROUP BY employee_id, category`

async function onApproved(ws: Workspace, work: (ctx: AppContext, year: number) => Promise<Outcome>): Promise<Outcome> {
  const ctx = await openDatabase(ws.approvedDb)
  try {
    return await work(ctx, importYear(ws.size))
  } finally {
    closeDatabase(ctx)
  }
}

export const summaryStep: Step = {
  id: 'summary',
  label: '年度汇总 annual summary',
  baseline: (ws) =>
    onApproved(ws, (ctx, year) =>
      timed(() => {
        let rows = 0
        let hours = 0
        for (const r of ctx.db.prepare<[number], { hours: number }>(PLAIN_GROUP_BY).iterate(year)) {
          rows++
          hours += r.hours
        }
        return { rows, hours }
      })
    ),
  ours: async (ws) => {
    const found = findExport<IterateSummary>(['src/main/services/summary'], 'iterateSummary')
    if ('missing' in found) return { unavailable: `${found.missing} missing` }
    return onApproved(ws, (ctx, year) =>
      timed(() => {
        let rows = 0
        let hours = 0
        for (const r of found.fn(ctx, year)) {
          rows++
          hours += r.totalHours
        }
        return { rows, hours }
      })
    )
  }
}
