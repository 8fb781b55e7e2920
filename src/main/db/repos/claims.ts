import type Database from 'better-sqlite3'
import type { ClaimEvaluation, ClaimFacts, RuleWarning } from '../../../shared/domain/claim'
import type { ClaimRecord, ClaimStatus } from '../../../shared/domain/claimRecord'
import type { Tenths } from '../../../shared/hours'
import type { Assessment, Category, EvidenceName, Grade, KindId, Level, Role } from '../../../shared/vocabulary'
import { duplicateWarning } from '../../../shared/rules'
import { prepared } from '../statements'

export interface ClaimRow {
  id: number
  employee_id: number
  employee_name: string
  id_number: string
  department: string | null
  kind: KindId
  title: string | null
  note: string | null
  claimed_category: Category | null
  claimed_year: number | null
  start_date: string | null
  end_date: string | null
  days: number | null
  half_days: number | null
  stated_hours: number | null
  level: Level | null
  role: Role | null
  rank: number | null
  grade: Grade | null
  quantity: number | null
  assessment: Assessment | null
  platform: string | null
  manual_hours: number | null
  manual_reason: string | null
  rule_set_id: string
  year: number
  counts_in_year: number | null
  computed_hours: number
  hours: number
  category: Category
  clause: string
  explanation: string
  warnings: string
  evidence_complete: 0 | 1
  evidence_message: string
  needs_manual_hours: 0 | 1
  status: ClaimStatus
  override_hours: number | null
  override_reason: string | null
  decision_reason: string | null
  decided_at: string | null
  fingerprint: string
  batch_id: number | null
  created_at: string
  updated_at: string
  /** 已提供材料, a JSON array of canonical names. */
  evidence: string
  /** JSON array from claim_year_met. */
  year_met_json: string
  /** Other claims with the same fingerprint (possible duplicates). */
  duplicates: number
}

/** Everything written for one claim: the facts and what the rules engine made of them. */
export interface ClaimWrite {
  employeeId: number
  title: string | null
  note: string | null
  facts: ClaimFacts
  evaluation: ClaimEvaluation
  /** The year it is listed under: counts-in year, else claimed year, else the dates' year. */
  year: number
  fingerprint: string
  batchId: number | null
}

const opt = <T>(v: T | null): T | undefined => (v === null ? undefined : v)

function factsFromRow(r: ClaimRow): ClaimFacts {
  const facts: ClaimFacts = { kind: r.kind, evidence: JSON.parse(r.evidence) as EvidenceName[] }
  const optional: Partial<ClaimFacts> = {
    category: opt(r.claimed_category),
    year: opt(r.claimed_year),
    startDate: opt(r.start_date),
    endDate: opt(r.end_date),
    days: opt(r.days),
    halfDays: opt(r.half_days),
    statedHours: opt(r.stated_hours),
    level: opt(r.level),
    role: opt(r.role),
    rank: opt(r.rank),
    grade: opt(r.grade),
    quantity: opt(r.quantity),
    assessment: opt(r.assessment),
    platform: opt(r.platform),
    manualHours: opt(r.manual_hours),
    manualReason: opt(r.manual_reason)
  }
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) Object.assign(facts, { [key]: value })
  return facts
}


export function fromRow(r: ClaimRow): ClaimRecord {
  const warnings = JSON.parse(r.warnings) as RuleWarning[]
  if (r.duplicates > 0 && !warnings.some((w) => w.code === 'possibleDuplicate')) warnings.push(duplicateWarning())
  return {
    id: r.id,
    employeeId: r.employee_id,
    employeeName: r.employee_name,
    idNumber: r.id_number,
    department: r.department ?? '',
    title: r.title,
    note: r.note,
    facts: factsFromRow(r),
    kind: r.kind,
    year: r.year,
    ruleSetId: r.rule_set_id,
    computedHours: r.computed_hours,
    hours: r.hours,
    category: r.category,
    countsInYear: r.counts_in_year,
    yearMet: JSON.parse(r.year_met_json) as number[],
    clause: r.clause,
    explanation: r.explanation,
    warnings,
    evidenceComplete: r.evidence_complete === 1,
    evidenceMessage: r.evidence_message,
    needsManualHours: r.needs_manual_hours === 1,
    status: r.status,
    overrideHours: r.override_hours,
    overrideReason: r.override_reason,
    decisionReason: r.decision_reason,
    decidedAt: r.decided_at,
    fingerprint: r.fingerprint,
    batchId: r.batch_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at
  }
}

const n = <T>(v: T | undefined): T | null => (v === undefined ? null : v)

/**
 * A claim's column values apart from whose it is and which batch brought it, in the order of
 * VALUE_COLUMNS: the import builds them in its worker thread and the writer binds them as is.
 */
export type ClaimValues = unknown[]

/** What claimValues needs: a ClaimWrite without the person and the batch. */
export type ClaimContent = Omit<ClaimWrite, 'employeeId' | 'batchId'>

