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

/** One page of the year's per-person summary, filtered in main (仅未达标 included). */
export function useSummaryRows(q: SummaryQuery) {
  const input = {
    year: q.year,
    departmentId: q.departmentId,
    search: q.search,
    ...(q.onlyShort ? { compliance: 'short' as const } : {}),
    offset: q.offset,
    limit: q.limit
  }
  const paged = useLoaded(`page:${JSON.stringify(input)}`, () => api('summary.people', input))
  return { page: paged.data ?? { rows: [], total: 0, offset: 0 }, loading: paged.loading, error: paged.error }
}
