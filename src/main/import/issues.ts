import type { ImportIssue, ImportWarning } from '../../shared/domain/importReport'
import type { NormalisedCell } from './cell'
import type { TableSpec } from './columns'
import type { FileFormat } from './limits'
import type { Table, TableRow } from './readTable'

// One definition of an import problem, shared with the renderer's import screen.
export type { ImportIssue, ImportWarning }

export interface ParseResult<T> {
  format: FileFormat
  /** Excel row number of the header. */
  headerRow: number
  /** Rows that passed validation, in file order; empty when the file is refused for a header problem. */
  rows: T[]
  errors: ImportIssue[]
  warnings: ImportWarning[]
  unknownColumns: string[]
}

/** One batch of a table's rows after validation: the valid rows and the problems of the others. */
export interface ValidatedBatch<T> {
  rows: T[]
  errors: ImportIssue[]
  warnings: ImportWarning[]
  /** The last spreadsheet row of the batch, for progress. */
  lastRow: number
}

/**
 * A whole file's rows and problems from its validated batches, after the header's: the
 * read-it-all form of what the import streams. A refused header reads no row.
 */
export async function collect<T>(
  table: Table<string>,
  head: { errors: ImportIssue[]; warnings: ImportWarning[]; refused: boolean },
  batches: AsyncIterable<ValidatedBatch<T>>
): Promise<ParseResult<T>> {
  const { errors, warnings } = head
  const rows: T[] = []
  if (!head.refused) {
    for await (const batch of batches) {
      rows.push(...batch.rows)
      errors.push(...batch.errors)
      warnings.push(...batch.warnings)
    }
  }
  return { format: table.header.format, headerRow: table.header.rowNumber, rows, errors, warnings, unknownColumns: table.header.unknownColumns }
}

/** A cell holding a value: text, number or date. */
type FilledCell = Extract<NormalisedCell, { value: unknown }>

export const issueMessage = (row: number, column: string, detail: string): string => `第 ${row} 行「${column}」：${detail}`

/** The detail of an issue without its "第 N 行「列」：" prefix, for the 错误说明 cell. */
export function issueDetail(issue: ImportIssue): string {
  const prefix = `第 ${issue.row} 行`
  return issue.message.startsWith(prefix) ? issue.message.slice(prefix.length) : issue.message
}

/**
 * Typed access to one row's cells for validation, collecting each problem as an ImportIssue.
 * A cell that failed normalisation is reported once, with its own message.
 */
/** Header text by column key, built once per spec rather than once per row. */
const headersBySpec = new WeakMap<object, Map<string, string>>()

function headersOf<K extends string>(spec: TableSpec<K>): Map<string, string> {
  let headers = headersBySpec.get(spec)
  if (!headers) {
    headers = new Map(spec.columns.map((c) => [c.key, c.header]))
    headersBySpec.set(spec, headers)
  }
  return headers
}

export class RowReader<K extends string> {
  private readonly headers: Map<string, string>
  failed = false

  constructor(
    spec: TableSpec<K>,
    private readonly row: TableRow<K>,
    private readonly errors: ImportIssue[]
  ) {
    this.headers = headersOf(spec)
  }

  get rowNumber(): number {
    return this.row.rowNumber
  }

  header(key: K): string {
    return this.headers.get(key) ?? key
  }

  error(key: K, detail: string): undefined {
    this.failed = true
    this.errors.push({ row: this.row.rowNumber, column: this.header(key), message: issueMessage(this.row.rowNumber, this.header(key), detail) })
    return undefined
  }

  private cell(key: K, required: boolean): FilledCell | undefined {
    const cell = this.row.cells[key]
    if (!cell || cell.kind === 'blank') return required ? this.error(key, '必填，不能为空') : undefined
    if (cell.kind === 'invalid') return this.error(key, cell.message)
    return cell
  }

  text(key: K, required = false): string | undefined {
    const cell = this.cell(key, required)
    if (!cell) return undefined
    return String(cell.value)
  }

  /** A whole number within [min, max]. */
  integer(key: K, min: number, max: number, hint = ''): number | undefined {
    const cell = this.cell(key, false)
    if (!cell) return undefined
    if (cell.kind !== 'number') return this.error(key, '应填写数字')
    if (!Number.isInteger(cell.value) || cell.value < min || cell.value > max) {
      return this.error(key, `应为 ${min}–${max} 之间的整数${hint}`)
    }
    return cell.value
  }

  decimal(key: K, min: number, max: number): number | undefined {
    const cell = this.cell(key, false)
    if (!cell) return undefined
    if (cell.kind !== 'number') return this.error(key, '应填写数字')
    if (cell.value < min || cell.value > max) return this.error(key, `应在 ${min}–${max} 之间`)
    return cell.value
  }

  date(key: K): string | undefined {
    const cell = this.cell(key, false)
    if (!cell) return undefined
    return cell.kind === 'date' ? cell.value : this.error(key, '不是有效的日期')
  }

  /** An enumerated value through its vocabulary parser; unknown text names the accepted values. */
  choice<T>(key: K, parse: (text: string) => T | undefined, accepted: readonly string[], required = false): T | undefined {
    const text = this.text(key, required)
    if (text === undefined) return undefined
    const value = parse(text)
    return value === undefined ? this.error(key, `无法识别「${text}」，可填：${accepted.join('、')}`) : value
  }
}
