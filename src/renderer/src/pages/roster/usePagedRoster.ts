import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import type { Employee, EmployeeStatus } from '../../../../shared/domain/employee'
import { api } from '../../api/client'

/** Rows fetched per request; a virtual table asks for the pages it is about to show. */
export const PAGE_SIZE = 200

export interface RosterFilter {
  search?: string
  department?: string
  status?: EmployeeStatus
  includeDeleted?: boolean
}

/**
 * One line of the virtual table. The lines stay the same objects while the total does: the
 * people are looked up by line (useRosterPeople) when a cell renders, so a page arriving changes
 * only the cells, not the 50,000 lines the virtual table walks whenever its data changes.
 */
export interface RosterRow {
  key: number
}

interface Meta {
  /** The filter the pages belong to (JSON). */
  key: string
  /** Reload generation the pages belong to; older pages are dropped when a newer one arrives. */
  gen: number
  total: number
}

type Pages = ReadonlyMap<number, Employee[]>

/**
 * The pages fetched so far, kept outside React state: the screen subscribes to `meta` (which
 * changes with the filter, a reload or the total), the table's cells to `pages` (which changes
 * with every page), so a page arriving re-renders the cells and not the whole screen.
 */
export class RosterPages {
  private meta: Meta = { key: '', gen: 0, total: 0 }
  private pages: Pages = new Map()
  private readonly listeners = new Set<() => void>()

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
    }
  }
  readonly getMeta = (): Meta => this.meta
  readonly getPages = (): Pages => this.pages

  set(meta: Meta, pages: Pages): void {
    const m = this.meta
    if (m.key !== meta.key || m.gen !== meta.gen || m.total !== meta.total) this.meta = meta
    this.pages = pages
    for (const listener of this.listeners) listener()
  }
}

const pageOf = (row: number) => Math.max(0, Math.floor(row / PAGE_SIZE))

/** The person on each line of the roster, re-rendering the caller when a page arrives. */
export function useRosterPeople(store: RosterPages): (line: number) => Employee | undefined {
  const pages = useSyncExternalStore(store.subscribe, store.getPages)
  return useCallback((line: number) => pages.get(pageOf(line))?.[line % PAGE_SIZE], [pages])
}

/**
 * The roster as SQL pages behind a virtual table: the table has one line per person, and only
 * the pages near the visible lines are fetched (roster.list offset/limit), never the whole table.
 */
export function usePagedRoster(filter: RosterFilter) {
  const key = JSON.stringify(filter)
  const [store] = useState(() => new RosterPages())
  const meta = useSyncExternalStore(store.subscribe, store.getMeta)
  const [error, setError] = useState<string | null>(null)
  const generation = useRef(0)
  const requested = useRef(new Set<number>())
  const visible = useRef<[number, number]>([0, PAGE_SIZE - 1])

  const fetchPage = useCallback(
    async (page: number) => {
      if (requested.current.has(page)) return
      requested.current.add(page)
      const gen = generation.current
      try {
        const result = await api('roster.list', { ...(JSON.parse(key) as RosterFilter), offset: page * PAGE_SIZE, limit: PAGE_SIZE })
        if (gen !== generation.current) return
        // A newer generation keeps only the visible pages of the old one, until they too arrive.
        const [from, to] = visible.current.map(pageOf) as [number, number]
        const m = store.getMeta()
        const old = store.getPages()
        const pages = m.gen === gen && m.key === key ? new Map(old) : new Map([...old].filter(([p]) => m.key === key && p >= from && p <= to))
        pages.set(page, result.rows)
        store.set({ key, gen, total: result.total }, pages)
        setError(null)
      } catch (e) {
        if (gen !== generation.current) return
        requested.current.delete(page)
        setError((e as Error).message)
      }
    },
    [key, store]
  )

  /**
   * Makes sure the rows first…last (inclusive) are loaded or on their way; the pages of the
   * rows on screen (shownFirst…shownLast) are asked for first, the ones ahead of them after.
   */
  const ensureRange = useCallback(
    (first: number, last: number, shownFirst = first, shownLast = last) => {
      visible.current = [first, last]
      for (let p = pageOf(shownFirst); p <= pageOf(shownLast); p++) void fetchPage(p)
      for (let p = pageOf(first); p <= pageOf(last); p++) void fetchPage(p)
    },
    [fetchPage]
  )

  /** Fetches the visible pages again (after an add, edit, delete or import). */
  const reload = useCallback(() => {
    generation.current += 1
    requested.current = new Set()
    const [first, last] = visible.current
    for (let p = pageOf(first); p <= pageOf(last); p++) void fetchPage(p)
  }, [fetchPage])

  // A new filter starts at the top.
  useEffect(() => {
    visible.current = [0, PAGE_SIZE - 1]
    reload()
  }, [reload])

  // While a new filter's first page is on its way the old rows stay on screen (no flash of
  // an empty table); `stale` says so.
  const stale = meta.key !== key
  const rows = useMemo<RosterRow[]>(() => Array.from({ length: meta.total }, (_, key) => ({ key })), [meta.total])

  /** `people` is for the table (useRosterPeople): the screen itself does not re-render per page. */
  return { rows, people: store, total: meta.total, stale: stale && !error, error, ensureRange, reload }
}
