import { z } from 'zod'

/** Shared pieces of call schemas. Messages are Chinese: they reach the officer. */
export const yearSchema = z
  .number({ error: '年度必须是数字' })
  .int('年度必须是整数')
  .min(2000, '年度不能早于 2000 年')
  .max(2100, '年度不能晚于 2100 年')

export const idSchema = z.number({ error: '编号必须是数字' }).int('编号必须是整数').positive('编号必须是正整数')

export const pageSchema = z.object({
  offset: z.number().int().min(0, '偏移量不能为负').default(0),
  limit: z.number().int().min(1, '每页至少 1 行').max(1000, '每页最多 1000 行').default(100)
})

export const reasonSchema = z.string({ error: '请填写原因' }).trim().min(1, '请填写原因').max(500, '原因不能超过 500 字')

/** A page of rows from SQL, never the whole table. */
export interface Page<T> {
  rows: T[]
  total: number
  offset: number
}
