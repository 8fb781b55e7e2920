import { approveStep } from './approve'
import { certificatesStep } from './certificates'
import { exportStep } from './exportAnnual'
import { importClaimsStep, importRosterStep } from './imports'
import { summaryStep } from './summary'
import type { Step } from './types'

/** In run order: the claims import needs the roster import's database, the reports the approved unit. */
export const STEPS: readonly Step[] = [importRosterStep, importClaimsStep, approveStep, summaryStep, exportStep, certificatesStep]
