import type { Page } from '../../../../shared/contract/common'
import type { SummaryRow } from '../../../../shared/domain/summary'
import { api } from '../../api/client'
import { useLoaded } from '../../components/data/useLoaded'

export interface SummaryQuery {
  year: number
  departmentId?: number
  search?: string
  /** 仅未达标. */
  onlyShort: boolean
  offset: number
  limit: number
}

const SCAN_PAGE = 1000

/**
 * summary.people has no compliance filter (compliance is judged by the year's policy after the
 * sums), so 仅未达标 reads the filtered people page by page and keeps those short of hours;
 * the scan is cached per filter, paging through it is local.
 */
async function scanShort(q: Omit<SummaryQuery, 'offset' | 'limit' | 'onlyShort'>): Promise<SummaryRow[]> {
  const short: SummaryRow[] = []
  for (let offset = 0; ; offset += SCAN_PAGE) {
    const page = await api('summary.people', { ...q, offset, limit: SCAN_PAGE })
    short.push(...page.rows.filter((r) => !r.compliant))
    if (page.rows.length < SCAN_PAGE || offset + SCAN_PAGE >= page.total) return short
  }
}

/** One page of the year's per-person summary, filtered. */
export function useSummaryRows(q: SummaryQuery) {
  const base = { year: q.year, departmentId: q.departmentId, search: q.search }
  const baseKey = JSON.stringify(base)
  const paged = useLoaded(`page:${baseKey}:${q.onlyShort}:${q.offset}:${q.limit}`, () =>
    q.onlyShort ? Promise.resolve(null) : api('summary.people', { ...base, offset: q.offset, limit: q.limit })
  )
  const scan = useLoaded(`short:${baseKey}:${q.onlyShort}`, () => (q.onlyShort ? scanShort(base) : Promise.resolve(null)))
  if (q.onlyShort) {
    const all = scan.data ?? []
    const page: Page<SummaryRow> = { rows: all.slice(q.offset, q.offset + q.limit), total: all.length, offset: q.offset }
    return { page, loading: scan.loading, error: scan.error }
  }
  return { page: paged.data ?? { rows: [], total: 0, offset: 0 }, loading: paged.loading, error: paged.error }
}
