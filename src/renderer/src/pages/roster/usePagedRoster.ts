import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
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

/** One line of the virtual table: the person once their page has arrived. */
export interface RosterRow {
  key: number
  employee?: Employee
}

interface Cache {
  /** The filter the pages belong to (JSON). */
  key: string
  /** Reload generation the pages belong to; older pages are dropped when a newer one arrives. */
  gen: number
  total: number
  pages: Map<number, Employee[]>
}

const pageOf = (row: number) => Math.max(0, Math.floor(row / PAGE_SIZE))

/**
 * The roster as SQL pages behind a virtual table: the table has one line per person, and only
 * the pages near the visible lines are fetched (roster.list offset/limit), never the whole table.
 */
export function usePagedRoster(filter: RosterFilter) {
  const key = JSON.stringify(filter)
  const [cache, setCache] = useState<Cache>({ key: '', gen: 0, total: 0, pages: new Map() })
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
        setCache((c) => {
          // A newer generation keeps only the visible pages of the old one, until they too arrive.
          const [from, to] = visible.current.map(pageOf) as [number, number]
          const pages = c.gen === gen && c.key === key ? new Map(c.pages) : new Map([...c.pages].filter(([p]) => c.key === key && p >= from && p <= to))
          pages.set(page, result.rows)
          return { key, gen, total: result.total, pages }
        })
        setError(null)
      } catch (e) {
        if (gen !== generation.current) return
        requested.current.delete(page)
        setError((e as Error).message)
      }
    },
    [key]
  )

  /** Makes sure the rows first…last (inclusive) are loaded or on their way. */
  const ensureRange = useCallback(
    (first: number, last: number) => {
      visible.current = [first, last]
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
  const stale = cache.key !== key
  const rows = useMemo<RosterRow[]>(() => {
    const out: RosterRow[] = new Array(cache.total)
    for (let i = 0; i < cache.total; i++) out[i] = { key: i, employee: cache.pages.get(Math.floor(i / PAGE_SIZE))?.[i % PAGE_SIZE] }
    return out
  }, [cache])

  return { rows, total: cache.total, stale: stale && !error, error, ensureRange, reload }
}
