import type { ImportKind } from '../../../shared/domain/batch'
import type { ImportIssue, ImportWarning } from '../../../shared/domain/importReport'
import type { IsoDate } from '../../../shared/domain'
import { evaluateClaim } from '../../../shared/rules'
import { CLAIMS_SPEC, ROSTER_SPEC, type ClaimColumn, type RosterColumn } from '../../import/columns'
import { headerProblems } from '../../import/headerProblems'
import type { FileFormat, ImportLimits } from '../../import/limits'
import { validateClaimBatches, type ParsedClaimRow } from '../../import/parseClaims'
import { validateRosterBatches } from '../../import/parseRoster'
import { readTable, type Table } from '../../import/readTable'
import { prepareClaim, type ClaimImportRow, type ClaimRef, type PreparedClaim } from '../claims/bulk'
import { prepareEmployee, type PreparedEmployee } from '../roster/input'
import { ruleWarningCollector } from './ruleWarnings'

/** What a file's header says, before any row: enough to refuse it or to begin writing. */
export interface PartsHeader {
  format: FileFormat
  headerRow: number
  /** The last row the file declares (CSV: its lines), for progress and how the roster is read. */
  expectedRows: number
  unknownColumns: string[]
  errors: ImportIssue[]
  warnings: ImportWarning[]
  /** A required column is missing: no row is read. */
  refused: boolean
}

/** Rows validated and made ready to write, with the problems found among them. */
export type RowsPart = PartCommon &
  (
    | { kind: 'roster'; rows: PreparedEmployee[] }
    | {
        kind: 'claims'
        rows: PreparedClaim[]
        /** Valid rows not prepared (an earlier row failed), still to be matched to the roster. */
        refs: ClaimRef[]
      }
  )

interface PartCommon {
  errors: ImportIssue[]
  warnings: ImportWarning[]
  /** Rows that passed validation, prepared or not. */
  valid: number
  /** The last spreadsheet row read, for progress. */
  lastRow: number
}

/**
 * One message of a parse, in order: the header, the parts, then the end with what the rules
 * engine had to say of the claims (listed only when the file has no error). The same messages
 * come from a worker thread or from the calling thread.
 */
export type PartsMessage =
  | { type: 'header'; header: PartsHeader }
  | { type: 'part'; part: RowsPart }
  | { type: 'end'; ruleWarnings: ImportWarning[] }

export interface PartsOptions {
  today?: IsoDate
  limits?: Partial<ImportLimits>
}

const refOf = (p: ParsedClaimRow): ClaimRef => (p.name === undefined ? { row: p.rowNumber, idNumber: p.idNumber } : { row: p.rowNumber, idNumber: p.idNumber, name: p.name })

function headerOf(table: Table<string>): PartsHeader {
  const { errors, warnings, refused } = headerProblems(table.header)
  return {
    format: table.header.format,
    headerRow: table.header.rowNumber,
    expectedRows: table.header.expectedRows,
    unknownColumns: table.header.unknownColumns,
    errors,
    warnings,
    refused
  }
}

/**
 * Reads, validates and prepares a roster or claims file part by part: everything of an import
 * that needs no database, so it can run in a worker thread while the rows are written. From
 * the first part with an error nothing is prepared (the file will be refused), but every row is
 * still validated so the officer sees all the problems at once. File-level problems are thrown.
 */
export async function* parseParts(kind: ImportKind, filePath: string, options: PartsOptions = {}): AsyncGenerator<PartsMessage> {
  const readOptions = options.limits ? { limits: options.limits } : {}
  const table = kind === 'roster' ? await readTable(filePath, ROSTER_SPEC, readOptions) : await readTable(filePath, CLAIMS_SPEC, readOptions)
  const header = headerOf(table as Table<string>)
  yield { type: 'header', header }
  if (header.refused) return
  let failed = header.errors.length > 0
  const rules = ruleWarningCollector()
  if (kind === 'roster') {
    for await (const { rows: valid, errors, warnings, lastRow } of validateRosterBatches(table as Table<RosterColumn>, options.today)) {
      failed ||= errors.length > 0
      // A part with an error is never written: nothing of it, or after it, is prepared.
      const rows = failed ? [] : valid.map((p) => prepareEmployee(p, p.rowNumber))
      yield { type: 'part', part: { kind, rows, errors, warnings, valid: valid.length, lastRow } }
    }
  } else {
    for await (const { rows: valid, errors, warnings, lastRow } of validateClaimBatches(table as Table<ClaimColumn>, options.today)) {
      failed ||= errors.length > 0
      const rows: PreparedClaim[] = []
      // Not prepared (the file will be refused), still matched to the roster for the report.
      const refs: ClaimRef[] = failed ? valid.map(refOf) : []
      for (const parsed of failed ? [] : valid) {
        // Each claim goes through the rules engine once: its warnings now, its hours in the write.
        const evaluation = evaluateClaim(parsed.facts)
        rules.add(parsed.rowNumber, evaluation)
        const input: ClaimImportRow = {
          idNumber: parsed.idNumber,
          title: parsed.title ?? null,
          note: parsed.remark ?? null,
          facts: parsed.facts,
          evaluation,
          fingerprint: { value: parsed.fingerprint, year: parsed.year },
          row: parsed.rowNumber
        }
        if (parsed.name !== undefined) input.name = parsed.name
        rows.push(prepareClaim(input, parsed.idNumber, `第 ${parsed.rowNumber} 行：`))
      }
      yield { type: 'part', part: { kind, rows, refs, errors, warnings, valid: valid.length, lastRow } }
    }
  }
  yield { type: 'end', ruleWarnings: failed ? [] : rules.result() }
}
