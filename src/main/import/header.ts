import { foldText } from '../../shared/vocabulary'
import { normaliseCell } from './cell'
import { ERROR_COLUMN_HEADER, type ColumnDef, type TableSpec } from './columns'

/** Rows searched for the header, counted from the top of the sheet. */
export const HEADER_SEARCH_ROWS = 10

export interface MappedColumn<K extends string> {
  /** 0-based column index in the raw row. */
  index: number
  key: K
  /** The header text as written in the file. */
  text: string
}

export interface HeaderMatch<K extends string> {
  rowNumber: number
  columns: MappedColumn<K>[]
  /** Header texts that name no known column (ignored). */
  unknownColumns: string[]
  /** A column named twice: the first wins, the rest are reported. */
  duplicates: string[]
  /** Required columns absent from the header. */
  missing: ColumnDef<K>[]
}

/** Header text → comparable key: spaces, full-width forms and the required mark `*` ignored. */
export function headerKey(text: string): string {
  return foldText(text).replace(/[*＊]/g, '').replace(/\(必填\)|必填$/g, '')
}

/** The 错误说明 column added by writeErrorsWorkbook (its header may carry the header row's own problems). */
export const isErrorColumnHeader = (text: string): boolean => headerKey(text).startsWith(headerKey(ERROR_COLUMN_HEADER))

/** Header text → column of the spec, by name or synonym. */
export function columnLookup<K extends string>(spec: TableSpec<K>): (text: string) => ColumnDef<K> | undefined {
  const index = new Map<string, ColumnDef<K>>()
  for (const column of spec.columns) {
    for (const text of [column.header, ...column.synonyms]) index.set(headerKey(text), column)
  }
  return (text) => {
    const key = headerKey(text)
    // "职称级别(正高级/副高级/中级/初级)": a hint in brackets after the name.
    return index.get(key) ?? index.get(key.replace(/\([^)]*\)$/, ''))
  }
}

const cellText = (raw: unknown): string => {
  const cell = normaliseCell(raw, 'text')
  return cell.kind === 'text' ? cell.value : ''
}

function matchRow<K extends string>(
  spec: TableSpec<K>,
  lookup: (text: string) => ColumnDef<K> | undefined,
  rowNumber: number,
  values: readonly unknown[]
): HeaderMatch<K> {
  const columns: MappedColumn<K>[] = []
  const unknownColumns: string[] = []
  const duplicates: string[] = []
  const seen = new Set<K>()
  values.forEach((raw, index) => {
    const text = cellText(raw)
    if (!text) return
    const column = lookup(text)
    if (!column) {
      if (!isErrorColumnHeader(text)) unknownColumns.push(text)
      return
    }
    if (seen.has(column.key)) duplicates.push(text)
    else {
      seen.add(column.key)
      columns.push({ index, key: column.key, text })
    }
  })
  const missing = spec.columns.filter((c) => c.required && !seen.has(c.key))
  return { rowNumber, columns, unknownColumns, duplicates, missing }
}

/** The row among the first ten matching the most known column names; undefined when none matches. */
export function detectHeader<K extends string>(
  spec: TableSpec<K>,
  rows: readonly { rowNumber: number; values: readonly unknown[] }[]
): HeaderMatch<K> | undefined {
  const lookup = columnLookup(spec)
  let best: HeaderMatch<K> | undefined
  for (const row of rows) {
    if (row.rowNumber > HEADER_SEARCH_ROWS) break
    const match = matchRow(spec, lookup, row.rowNumber, row.values)
    if (match.columns.length > 0 && (!best || match.columns.length > best.columns.length)) best = match
  }
  return best
}
