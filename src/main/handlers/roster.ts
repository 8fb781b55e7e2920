import type { rosterCalls } from '../../shared/contract/roster'
import type { Handlers } from '../transport/registry'
import {
  addEmployee,
  editEmployee,
  getEmployee,
  listDepartments,
  listEmployees,
  restoreEmployee,
  softDeleteEmployee
} from '../services/roster'

export const rosterHandlers: Handlers<typeof rosterCalls> = {
  'roster.list': ({ offset, limit, ...filter }, { app }) => listEmployees(app, filter, { offset, limit }),
  'roster.get': ({ id }, { app }) => getEmployee(app, id),
  'roster.add': (input, { app }) => addEmployee(app, input),
  'roster.edit': ({ id, employee }, { app }) => editEmployee(app, id, employee),
  'roster.delete': ({ id }, { app }) => softDeleteEmployee(app, id),
  'roster.restore': ({ id }, { app }) => restoreEmployee(app, id),
  'roster.departments': (_input, { app }) => listDepartments(app)
}
