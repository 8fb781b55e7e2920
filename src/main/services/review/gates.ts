import { CLAIM_STATUSES, type ClaimStatus } from '../../../shared/domain/claimRecord'
import { kindLabel, type KindId } from '../../../shared/vocabulary'
import type { ClaimGate } from '../../db/repos/reviewActions'

export const statusLabel = (s: ClaimStatus): string => CLAIM_STATUSES.find((c) => c.id === s)?.label ?? s

export const describeClaim = (g: ClaimGate): string => `申报 #${g.id}（${g.employee_name} · ${kindLabel(g.kind as KindId)}）`

/** Why a claim may not be approved, or undefined when it may. */
export function approvalBlocker(g: ClaimGate): { code: 'evidence_incomplete' | 'refused'; reason: string } | undefined {
  if (g.evidence_complete === 0) return { code: 'evidence_incomplete', reason: `材料不全：${g.evidence_message}` }
  if (g.needs_manual_hours === 1 && g.override_hours === null) {
    return { code: 'refused', reason: '细则未规定该形式的折算，请先填写认定学时及理由' }
  }
  return undefined
}
