import { useEffect, useReducer, useRef } from 'react'
import type { EntryColumnKey } from './entryColumns'
import { emptyCells, parseEntryRow, type EntryCells, type EntryRow, type PendingFile } from './entryRow'
import { fullCells } from './pasteTsv'

const INITIAL_ROWS = 8

interface State {
  rows: EntryRow[]
  nextKey: number
}

export type EntryAction =
  | { type: 'add'; count: number }
  | { type: 'setCell'; key: number; column: EntryColumnKey; value: string }
  | { type: 'setCells'; key: number; cells: Partial<EntryCells> }
  /**
   * Writes pasted rows from row index `at` on (or from the first row of the blank tail), overwriting
   * the columns given, adding rows as needed.
   */
  | { type: 'paste'; at: number | 'end'; rows: Partial<EntryCells>[] }
  | { type: 'remove'; keys: readonly number[] }
  | { type: 'attach'; key: number; file: PendingFile }
  | { type: 'detach'; key: number; fileId: string }
  | { type: 'clear' }

function blankRows(from: number, count: number): EntryRow[] {
  return Array.from({ length: count }, (_, i) => ({ key: from + i, cells: emptyCells(), attachments: [] }))
}

const isBlank = (row: EntryRow): boolean => parseEntryRow(row.cells).blank && row.attachments.length === 0

/** Index of the first row of the blank tail: where rows pasted "at the end" go. */
export function firstTrailingBlank(rows: readonly EntryRow[]): number {
  let i = rows.length
  while (i > 0 && isBlank(rows[i - 1] as EntryRow)) i--
  return i
}

function mapRow(state: State, key: number, change: (row: EntryRow) => EntryRow): State {
  return { ...state, rows: state.rows.map((r) => (r.key === key ? change(r) : r)) }
}

function reduce(state: State, action: EntryAction): State {
  switch (action.type) {
    case 'add':
      return { rows: [...state.rows, ...blankRows(state.nextKey, action.count)], nextKey: state.nextKey + action.count }
    case 'setCell':
      return mapRow(state, action.key, (r) => ({ ...r, cells: { ...r.cells, [action.column]: action.value } }))
    case 'setCells':
      return mapRow(state, action.key, (r) => ({ ...r, cells: { ...r.cells, ...action.cells } }))
    case 'paste': {
      const rows = [...state.rows]
      let nextKey = state.nextKey
      const at = action.at === 'end' ? firstTrailingBlank(rows) : action.at
      action.rows.forEach((cells, i) => {
        const index = at + i
        const existing = rows[index]
        if (existing) rows[index] = { ...existing, cells: { ...existing.cells, ...cells } }
        else rows.push({ key: nextKey++, cells: fullCells(cells), attachments: [] })
      })
      // Keep a couple of blank rows below for typing more.
      const tail = rows.length - firstTrailingBlank(rows)
      const extra = Math.max(0, 2 - tail)
      return { rows: [...rows, ...blankRows(nextKey, extra)], nextKey: nextKey + extra }
    }
    case 'remove': {
      const gone = new Set(action.keys)
      const rows = state.rows.filter((r) => !gone.has(r.key))
      if (rows.length > 0) return { ...state, rows }
      return { rows: blankRows(state.nextKey, INITIAL_ROWS), nextKey: state.nextKey + INITIAL_ROWS }
    }
    case 'attach':
      return mapRow(state, action.key, (r) => ({ ...r, attachments: [...r.attachments, action.file] }))
    case 'detach':
      return mapRow(state, action.key, (r) => ({ ...r, attachments: r.attachments.filter((f) => f.fileId !== action.fileId) }))
    case 'clear':
      return { rows: blankRows(state.nextKey, INITIAL_ROWS), nextKey: state.nextKey + INITIAL_ROWS }
  }
}

const DRAFT_KEY = 'xueshi.entryDraft'
const SAVE_DELAY_MS = 400

/** The unsaved grid from an earlier visit (another screen, a restart), if it reads back whole. */
function loadDraft(): State | null {
  try {
    const draft = JSON.parse(window.localStorage.getItem(DRAFT_KEY) ?? 'null') as State | null
    if (!draft || !Array.isArray(draft.rows) || !Number.isInteger(draft.nextKey) || draft.rows.length === 0) return null
    const rows = draft.rows.map((r) => ({ key: r.key, cells: { ...emptyCells(), ...r.cells }, attachments: Array.isArray(r.attachments) ? r.attachments : [] }))
    return rows.every((r) => Number.isInteger(r.key)) ? { rows, nextKey: draft.nextKey } : null
  } catch {
    return null
  }
}

function saveDraft(state: State): void {
  if (state.rows.every(isBlank)) window.localStorage.removeItem(DRAFT_KEY)
  else window.localStorage.setItem(DRAFT_KEY, JSON.stringify(state))
}

/**
 * The grid's rows: immutable, so each row's parse is cached and unchanged rows skip rendering.
 * Kept as a draft in local storage, so leaving the screen or closing the app loses nothing.
 */
export function useEntryRows() {
  const [state, dispatch] = useReducer(reduce, undefined, () => loadDraft() ?? { rows: blankRows(1, INITIAL_ROWS), nextKey: INITIAL_ROWS + 1 })
  const latest = useRef(state)
  useEffect(() => {
    latest.current = state
    const timer = window.setTimeout(() => saveDraft(state), SAVE_DELAY_MS)
    return () => window.clearTimeout(timer)
  }, [state])
  // Leaving the screen within the delay still keeps the last change.
  useEffect(() => () => saveDraft(latest.current), [])
  return [state, dispatch] as const
}
