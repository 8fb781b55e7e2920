import { auditCalls } from './audit'
import { backupCalls } from './backup'
import { basesCalls } from './bases'
import { claimsCalls } from './claims'
import { reviewCalls } from './review'
import { rosterCalls } from './roster'
import { settingsCalls } from './settings'
import { summaryCalls } from './summary'
import { jobsCalls } from './jobs'
import { importCalls } from './import'
import { reportsCalls } from './reports'
import { filesCalls } from './files'
import { claimsBatchCalls } from './claimsBatch'

export { auditCalls, backupCalls, basesCalls, claimsCalls, reviewCalls, rosterCalls, settingsCalls, summaryCalls, jobsCalls, importCalls, reportsCalls, filesCalls, claimsBatchCalls }

/** Every call the renderer can make: name → input schema and output type. Declared once, here. */
export const contract = {
  ...rosterCalls,
  ...claimsCalls,
  ...claimsBatchCalls,
  ...reviewCalls,
  ...summaryCalls,
  ...auditCalls,
  ...backupCalls,
  ...settingsCalls,
  ...basesCalls,
  ...jobsCalls,
  ...importCalls,
  ...reportsCalls,
  ...filesCalls
}

export type Contract = typeof contract
