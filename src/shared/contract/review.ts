import { z } from 'zod'
import type { BatchApproval, DecisionResult, LastDecision, UndoResult } from '../domain/review'
import { call } from './define'
import { idSchema, reasonSchema, yearSchema } from './common'

const idsSchema = z.array(idSchema, { error: '请选择申报' }).min(1, '请至少选择一条申报').max(100_000, '一次最多处理 100000 条申报')

export const reviewCalls = {
  'review.approve': call<DecisionResult>()(z.object({ ids: idsSchema })),
  /** 退回: for more evidence. */
  'review.return': call<DecisionResult>()(z.object({ ids: idsSchema, reason: reasonSchema })),
  /** 不予认定. */
  'review.reject': call<DecisionResult>()(z.object({ ids: idsSchema, reason: reasonSchema })),
  'review.approveAllPending': call<BatchApproval>()(z.object({ year: yearSchema })),
  /** Recognised hours in tenths of a 学时; null clears the override. */
  'review.override': call<DecisionResult>()(
    z.object({
      id: idSchema,
      hours: z.number({ error: '认定学时必须是数字' }).int('认定学时以 0.1 学时为单位').min(0, '认定学时不能为负').max(10_000, '认定学时不能超过 1000 学时').nullable(),
      reason: reasonSchema
    })
  ),
  'review.lastDecision': call<LastDecision | null>()(z.object({})),
  'review.undo': call<UndoResult>()(z.object({}))
}
