import { z } from 'zod'
import { call } from './define'
import { idSchema, yearSchema } from './common'
import type { VerifiedCertificate } from '../domain/certificate'

export const reportRequestSchema = z.discriminatedUnion('report', [
  /** 年度汇总表 (xlsx) for upload. */
  z.object({ report: z.literal('annual'), year: yearSchema, fullId: z.boolean().default(false) }),
  /** 单位年度核认报告 (PDF). */
  z.object({ report: z.literal('unit'), year: yearSchema }),
  /** 学时证明 (PDF), everyone or the people chosen. */
  z.object({ report: z.literal('certificates'), year: yearSchema, employeeIds: z.array(idSchema).max(100_000).optional() }),
  /** 学时认定单 (PDF): one person over several years. */
  z
    .object({ report: z.literal('record'), employeeId: idSchema, fromYear: yearSchema, toYear: yearSchema })
    .refine((r) => r.fromYear <= r.toYear, { message: '起始年度不能晚于结束年度', path: ['fromYear'] })
])
export type ReportRequest = z.output<typeof reportRequestSchema>

export const reportsCalls = {
  /** Starts an export; the job's result is an ExportResult (a file to save or download). */
  'reports.start': call<{ jobId: string }>()(reportRequestSchema),
  /** Whose certificate a verification code belongs to and what it states; null when unknown. */
  'reports.verify': call<VerifiedCertificate | null>()(
    z.object({ code: z.string().trim().min(4, '请输入验证码').max(32, '验证码过长') })
  )
}
