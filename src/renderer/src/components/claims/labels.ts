import type { ClaimStatus } from '../../../../shared/domain/claimRecord'
import type { ReviewAction } from '../../../../shared/domain/review'
import type { ClaimFacts } from '../../../../shared/domain/claim'
import { CLAIM_STATUSES } from '../../../../shared/domain/claimRecord'
import { formatHours } from '../../../../shared/hours'
import { assessmentLabel, categoryLabel, gradeLabel, levelLabel, roleLabel } from '../../../../shared/vocabulary'

export const STATUS_COLORS: Record<ClaimStatus, string> = {
  pending: 'processing',
  approved: 'success',
  returned: 'warning',
  rejected: 'error'
}

export const statusLabel = (s: ClaimStatus): string => CLAIM_STATUSES.find((c) => c.id === s)?.label ?? s

export const ACTION_LABELS: Record<ReviewAction, string> = {
  approve: '审核通过',
  return: '退回',
  reject: '不予认定',
  override: '调整认定学时'
}

/** Audit actions of a claim's history, in the officer's words. */
const AUDIT_ACTIONS: Record<string, string> = {
  'claim.add': '登记申报',
  'claim.import': '导入申报',
  'claim.edit': '修改申报',
  'claim.setEvidence': '更新已提供材料',
  'claim.delete': '删除申报',
  'claim.attach': '添加附件',
  'claim.detach': '删除附件',
  'review.approve': '审核通过',
  'review.return': '退回',
  'review.reject': '不予认定',
  'review.override': '调整认定学时',
  'review.undo': '撤销审核决定'
}

export const auditActionLabel = (action: string): string => AUDIT_ACTIONS[action] ?? action

export const hoursText = (tenths: number): string => `${formatHours(tenths)} 学时`

/** The facts of a claim as label/value pairs, only those given. */
export function factsDescription(facts: ClaimFacts): { label: string; value: string }[] {
  const out: { label: string; value: string }[] = []
  const add = (label: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') out.push({ label, value: String(value) })
  }
  add('科目类别', facts.category && categoryLabel(facts.category))
  add('年度', facts.year)
  add('开始日期', facts.startDate)
  add('结束日期', facts.endDate)
  add('天数', facts.days)
  add('半天数', facts.halfDays)
  add('申报学时', facts.statedHours === undefined ? undefined : formatHours(facts.statedHours))
  add('级别', facts.level && levelLabel(facts.level))
  add('角色', facts.role && roleLabel(facts.role))
  add('排名', facts.rank)
  add('等次', facts.grade && gradeLabel(facts.grade))
  add('数量', facts.quantity)
  add('考核结果', facts.assessment && assessmentLabel(facts.assessment))
  add('平台', facts.platform)
  add('人工认定学时', facts.manualHours === undefined ? undefined : formatHours(facts.manualHours))
  add('认定理由', facts.manualReason)
  return out
}
