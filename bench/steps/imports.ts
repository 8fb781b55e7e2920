import { copyFileSync, existsSync, rmSync } from 'node:fs'
import type { AppContext } from '../../src/main/context'
import { closeDatabase, openDatabase } from '../../src/main/db/open'
import { findExport } from '../optional'
import type { Workspace } from '../workspace'
import { readEveryCell } from './readEveryCell'
import { type Detail, type Outcome, type Step, timed } from './types'

/** The DB-writing import (file → validated rows → one batch in the store), as the UI and CLI call it. */
const IMPORT_DIRS = ['src/main/services/importing']

type ImportFile = (ctx: AppContext, kind: 'roster' | 'claims', file: string) => Promise<unknown>

/** Counts from whatever the import returns ({added, updated, unchanged, errors …}), for the table's detail. */
function countsOf(result: unknown): Detail {
  const detail: Detail = {}
  if (!result || typeof result !== 'object') return detail
  for (const [key, value] of Object.entries(result)) {
    if (typeof value === 'number') detail[key] = value
    else if (Array.isArray(value)) detail[key] = value.length
  }
  return detail
}

/** An import that refused the file measured nothing worth comparing: fail the step loudly. */
function assertClean(detail: Detail, what: string): void {
  if (typeof detail.errors === 'number' && detail.errors > 0) throw new Error(`${what}: the import refused the generated file (${detail.errors} errors)`)
}

/** The import database as the roster import left it, for every sample of the claims import. */
const rosterOnly = (ws: Workspace): string => `${ws.importDb}.roster-only`

async function importInto(ws: Workspace, kind: 'roster' | 'claims', file: string, fresh: boolean): Promise<Outcome> {
  const found = findExport<ImportFile>(IMPORT_DIRS, 'importFile')
  if ('missing' in found) return { unavailable: `${found.missing} missing` }
  if (fresh) rmSync(ws.importDb, { force: true })
  else {
    if (!existsSync(ws.importDb)) return { unavailable: 'the roster import (ours) left no database to import claims into' }
    // Every sample imports into the database as the roster import left it (a second import of
    // the same claims would change nothing): kept aside once, copied back before each sample.
    if (existsSync(rosterOnly(ws))) {
      for (const f of [`${ws.importDb}-wal`, `${ws.importDb}-shm`]) rmSync(f, { force: true })
      copyFileSync(rosterOnly(ws), ws.importDb)
    }
  }
  const ctx = await openDatabase(ws.importDb)
  if (!fresh && !existsSync(rosterOnly(ws))) await ctx.db.backup(rosterOnly(ws))
  try {
    const outcome = await timed(async () => countsOf(await found.fn(ctx, kind, file)))
    if ('detail' in outcome) {
      assertClean(outcome.detail, `importFile(${kind})`)
      outcome.detail.module = found.module
    }
    return outcome
  } finally {
    closeDatabase(ctx)
  }
}

export const importRosterStep: Step = {
  id: 'importRoster',
  label: '名册导入 roster import',
  samples: 3,
  baseline: (ws) => timed(() => readEveryCell(ws.roster)),
  ours: (ws) => importInto(ws, 'roster', ws.roster, true)
}

export const importClaimsStep: Step = {
  id: 'importClaims',
  label: '申报导入 claims import',
  samples: 3,
  baseline: (ws) => timed(() => readEveryCell(ws.claims)),
  ours: (ws) => importInto(ws, 'claims', ws.claims, false)
}
