import type { ClaimFacts } from '../../../../shared/domain/claim'
import { claimFactsFromRow } from '../../../../shared/domain/claimRow'
import { parseDate, parseIdNumber } from '../../../../shared/validators'
import {
  foldText,
  parseAssessment,
  parseCategory,
  parseEvidenceList,
  parseGrade,
  parseKind,
  parseLevel,
  parseRole
} from '../../../../shared/vocabulary'
import { ENTRY_COLUMNS, type EntryColumnKey } from './entryColumns'

export type EntryCells = Record<EntryColumnKey, string>

/** A file dropped on a row before it is saved; attached once the claim exists. */
export interface PendingFile {
  fileId: string
  name: string
}

/** One row of the batch entry grid: the text as typed, and files waiting for the claim. */
export interface EntryRow {
  key: number
  cells: EntryCells
  attachments: readonly PendingFile[]
}

export type CellErrors = Partial<Record<EntryColumnKey, string>>

/** What a row's text means: facts for the rules, or the errors that stop it from being saved. */
export interface ParsedRow {
  blank: boolean
  idNumber?: string
  name?: string
  title?: string
  note?: string
  facts?: ClaimFacts
  errors: CellErrors
}

export const emptyCells = (): EntryCells =>
  Object.fromEntries(ENTRY_COLUMNS.map((c) => [c.key, ''])) as EntryCells

class CellReader {
  readonly errors: CellErrors = {}
  constructor(private readonly cells: EntryCells) {}

  text(key: EntryColumnKey, max = 200): string | undefined {
    const t = this.cells[key].trim()
    if (!t) return undefined
    if (t.length > max) this.errors[key] = `不能超过 ${max} 字`
    return t
  }

  number(key: EntryColumnKey, min: number, max: number, integer: boolean): number | undefined {
    const t = this.text(key)
    if (t === undefined) return undefined
    const n = Number(foldText(t))
    if (!Number.isFinite(n)) this.errors[key] = `「${t}」不是数字`
    else if (integer && !Number.isInteger(n)) this.errors[key] = `「${t}」应为整数`
    else if (n < min || n > max) this.errors[key] = `应在 ${min} 到 ${max} 之间`
    else return n
    return undefined
  }

  choice<T>(key: EntryColumnKey, parse: (text: string) => T | undefined, what: string): T | undefined {
    const t = this.text(key)
    if (t === undefined) return undefined
    const value = parse(t)
    if (value === undefined) this.errors[key] = `无法识别的${what}「${t}」，请从下拉列表中选择`
    return value
  }

  date(key: EntryColumnKey): string | undefined {
    const t = this.text(key)
    if (t === undefined) return undefined
    const d = parseDate(t)
    if (!d.ok) this.errors[key] = d.message
    return d.ok ? d.value : undefined
  }
}

function parse(cells: EntryCells): ParsedRow {
  if (ENTRY_COLUMNS.every((c) => !cells[c.key].trim())) return { blank: true, errors: {} }
  const r = new CellReader(cells)
  const idText = r.text('idNumber', 30)
  const id = idText === undefined ? undefined : parseIdNumber(idText)
  if (!idText) r.errors.idNumber = '请填写身份证号或选择人员'
  else if (id && !id.ok) r.errors.idNumber = id.message
  const name = r.text('name', 50)
  const statedYear = r.number('year', 2000, 2100, true)
  const kind = r.choice('kind', parseKind, '继续教育形式')
  if (!cells.kind.trim()) r.errors.kind = '请选择继续教育形式'
  const category = r.choice('category', parseCategory, '科目类别')
  const title = r.text('title', 200)
  const startDate = r.date('startDate')
  const endDate = r.date('endDate')
  if (startDate && endDate && startDate > endDate) r.errors.endDate = `结束日期 ${endDate} 早于开始日期 ${startDate}`
  const days = r.number('days', 0, 366, true)
  const halfDays = r.number('halfDays', 0, 732, true)
  const hours = r.number('hours', 0, 10_000, false)
  const level = r.choice('level', parseLevel, '级别')
  const role = r.choice('role', parseRole, '角色')
  const rank = r.number('rank', 1, 999, true)
  const grade = r.choice('grade', parseGrade, '等次')
  const quantity = r.number('quantity', 1, 100, true)
  const assessment = r.choice('assessment', parseAssessment, '考核结果')
  const evidenceText = r.text('evidence', 1000)
  const evidence = evidenceText ? parseEvidenceList(evidenceText) : { names: [], unknown: [] }
  if (evidence.unknown.length) r.errors.evidence = `无法识别的材料名称：${evidence.unknown.map((u) => `「${u}」`).join('')}`
  const note = r.text('note', 1000)
  if (statedYear === undefined && !endDate && !r.errors.year && !r.errors.endDate) r.errors.year = '请填写年度，或填写结束日期以确定年度'
  const base = { blank: false, idNumber: id?.ok ? id.value : undefined, name, title, note, errors: r.errors }
  if (kind === undefined) return base
  const facts = claimFactsFromRow({
    kind,
    category,
    statedYear,
    startDate,
    endDate,
    days,
    halfDays,
    hours,
    level,
    role,
    rank,
    grade,
    quantity,
    assessment,
    evidence: evidence.names
  })
  return { ...base, facts }
}

const cache = new WeakMap<EntryCells, ParsedRow>()

/** Parses a row's cells; rows are immutable, so the answer is cached per cells object. */
export function parseEntryRow(cells: EntryCells): ParsedRow {
  let parsed = cache.get(cells)
  if (!parsed) {
    parsed = parse(cells)
    cache.set(cells, parsed)
  }
  return parsed
}

/** A stable key of the facts, for caching the rules' answer. */
export const factsKey = (facts: ClaimFacts): string => JSON.stringify(facts)
