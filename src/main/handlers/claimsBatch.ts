import type { claimsBatchCalls } from '../../shared/contract/claimsBatch'
import type { Handlers } from '../transport/registry'
import { addClaims } from '../services/claims'

export const claimsBatchHandlers: Handlers<typeof claimsBatchCalls> = {
  'claims.addMany': ({ claims }, { app }) => ({ added: addClaims(app, claims) })
}
