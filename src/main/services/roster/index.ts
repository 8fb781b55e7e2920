export * from './roster'
export { upsertEmployees, type RosterRow } from './bulk'
export { cleanEmployee, type CleanEmployee } from './input'
