import { useCallback, useMemo } from 'react'
import type { ClaimEvaluation } from '../../../../shared/domain/claim'
import type { ClaimInput } from '../../../../shared/domain/claimRecord'
import type { Employee } from '../../../../shared/domain/employee'
import { api, type Input } from '../../api/client'
import { errorText } from '../../components/data/errorText'
import { factsKey, parseEntryRow, type CellErrors, type EntryRow } from './entryRow'
import { useBackgroundLookups } from './useBackgroundLookups'

type PreviewAnswer = { ok: true; evaluation: ClaimEvaluation } | { ok: false; message: string }
type PersonAnswer = { ok: true; employee: Employee | null } | { ok: false; message: string }

export type RowState = 'blank' | 'checking' | 'error' | 'valid'

/** Everything the grid says about one row. */
export interface RowCheck {
  state: RowState
  errors: CellErrors
  /** A problem of the row as a whole (the rules refused the facts). */
  rowError?: string
  employee?: Employee
  evaluation?: ClaimEvaluation
  /** What claims.addMany receives, when the row is valid. */
  input?: ClaimInput
}

const preview = (key: string): Promise<PreviewAnswer> =>
  api('claims.preview', { facts: JSON.parse(key) as Input<'claims.preview'>['facts'] }).then(
    (evaluation) => ({ ok: true as const, evaluation }),
    (e: unknown) => ({ ok: false as const, message: errorText(e) })
  )

/** The roster entry of an ID number (exact match), or null when the roster has nobody with it. */
const findPerson = (idNumber: string): Promise<PersonAnswer> =>
  api('roster.list', { search: idNumber, limit: 5 }).then(
    (page) => ({ ok: true as const, employee: page.rows.find((e) => e.idNumber === idNumber) ?? null }),
    (e: unknown) => ({ ok: false as const, message: errorText(e) })
  )

function checkRow(row: EntryRow, people: ReadonlyMap<string, PersonAnswer>, previews: ReadonlyMap<string, PreviewAnswer>): RowCheck {
  const parsed = parseEntryRow(row.cells)
  if (parsed.blank) return { state: row.attachments.length ? 'error' : 'blank', errors: {}, rowError: row.attachments.length ? '请填写这一行' : undefined }
  const errors: CellErrors = { ...parsed.errors }
  let employee: Employee | undefined
  let waiting = false
  if (parsed.idNumber) {
    const person = people.get(parsed.idNumber)
    if (!person) waiting = true
    else if (!person.ok) errors.idNumber = person.message
    else if (!person.employee) errors.idNumber = '名册中没有此人，请先在「人员名册」中登记，或从下拉列表中选择人员'
    else {
      employee = person.employee
      if (parsed.name && parsed.name !== employee.name) errors.name = `与名册中该身份证号的姓名「${employee.name}」不一致`
    }
  }
  let evaluation: ClaimEvaluation | undefined
  let rowError: string | undefined
  if (parsed.facts) {
    const answer = previews.get(factsKey(parsed.facts))
    if (!answer) waiting = true
    else if (answer.ok) evaluation = answer.evaluation
    else rowError = answer.message
  }
  const failed = Object.keys(errors).length > 0 || rowError !== undefined
  const state: RowState = failed ? 'error' : waiting ? 'checking' : 'valid'
  const input: ClaimInput | undefined =
    state === 'valid' && employee && parsed.facts
      ? { employeeId: employee.id, title: parsed.title ?? null, note: parsed.note ?? null, facts: parsed.facts }
      : undefined
  return { state, errors, rowError, employee, evaluation, input }
}

/** Checks every row as it is typed: the rules' preview and the roster match, asked in the background. */
export function useRowChecks(rows: readonly EntryRow[]) {
  const parsed = rows.map((r) => parseEntryRow(r.cells))
  const idNumbers = parsed.flatMap((p) => (p.idNumber ? [p.idNumber] : []))
  const factKeys = parsed.flatMap((p) => (p.facts ? [factsKey(p.facts)] : []))
  const people = useBackgroundLookups(idNumbers, findPerson)
  const previews = useBackgroundLookups(factKeys, preview)
  const checks = useMemo(
    () => new Map(rows.map((r) => [r.key, checkRow(r, people.answers, previews.answers)])),
    [rows, people.answers, previews.answers]
  )
  const { remember } = people
  const rememberPerson = useCallback((employee: Employee) => remember(employee.idNumber, { ok: true, employee }), [remember])
  return { checks, rememberPerson }
}
