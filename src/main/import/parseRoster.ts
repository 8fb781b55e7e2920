import { EMPLOYEE_STATUSES, GENDERS, TITLE_LEVELS } from '../../shared/domain'
import type { EmployeeStatus, Gender, IsoDate, TitleLevel } from '../../shared/domain'
import { parseIdNumber } from '../../shared/validators/idNumber'
import { ROSTER_SPEC, type RosterColumn } from './columns'
import { RowReader, collect, type ImportIssue, type ImportWarning, type ParseResult, type ValidatedBatch } from './issues'
import { readTable, type ReadOptions, type Table, type TableRow } from './readTable'
import { headerProblems } from './headerProblems'
import { labelsOf, vocabularyParser } from '../../shared/vocabulary'

/** One valid row of 人员名册, ready for the store's upsert by 身份证号. */
export interface ParsedRosterRow {
  rowNumber: number
  name: string
  /** Normalised 18-character 身份证号 (a 15-digit number upgraded). */
  idNumber: string
  /** As written, or from the ID number when blank. */
  gender: Gender
  department: string
  title: string | null
  titleLevel: TitleLevel | null
  phone: string | null
  /** 在职 when blank. */
  /** Absent when the cell is blank: a re-import without 人员状态 keeps each person's status. */
  status?: EmployeeStatus
}

export interface ParseOptions extends ReadOptions {
  /** Today (YYYY-MM-DD), so a birth date in the future is refused; from the app's clock. */
  today?: IsoDate
}

const parseGender = vocabularyParser(GENDERS)
const parseTitleLevel = vocabularyParser(TITLE_LEVELS)
const parseStatus = vocabularyParser(EMPLOYEE_STATUSES)
// The accepted labels an error names, listed once rather than for every row.
const GENDER_LABELS = labelsOf(GENDERS)
const TITLE_LEVEL_LABELS = labelsOf(TITLE_LEVELS)
const STATUS_LABELS = labelsOf(EMPLOYEE_STATUSES)
const GENDER_BY_LABEL: Record<'男' | '女', Gender> = { 男: 'male', 女: 'female' }
const PHONE = /^\+?[\d-]{5,20}$/
const MAX_NAME = 50

/**
 * Validates one roster row. Keeps no state of its own but the duplicate index, so rows can be
 * validated as they stream in. Returns undefined when the row has any error.
 */
function validateRosterRow(
  row: TableRow<RosterColumn>,
  seen: Map<string, number>,
  errors: ImportIssue[],
  warnings: ImportWarning[],
  today?: IsoDate
): ParsedRosterRow | undefined {
  const r = new RowReader(ROSTER_SPEC, row, errors)
  const name = r.text('name', true)
  if (name !== undefined && name.length > MAX_NAME) r.error('name', `姓名过长（超过 ${MAX_NAME} 个字）`)
  const idText = r.text('idNumber', true)
  const id = idText === undefined ? undefined : parseIdNumber(idText, today)
  if (id && !id.ok) r.error('idNumber', id.message)
  const valid = id?.ok ? id : undefined
  if (valid?.upgradedFrom15) {
    warnings.push({ row: r.rowNumber, column: r.header('idNumber'), message: `第 ${r.rowNumber} 行：15 位身份证号已升级为 18 位 ${valid.value}` })
  }
  if (valid) {
    const first = seen.get(valid.value)
    if (first !== undefined) r.error('idNumber', `与第 ${first} 行的身份证号重复`)
    else seen.set(valid.value, r.rowNumber)
  }
  let gender = r.choice('gender', parseGender, GENDER_LABELS)
  if (valid) {
    const fromId = GENDER_BY_LABEL[valid.gender]
    if (gender !== undefined && gender !== fromId) r.error('gender', `与身份证号不符（按身份证号应为「${valid.gender}」）`)
    gender = fromId
  }
  const department = r.text('department', true)
  const title = r.text('title') ?? null
  const titleLevel = r.choice('titleLevel', parseTitleLevel, TITLE_LEVEL_LABELS) ?? null
  const phone = r.text('phone') ?? null
  if (phone !== null && !PHONE.test(phone)) r.error('phone', `「${phone}」不是有效的电话号码（只能包含数字和 -）`)
  const status = r.choice('status', parseStatus, STATUS_LABELS)
  if (r.failed || name === undefined || !valid || gender === undefined || department === undefined) return undefined
  return { rowNumber: r.rowNumber, name, idNumber: valid.value, gender, department, title, titleLevel, phone, ...(status ? { status } : {}) }
}

/** Reads and validates a roster file; any error means the whole file is refused by the caller. */
/** Each batch of a roster table validated row by row (an ID number twice is caught across batches). */
export async function* validateRosterBatches(table: Table<RosterColumn>, today?: IsoDate): AsyncGenerator<ValidatedBatch<ParsedRosterRow>> {
  const seen = new Map<string, number>()
  for await (const batch of table.batches) {
    const out: ValidatedBatch<ParsedRosterRow> = { rows: [], errors: [], warnings: [], lastRow: batch.at(-1)?.rowNumber ?? 0 }
    for (const row of batch) {
      const parsed = validateRosterRow(row, seen, out.errors, out.warnings, today)
      if (parsed) out.rows.push(parsed)
    }
    yield out
  }
}

/** Reads and validates a whole roster file at once (the import streams it through validateRosterBatches). */
export async function parseRosterRows(filePath: string, options: ParseOptions = {}): Promise<ParseResult<ParsedRosterRow>> {
  const table = await readTable(filePath, ROSTER_SPEC, options)
  return collect(table, headerProblems(table.header), validateRosterBatches(table, options.today))
}
