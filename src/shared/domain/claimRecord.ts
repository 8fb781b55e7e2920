import type { Tenths } from '../hours'
import type { Category, KindId } from '../vocabulary'
import type { ClaimFacts, RuleWarning } from './claim'

export const CLAIM_STATUSES = [
  { id: 'pending', label: '待审核' },
  { id: 'approved', label: '已通过' },
  { id: 'returned', label: '已退回' },
  { id: 'rejected', label: '不予认定' }
] as const
export type ClaimStatus = (typeof CLAIM_STATUSES)[number]['id']

export interface AttachmentInfo {
  /** Opaque id (the file's SHA-256) for the app's attachment protocol. */
  id: string
  name: string
  size: number
  mime: string
  addedAt: string
}

/** A stored claim with what the rules said and what the officer decided. */
export interface ClaimRecord {
  id: number
  employeeId: number
  employeeName: string
  idNumber: string
  department: string
  /** 项目名称. */
  title: string | null
  /** 备注. */
  note: string | null
  facts: ClaimFacts
  kind: KindId
  /** The year the claim counts in. */
  year: number
  ruleSetId: string
  computedHours: Tenths
  /** Recognised hours: the override when there is one, else the computed hours. */
  hours: Tenths
  category: Category
  countsInYear: number | null
  yearMet: number[]
  clause: string
  explanation: string
  warnings: RuleWarning[]
  evidenceComplete: boolean
  evidenceMessage: string
  needsManualHours: boolean
  status: ClaimStatus
  overrideHours: Tenths | null
  overrideReason: string | null
  decisionReason: string | null
  decidedAt: string | null
  fingerprint: string
  batchId: number | null
  createdAt: string
  updatedAt: string
}

/** A claim as a form or an import row gives it. */
export interface ClaimInput {
  employeeId: number
  title?: string | null
  note?: string | null
  facts: ClaimFacts
}

export interface ClaimImportCounts {
  added: number
  unchanged: number
  /** Ids of the claims added, in input order. */
  ids: number[]
}
