import type { ClaimFacts, IsoDate } from '../../shared/domain'
import { claimFactsFromRow } from '../../shared/domain/claimRow'
import { parseIdNumber } from '../../shared/validators/idNumber'
import { claimFingerprint } from '../../shared/rules'
import { ASSESSMENTS, CATEGORIES, GRADES, KINDS, LEVELS, ROLES, labelsOf, parseEvidenceList } from '../../shared/vocabulary'
import { parseAssessment, parseCategory, parseGrade, parseKind, parseLevel, parseRole } from '../../shared/vocabulary'
import { CLAIMS_SPEC, type ClaimColumn } from './columns'
import { headerProblems } from './headerProblems'
import { RowReader, collect, type ImportIssue, type ImportWarning, type ParseResult, type ValidatedBatch } from './issues'
import type { ParseOptions } from './parseRoster'
import { readTable, type Table, type TableRow } from './readTable'

/** One valid row of 学时申报: who, which year, and the facts the rules engine needs. */
export interface ParsedClaimRow {
  rowNumber: number
  /** Normalised 18-character 身份证号; the store matches it to the roster. */
  idNumber: string
  /** 姓名 as written, for the check against the roster. */
  name?: string
  /** 项目名称. */
  title?: string
  /** 年度, or the year of 结束日期 when blank. */
  year: number
  remark?: string
  facts: ClaimFacts
  /** claimFingerprint of the row with `year`, as the duplicate check computed it. */
  fingerprint: string
}

/** Per-file state of claim validation: the duplicate index by the store's claim fingerprint. */
interface ClaimValidationState {
  seen: Map<string, number>
  today?: IsoDate
}

// The accepted labels an error names, listed once rather than for every row.
const ACCEPTED = {
  kind: labelsOf(KINDS),
  category: labelsOf(CATEGORIES),
  level: labelsOf(LEVELS),
  role: labelsOf(ROLES),
  grade: labelsOf(GRADES),
  assessment: labelsOf(ASSESSMENTS)
}

// As the claims store requires (services/claims/evaluate.ts), checked here so the row is named.
const MAX_TITLE = 200
const MAX_REMARK = 1000
const MIN_YEAR = 2000
const MAX_YEAR = 2100

function evidenceOf(r: RowReader<ClaimColumn>): ClaimFacts['evidence'] {
  const text = r.text('evidence')
  if (text === undefined) return []
  const { names, unknown } = parseEvidenceList(text)
  if (unknown.length > 0) {
    r.error('evidence', `无法识别的材料名称：${unknown.map((u) => `「${u}」`).join('')}，请使用模板「填写说明」中列出的材料名称`)
  }
  return names
}

/** Validates one claim row; undefined when the row has any error (each pushed to errors). */
function validateClaimRow(
  row: TableRow<ClaimColumn>,
  state: ClaimValidationState,
  errors: ImportIssue[],
  warnings: ImportWarning[]
): ParsedClaimRow | undefined {
  const r = new RowReader(CLAIMS_SPEC, row, errors)
  const idText = r.text('idNumber', true)
  const id = idText === undefined ? undefined : parseIdNumber(idText, state.today)
  if (id && !id.ok) r.error('idNumber', id.message)
  const name = r.text('name')
  const statedYear = r.integer('year', MIN_YEAR, MAX_YEAR)
  const kind = r.choice('kind', parseKind, ACCEPTED.kind, true)
  const category = r.choice('category', parseCategory, ACCEPTED.category)
  const title = r.text('title')
  if (title !== undefined && title.length > MAX_TITLE) r.error('title', `不能超过 ${MAX_TITLE} 字`)
  const startDate = r.date('startDate')
  const endDate = r.date('endDate')
  if (startDate && endDate && startDate > endDate) r.error('endDate', `结束日期 ${endDate} 早于开始日期 ${startDate}`)
  const days = r.integer('days', 0, 366, '（半天请填在「半天数」）')
  const halfDays = r.integer('halfDays', 0, 732)
  const hours = r.decimal('hours', 0, 10_000)
  const level = r.choice('level', parseLevel, ACCEPTED.level)
  const role = r.choice('role', parseRole, ACCEPTED.role)
  const rank = r.integer('rank', 1, 999)
  const grade = r.choice('grade', parseGrade, ACCEPTED.grade)
  const quantity = r.integer('quantity', 1, 100) ?? 1
  const assessment = r.choice('assessment', parseAssessment, ACCEPTED.assessment)
  const evidence = evidenceOf(r)
  const remark = r.text('remark')
  if (remark !== undefined && remark.length > MAX_REMARK) r.error('remark', `不能超过 ${MAX_REMARK} 字`)
  const year = statedYear ?? (endDate ? Number(endDate.slice(0, 4)) : undefined)
  if (year === undefined && !r.failed) r.error('year', '请填写「年度」，或填写「结束日期」以确定年度')
  if (r.failed || !id?.ok || kind === undefined || year === undefined) return undefined

  const key = claimFingerprint({ idNumber: id.value, kind, title, startDate, endDate, year })
  const first = state.seen.get(key)
  if (first === undefined) state.seen.set(key, r.rowNumber)
  else {
    warnings.push({
      row: r.rowNumber,
      message: `第 ${r.rowNumber} 行：与第 ${first} 行疑似重复（同一人员、同一形式、同名称同日期），请确认是否重复申报`
    })
  }
  const facts = claimFactsFromRow({ kind, category, statedYear, startDate, endDate, days, halfDays, hours, level, role, rank, grade, quantity, assessment, evidence })
  const parsed: ParsedClaimRow = { rowNumber: r.rowNumber, idNumber: id.value, year, facts, fingerprint: key }
  if (name !== undefined) parsed.name = name
  if (title !== undefined) parsed.title = title
  if (remark !== undefined) parsed.remark = remark
  return parsed
}

/** Each batch of a claims table validated row by row (the duplicate check spans the file). */
export async function* validateClaimBatches(table: Table<ClaimColumn>, today?: IsoDate): AsyncGenerator<ValidatedBatch<ParsedClaimRow>> {
  const state: ClaimValidationState = { seen: new Map(), today }
  for await (const batch of table.batches) {
    const out: ValidatedBatch<ParsedClaimRow> = { rows: [], errors: [], warnings: [], lastRow: batch.at(-1)?.rowNumber ?? 0 }
    for (const row of batch) {
      const parsed = validateClaimRow(row, state, out.errors, out.warnings)
      if (parsed) out.rows.push(parsed)
    }
    yield out
  }
}

/** Reads and validates a whole claims file at once (the import streams it through validateClaimBatches). */
export async function parseClaimRows(filePath: string, options: ParseOptions = {}): Promise<ParseResult<ParsedClaimRow>> {
  const table = await readTable(filePath, CLAIMS_SPEC, options)
  return collect(table, headerProblems(table.header), validateClaimBatches(table, options.today))
}
