import type { summaryCalls } from '../../shared/contract/summary'
import type { Handlers } from '../transport/registry'
import { summaryDepartments, summaryPeople } from '../services/summary'

export const summaryHandlers: Handlers<typeof summaryCalls> = {
  'summary.people': ({ year, offset, limit, ...query }, { app }) => summaryPeople(app, year, query, { offset, limit }),
  'summary.departments': ({ year }, { app }) => summaryDepartments(app, year)
}
