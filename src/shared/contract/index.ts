import { auditCalls } from './audit'
import { backupCalls } from './backup'
import { basesCalls } from './bases'
import { claimsCalls } from './claims'
import { reviewCalls } from './review'
import { rosterCalls } from './roster'
import { settingsCalls } from './settings'
import { summaryCalls } from './summary'

export { auditCalls, backupCalls, basesCalls, claimsCalls, reviewCalls, rosterCalls, settingsCalls, summaryCalls }

/** Every call the renderer can make: name → input schema and output type. Declared once, here. */
export const contract = {
  ...rosterCalls,
  ...claimsCalls,
  ...reviewCalls,
  ...summaryCalls,
  ...auditCalls,
  ...backupCalls,
  ...settingsCalls,
  ...basesCalls
}

export type Contract = typeof contract
