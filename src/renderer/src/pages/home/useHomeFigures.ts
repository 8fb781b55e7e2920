import { useCallback, useEffect, useState } from 'react'
import type { DepartmentSummary } from '../../../../shared/domain/summary'
import { api } from '../../api/client'

export interface HomeFigures {
  /** People on the roster (any year). */
  rosterSize: number
  /** Active people counted in the year's summary. */
  people: number
  compliant: number
  /** compliant / people, 0..1. */
  rate: number
  short: number
  pending: number
  returned: number
  departments: DepartmentSummary[]
  /** 核认截止日期 of the year, YYYY-MM-DD, or null when not set. */
  deadline: string | null
}

/** The year's figures for 工作台, from summary.departments and claims.list totals. */
export function useHomeFigures(year: number) {
  const [figures, setFigures] = useState<HomeFigures | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [version, setVersion] = useState(0)

  useEffect(() => {
    let live = true
    Promise.all([
      api('roster.list', { offset: 0, limit: 1 }),
      api('summary.departments', { year }),
      api('claims.list', { year, status: 'pending', offset: 0, limit: 1 }),
      api('claims.list', { year, status: 'returned', offset: 0, limit: 1 }),
      api('settings.deadline', { year })
    ])
      .then(([roster, departments, pending, returned, { deadline }]) => {
        if (!live) return
        const people = departments.reduce((n, d) => n + d.people, 0)
        const compliant = departments.reduce((n, d) => n + d.compliant, 0)
        setFigures({
          rosterSize: roster.total,
          people,
          compliant,
          rate: people > 0 ? compliant / people : 0,
          short: people - compliant,
          pending: pending.total,
          returned: returned.total,
          departments,
          deadline
        })
        setError(null)
      })
      .catch((e: Error) => live && setError(e.message))
    return () => {
      live = false
    }
  }, [year, version])

  const reload = useCallback(() => setVersion((v) => v + 1), [])
  return { figures, error, reload }
}
