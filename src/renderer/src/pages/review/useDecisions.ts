import { App } from 'antd'
import type { BatchApproval } from '../../../../shared/domain/review'
import { api } from '../../api/client'
import { ACTION_LABELS } from '../../components/claims/labels'
import { errorText } from '../../components/data/errorText'

/**
 * The review decisions, each reporting in Chinese and calling `done` after a change; a refusal
 * (evidence incomplete, nothing to undo) shows main's own message. Resolves true on success.
 */
export function useDecisions(done: () => void) {
  const { message, modal } = App.useApp()

  const run = async <T,>(work: () => Promise<T>, success: (value: T) => string, asDialog = false): Promise<T | null> => {
    try {
      const value = await work()
      message.success(success(value))
      done()
      return value
    } catch (e) {
      if (asDialog) modal.error({ title: '操作未完成', content: errorText(e) })
      else message.error({ content: errorText(e), duration: 6 })
      return null
    }
  }

  return {
    approve: (ids: number[]) =>
      run(() => api('review.approve', { ids }), (r) => `已审核通过 ${r.decided.length} 条申报`, ids.length > 1),
    returnClaims: (ids: number[], reason: string) => run(() => api('review.return', { ids, reason }), (r) => `已退回 ${r.decided.length} 条申报`),
    reject: (ids: number[], reason: string) => run(() => api('review.reject', { ids, reason }), (r) => `已将 ${r.decided.length} 条申报设为不予认定`),
    override: (id: number, hours: number | null, reason: string) =>
      run(() => api('review.override', { id, hours, reason }), () => (hours === null ? '已恢复为折算学时' : '已调整认定学时')),
    undo: () => run(() => api('review.undo', {}), (r) => `已撤销：${ACTION_LABELS[r.action]}（${r.claims} 条）`),
    approveAll: (year: number): Promise<BatchApproval | null> =>
      run(() => api('review.approveAllPending', { year }), (r) => `已通过 ${r.approved.length} 条申报`, true)
  }
}