export function claimValues(w: ClaimContent): ClaimValues {
  const f = w.facts
  const e = w.evaluation
  return [
    f.kind, w.title, w.note, n(f.category), n(f.year), n(f.startDate), n(f.endDate), n(f.days), n(f.halfDays),
    n(f.statedHours), n(f.level), n(f.role), n(f.rank), n(f.grade), n(f.quantity), n(f.assessment), n(f.platform),
    n(f.manualHours), n(f.manualReason), e.ruleSetId, w.year, e.countsInYear, e.hours, e.category, e.clause, e.explanation,
    e.warnings.length === 0 ? '[]' : JSON.stringify(e.warnings), e.warnings.length, e.evidence.complete ? 1 : 0, e.evidence.message, e.needsManualHours ? 1 : 0,
    w.fingerprint, JSON.stringify(f.evidence)
  ]
}

const VALUE_COLUMNS = `kind, title, note, claimed_category, claimed_year, start_date, end_date, days, half_days,
  stated_hours, level, role, rank, grade, quantity, assessment, platform, manual_hours, manual_reason, rule_set_id, year,
  counts_in_year, computed_hours, category, clause, explanation, warnings, warning_count, evidence_complete,
  evidence_message, needs_manual_hours, fingerprint, evidence`
const WRITE_COLUMNS = `employee_id, batch_id, ${VALUE_COLUMNS}`
const WRITE_COUNT = WRITE_COLUMNS.split(',').length

export const CLAIM_SELECT = `SELECT c.*, e.name AS employee_name, e.id_number, d.name AS department,
  (SELECT json_group_array(year) FROM claim_year_met y WHERE y.claim_id = c.id) AS year_met_json,
  (SELECT count(*) FROM claims o WHERE o.fingerprint = c.fingerprint AND o.id <> c.id) AS duplicates
  FROM claims c JOIN employees e ON e.id = c.employee_id LEFT JOIN departments d ON d.id = e.department_id`

const INSERT_SQL = `INSERT INTO claims (${WRITE_COLUMNS}, created_at, updated_at)
  VALUES (${Array.from({ length: WRITE_COUNT + 2 }, () => '?').join(', ')})`

/** Year-met rows of a claim; `replace` clears the old ones first (a new claim has none). */
function writeYearMet(db: Database.Database, id: number, yearMet: readonly number[], replace: boolean): void {
  if (replace) prepared<[number]>(db, 'DELETE FROM claim_year_met WHERE claim_id = ?').run(id)
  if (yearMet.length > 0) {
    const ym = prepared<[number, number]>(db, 'INSERT OR IGNORE INTO claim_year_met (claim_id, year) VALUES (?, ?)')
    for (const year of yearMet) ym.run(id, year)
  }
}

/** Inserts a claim from values built by claimValues; returns its id. */
export function insertClaimValues(
  db: Database.Database,
  employeeId: number,
  batchId: number | null,
  values: ClaimValues,
  yearMet: readonly number[],
  at: string
): number {
  const id = Number(prepared<unknown[]>(db, INSERT_SQL).run(employeeId, batchId, values, at, at).lastInsertRowid)
  writeYearMet(db, id, yearMet, false)
  return id
}

export function insertClaim(db: Database.Database, w: ClaimWrite, at: string): number {
  return insertClaimValues(db, w.employeeId, w.batchId, claimValues(w), w.evaluation.yearMet, at)
}

/** Rewrites facts and evaluation; a changed claim goes back to the review queue (待审核). */
export function updateClaim(db: Database.Database, id: number, w: ClaimWrite, at: string): void {
  const sets = WRITE_COLUMNS.split(',').map((c) => `${c.trim()} = ?`).join(', ')
  prepared<unknown[]>(
    db,
    `UPDATE claims SET ${sets}, status = 'pending', decision_reason = NULL, decided_at = NULL, updated_at = ? WHERE id = ?`
  ).run(w.employeeId, w.batchId, ...claimValues(w), at, id)
  writeYearMet(db, id, w.evaluation.yearMet, true)
}

export function deleteClaim(db: Database.Database, id: number): void {
  prepared<[number]>(db, 'DELETE FROM claims WHERE id = ?').run(id)
}

export function getClaimRow(db: Database.Database, id: number): ClaimRow | undefined {
  return prepared<[number], ClaimRow>(db, `${CLAIM_SELECT} WHERE c.id = ?`).get(id)
}

/**
 * Which of these fingerprints are stored already: one statement for a part of an import
 * instead of a lookup per row (each lookup still by claims_by_fingerprint).
 */
export function storedFingerprints(db: Database.Database, fingerprints: readonly string[]): Set<string> {
  if (fingerprints.length === 0) return new Set()
  const select = prepared<[string], string>(db, 'SELECT DISTINCT c.fingerprint FROM json_each(?) j JOIN claims c ON c.fingerprint = j.value')
  return new Set(select.pluck().all(JSON.stringify(fingerprints)))
}

export interface ClaimFilter {
  year?: number
  status?: ClaimStatus
  kind?: KindId
  departmentId?: number
  employeeId?: number
  batchId?: number
  hasWarnings?: boolean
  search?: string
}

export type Overrides = { overrideHours: Tenths | null; overrideReason: string | null }
