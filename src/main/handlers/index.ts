import {
  auditCalls,
  backupCalls,
  basesCalls,
  claimsBatchCalls,
  claimsCalls,
  filesCalls,
  importCalls,
  jobsCalls,
  reportsCalls,
  reviewCalls,
  rosterCalls,
  settingsCalls,
  summaryCalls
} from '../../shared/contract'
import type { Registry } from '../transport/registry'
import { auditHandlers } from './audit'
import { backupHandlers } from './backup'
import { basesHandlers } from './bases'
import { claimsHandlers } from './claims'
import type { HandlerDeps } from './deps'
import { reviewHandlers } from './review'
import { rosterHandlers } from './roster'
import { settingsHandlers } from './settings'
import { summaryHandlers } from './summary'
import { claimsBatchHandlers } from './claimsBatch'
import { filesHandlers } from './files'
import { importHandlers } from './import'
import { jobsHandlers } from './jobs'
import { reportsHandlers } from './reports'

export type { HandlerDeps } from './deps'

/** Binds every call of the contract to its service; a call left out or bound twice throws. */
export function registerAll(registry: Registry, deps: HandlerDeps): void {
  registry.register(rosterCalls, rosterHandlers)
  registry.register(claimsCalls, claimsHandlers(deps))
  registry.register(reviewCalls, reviewHandlers)
  registry.register(summaryCalls, summaryHandlers)
  registry.register(auditCalls, auditHandlers)
  registry.register(backupCalls, backupHandlers)
  registry.register(settingsCalls, settingsHandlers)
  registry.register(basesCalls, basesHandlers)
  registry.register(claimsBatchCalls, claimsBatchHandlers)
  // A job's progress is polled while an import holds the database: it must not wait for it.
  registry.register(jobsCalls, jobsHandlers(deps), { gated: false })
  registry.register(importCalls, importHandlers(deps))
  registry.register(reportsCalls, reportsHandlers(deps))
  registry.register(filesCalls, filesHandlers(deps))
}
