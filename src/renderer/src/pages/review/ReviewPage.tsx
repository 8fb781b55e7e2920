import { Button, Popconfirm, Space, Tooltip, Typography } from 'antd'
import { CheckOutlined, RollbackOutlined, UndoOutlined } from '@ant-design/icons'
import dayjs from 'dayjs'
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react'
import type { ClaimRecord } from '../../../../shared/domain/claimRecord'
import type { BatchApproval } from '../../../../shared/domain/review'
import { api } from '../../api/client'
import type { ScreenProps } from '../../app/screens'
import { useYear } from '../../app/yearContext'
import { ACTION_LABELS } from '../../components/claims/labels'
import { useElementHeight } from '../../components/data/useElementHeight'
import { useLoaded } from '../../components/data/useLoaded'
import { useStableHandler } from '../../components/data/useStableHandler'
import { BatchResultModal } from './BatchResultModal'
import { OverrideModal } from './OverrideModal'
import { ReasonModal, type ReasonAction } from './ReasonModal'
import { ReviewDetail } from './ReviewDetail'
import { ReviewFilters, type ReviewFilter } from './ReviewFilters'
import { ReviewList } from './ReviewList'
import { ShortcutHelp } from './ShortcutHelp'
import { useDecisions } from './useDecisions'
import { useReviewKeys, type ReviewKey } from './useReviewKeys'

const NO_ROWS: readonly ClaimRecord[] = []

/** Hands the keys back to the queue at once, not after a closing dialog's animation. */
function releaseFocus(): void {
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur()
}

