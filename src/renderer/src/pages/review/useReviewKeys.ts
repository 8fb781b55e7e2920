import { useEffect, useEffectEvent } from 'react'

export type ReviewKey = 'next' | 'previous' | 'approve' | 'return' | 'reject' | 'toggle' | 'undo'

/** True while the officer types somewhere or works in a dialog, menu or popup: keys are theirs. */
function busyElsewhere(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return true
  return target.closest('.ant-modal, .ant-select-dropdown, .ant-popover, .ant-dropdown, .ant-picker-dropdown') !== null
}

function keyOf(e: KeyboardEvent): ReviewKey | undefined {
  if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'z') return 'undo'
  if (e.ctrlKey || e.metaKey || e.altKey) return undefined
  switch (e.key) {
    case 'ArrowDown':
    case 'j':
    case 'J':
      return 'next'
    case 'ArrowUp':
    case 'k':
    case 'K':
      return 'previous'
    case 'a':
    case 'A':
      return 'approve'
    case 'r':
    case 'R':
      return 'return'
    case 'x':
    case 'X':
      return 'reject'
    case ' ':
      return 'toggle'
    default:
      return undefined
  }
}

/**
 * The review queue's keys: ↑/↓ or J/K move, A approve, R return, X reject, space select,
 * Ctrl+Z undo. Silent while typing or while a dialog is open (`enabled` false).
 */
export function useReviewKeys(enabled: boolean, onKey: (key: ReviewKey) => void) {
  const handle = useEffectEvent((e: KeyboardEvent) => {
    if (!enabled || (e.repeat && !['ArrowDown', 'ArrowUp', 'j', 'k', 'J', 'K'].includes(e.key))) return
    if (busyElsewhere(e.target)) return
    const key = keyOf(e)
    if (!key) return
    e.preventDefault()
    onKey(key)
  })
  useEffect(() => {
    const listener = (e: KeyboardEvent) => handle(e)
    window.addEventListener('keydown', listener)
    return () => window.removeEventListener('keydown', listener)
  }, [])
}
