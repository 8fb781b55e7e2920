import { z } from 'zod'
import { call } from './define'
import { claimInputSchema } from './claims'
import type { ClaimRecord } from '../domain/claimRecord'

export const claimsBatchCalls = {
  /** Saves the batch entry grid's valid rows in one transaction: all of them or none. */
  'claims.addMany': call<{ added: ClaimRecord[] }>()(
    z.object({ claims: z.array(claimInputSchema).min(1, '没有可保存的行').max(5000, '一次最多保存 5000 行') })
  )
}
