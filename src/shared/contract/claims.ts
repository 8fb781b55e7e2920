import { z } from 'zod'
import type { ClaimEvaluation } from '../domain/claim'
import type { AttachmentInfo, ClaimRecord } from '../domain/claimRecord'
import { CLAIM_STATUSES } from '../domain/claimRecord'
import { ASSESSMENTS, CATEGORIES, EVIDENCE_NAMES, GRADES, KIND_IDS, LEVELS, ROLES } from '../vocabulary'
import { call } from './define'
import { idSchema, pageSchema, yearSchema, type Page } from './common'

const idsOf = <T extends { id: string }>(list: readonly T[]): T['id'][] => list.map((e) => e.id)

const dateSchema = (label: string) => z.string({ error: `${label}必须是日期` }).regex(/^\d{4}-\d{2}-\d{2}$/, `${label}格式应为 YYYY-MM-DD`)
const count = (label: string, max: number) =>
  z.number({ error: `${label}必须是数字` }).int(`${label}必须是整数`).min(0, `${label}不能为负`).max(max, `${label}不能超过 ${max}`)
/** Hours travel as tenths of a 学时 (integers), as everywhere inside the program. */
const tenths = (label: string) =>
  z.number({ error: `${label}必须是数字` }).int(`${label}以 0.1 学时为单位`).min(0, `${label}不能为负`).max(100_000, `${label}过大`)

export const claimStatusSchema = z.enum(idsOf(CLAIM_STATUSES), { error: '审核状态无效' })
export const kindSchema = z.enum(KIND_IDS, { error: '继续教育形式无效' })
export const evidenceListSchema = z.array(z.enum(EVIDENCE_NAMES, { error: '材料名称无效' })).max(50, '材料最多 50 项')

export const claimFactsSchema = z.object({
  kind: kindSchema,
  category: z.enum(idsOf(CATEGORIES), { error: '科目类别只能是公需科目或专业科目' }).optional(),
  year: yearSchema.optional(),
  startDate: dateSchema('开始日期').optional(),
  endDate: dateSchema('结束日期').optional(),
  days: count('天数', 366).optional(),
  halfDays: count('半天数', 732).optional(),
  statedHours: tenths('学时').optional(),
  level: z.enum(idsOf(LEVELS), { error: '级别无效' }).optional(),
  role: z.enum(idsOf(ROLES), { error: '角色无效' }).optional(),
  rank: z.number({ error: '排名必须是数字' }).int('排名必须是整数').min(1, '排名从 1 开始').max(1000, '排名过大').optional(),
  grade: z.enum(idsOf(GRADES), { error: '等次无效' }).optional(),
  quantity: z.number({ error: '数量必须是数字' }).int('数量必须是整数').min(1, '数量至少为 1').max(1000, '数量过大').optional(),
  assessment: z.enum(idsOf(ASSESSMENTS), { error: '考核结果只能是合格或不合格' }).optional(),
  evidence: evidenceListSchema,
  platform: z.string().trim().max(200, '平台名称不能超过 200 字').optional(),
  manualHours: tenths('人工认定学时').optional(),
  manualReason: z.string().trim().max(500, '认定理由不能超过 500 字').optional()
})

export const claimInputSchema = z.object({
  employeeId: idSchema,
  title: z.string().trim().max(200, '项目名称不能超过 200 字').nullable().optional(),
  note: z.string().trim().max(1000, '备注不能超过 1000 字').nullable().optional(),
  facts: claimFactsSchema
})

export const claimsListInput = pageSchema.extend({
  year: yearSchema.optional(),
  status: claimStatusSchema.optional(),
  kind: kindSchema.optional(),
  departmentId: idSchema.optional(),
  department: z.string().trim().max(100).optional(),
  employeeId: idSchema.optional(),
  batchId: idSchema.optional(),
  hasWarnings: z.boolean().optional(),
  search: z.string().trim().max(100, '搜索内容不能超过 100 字').optional()
})

const byId = z.object({ id: idSchema })

export const claimsCalls = {
  'claims.list': call<Page<ClaimRecord>>()(claimsListInput),
  'claims.get': call<ClaimRecord & { attachments: AttachmentInfo[] }>()(byId),
  /** What the rules make of a claim being typed, without saving it. */
  'claims.preview': call<ClaimEvaluation>()(z.object({ facts: claimFactsSchema })),
  'claims.add': call<ClaimRecord>()(claimInputSchema),
  'claims.edit': call<ClaimRecord>()(z.object({ id: idSchema, claim: claimInputSchema })),
  'claims.delete': call<{ id: number }>()(byId),
  'claims.setEvidence': call<ClaimRecord>()(z.object({ id: idSchema, evidence: evidenceListSchema })),
  'claims.attachments': call<AttachmentInfo[]>()(z.object({ claimId: idSchema })),
  /** The file is named by an opaque token from the file picker or an upload, never a path. */
  'claims.addAttachment': call<AttachmentInfo>()(
    z.object({ claimId: idSchema, fileToken: z.string({ error: '请选择文件' }).min(1, '请选择文件').max(100) })
  ),
  'claims.removeAttachment': call<{ claimId: number; attachmentId: string }>()(
    z.object({ claimId: idSchema, attachmentId: z.string().regex(/^[0-9a-f]{64}$/, '附件编号无效') })
  )
}