/** 审核: the queue of claims, decided with the keyboard, one claim in full beside it. */
export function ReviewPage(_props: ScreenProps) {
  const { year } = useYear()
  const [filter, setFilter] = useState<ReviewFilter>({ status: 'pending' })
  const [page, setPage] = useState({ current: 1, size: 50 })
  const [cursor, setCursor] = useState(0)
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set())
  const [version, setVersion] = useState(0)
  const [asking, setAsking] = useState<{ action: ReasonAction; ids: number[] } | null>(null)
  const [overriding, setOverriding] = useState<ClaimRecord | null>(null)
  const [batch, setBatch] = useState<BatchApproval | null>(null)
  const { ref: listBox, height: listHeight } = useElementHeight<HTMLDivElement>(500)

  const query = { ...filter, year, offset: (page.current - 1) * page.size, limit: page.size }
  const list = useLoaded(`list:${JSON.stringify(query)}:${version}`, () => api('claims.list', query))
  const last = useLoaded(`last:${version}`, () => api('review.lastDecision', {}))
  const rows = list.data?.rows ?? NO_ROWS
  const total = list.data?.total ?? 0
  const at = Math.max(0, Math.min(cursor, rows.length - 1))
  const current = rows[at]
  const pages = Math.max(1, Math.ceil(total / page.size))

  const changed = useCallback(() => setVersion((v) => v + 1), [])
  const decisions = useDecisions(changed)

  useEffect(() => {
    document.querySelector('.review-row-current')?.scrollIntoView({ block: 'nearest' })
  }, [at, list.data])

  const changeFilter = useCallback((next: ReviewFilter) => {
    setFilter(next)
    setPage((p) => ({ ...p, current: 1 }))
    setCursor(0)
  }, [])
  const changePage = useCallback((current: number, size: number) => {
    setPage((p) => ({ current: size === p.size ? current : 1, size }))
    setCursor(0)
  }, [])
  /** After deciding the current claim: stay if it left the list (the next one moves up), else step on. */
  const advanceAfter = (newStatus: string) => {
    if (!filter.status || filter.status === newStatus) setCursor(at + 1)
  }
  const approve = async (ids: number[]) => {
    const r = await decisions.approve(ids)
    if (r && ids.length === 1) advanceAfter('approved')
    if (r && ids.length > 1) setSelected(new Set())
  }
  const decideWithReason = async (reason: string) => {
    if (!asking) return
    const { action, ids } = asking
    const r = action === 'return' ? await decisions.returnClaims(ids, reason) : await decisions.reject(ids, reason)
    if (!r) return
    releaseFocus()
    setAsking(null)
    if (ids.length === 1) advanceAfter(action === 'return' ? 'returned' : 'rejected')
    else setSelected(new Set())
  }
  const move = (delta: 1 | -1) => {
    const target = at + delta
    if (target >= 0 && target < rows.length) setCursor(target)
    else if (delta === 1 && page.current < pages) {
      setPage((p) => ({ ...p, current: p.current + 1 }))
      setCursor(0)
    } else if (delta === -1 && page.current > 1) {
      setPage((p) => ({ ...p, current: p.current - 1 }))
      setCursor(page.size - 1)
    }
  }
  const toggle = useCallback(
    (ids: number[], checked: boolean) =>
      setSelected((prev) => {
        const next = new Set(prev)
        for (const id of ids) {
          if (checked) next.add(id)
          else next.delete(id)
        }
        return next
      }),
    []
  )

  const onKey = (key: ReviewKey) => {
    if (key === 'next') move(1)
    else if (key === 'previous') move(-1)
    else if (key === 'undo') void decisions.undo()
    else if (!current) return
    else if (key === 'approve') void approve([current.id])
    else if (key === 'return' || key === 'reject') setAsking({ action: key, ids: [current.id] })
    else if (key === 'toggle') toggle([current.id], !selected.has(current.id))
  }
  // The pane follows the cursor (and a change's version) one render behind the list: a new
  // page's rows are shown without waiting for the pane to take down the previous claim. The two
  // are deferred together, so the pane never loads the old claim at the new version.
  const currentId = current?.id ?? null
  const paneNow = useMemo(() => ({ claimId: currentId, version }), [currentId, version])
  const pane = useDeferredValue(paneNow)
  /** The pane's buttons decide the claim the pane shows. */
  const decideShown = useStableHandler((action: ReasonAction | 'approve', id: number) => {
    if (action === 'approve') void approve([id])
    else setAsking({ action, ids: [id] })
  })
  useReviewKeys(asking === null && overriding === null && batch === null, onKey)

  const lastText = last.data ? `${ACTION_LABELS[last.data.action]} ${last.data.claims} 条（${dayjs(last.data.at).format('HH:mm')}）` : ''
  return (
    <div style={{ height: '100%', display: 'flex', flexDirection: 'column', gap: 8, minHeight: 520 }}>
      <style>{'.review-row-current > td { background: #e6f4ff !important; box-shadow: inset 0 0 0 0 #1677ff; } .review-row-current > td:first-child { box-shadow: inset 3px 0 0 #1677ff; }'}</style>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <ReviewFilters value={filter} onChange={changeFilter} />
        <Space wrap size={8}>
          <Button icon={<CheckOutlined />} disabled={selected.size === 0} onClick={() => void approve([...selected])} data-testid="approve-selected">
            通过所选{selected.size ? `（${selected.size}）` : ''}
          </Button>
          <Button icon={<RollbackOutlined />} disabled={selected.size === 0} onClick={() => setAsking({ action: 'return', ids: [...selected] })}>
            退回所选
          </Button>
          <Popconfirm
            title={`通过 ${year} 年度所有可以通过的待审核申报？`}
            description="材料不全或需人工认定学时的申报不会通过，将列出原因。"
            okText="全部通过"
            cancelText="取消"
            onConfirm={() => void decisions.approveAll(year).then((r) => r && setBatch(r))}
          >
            <Button type="primary" data-testid="approve-all">
              全部通过
            </Button>
          </Popconfirm>
          <Tooltip title={last.data ? `撤销上一个审核决定：${lastText}（Ctrl+Z）` : '没有可撤销的审核决定'}>
            <Button icon={<UndoOutlined />} disabled={!last.data} onClick={() => void decisions.undo()} data-testid="undo">
              撤销
            </Button>
          </Tooltip>
          <ShortcutHelp />
        </Space>
      </Space>
      {lastText && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="last-decision">
          上一个审核决定：{lastText}
        </Typography.Text>
      )}
      <div style={{ flex: 1, minHeight: 0, display: 'flex', gap: 12 }}>
        <div ref={listBox} style={{ flex: 1, minWidth: 0 }}>
          <ReviewList
            rows={rows}
            total={total}
            loading={list.loading && !list.data}
            page={page.current}
            pageSize={page.size}
            onPage={changePage}
            cursor={at}
            onCursor={setCursor}
            selected={selected}
            onSelected={toggle}
            height={listHeight - 39 - 48}
          />
          {list.error && <Typography.Text type="danger">{list.error}</Typography.Text>}
        </div>
        <div style={{ width: 'clamp(420px, 36%, 560px)', flexShrink: 0, overflow: 'auto' }}>
          <ReviewDetail claimId={pane.claimId} version={pane.version} onDecide={decideShown} onOverride={setOverriding} onChanged={changed} />
        </div>
      </div>
      <ReasonModal action={asking?.action ?? null} count={asking?.ids.length ?? 0} onCancel={() => setAsking(null)} onSubmit={decideWithReason} />
      <OverrideModal
        claim={overriding}
        onCancel={() => setOverriding(null)}
        onSubmit={async (hours, reason) => {
          if (overriding && (await decisions.override(overriding.id, hours, reason))) {
            releaseFocus()
            setOverriding(null)
          }
        }}
      />
      <BatchResultModal result={batch} year={year} onClose={() => setBatch(null)} />
    </div>
  )
}
