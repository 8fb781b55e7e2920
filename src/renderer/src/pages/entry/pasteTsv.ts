import { ENTRY_COLUMNS, columnForHeader, type EntryColumnKey } from './entryColumns'
import { emptyCells, type EntryCells } from './entryRow'

/**
 * Splits text copied from Excel or WPS: rows by line breaks, cells by tabs; a cell holding a
 * tab, a line break or a quote comes wrapped in double quotes with quotes doubled.
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let i = 0
  const endRow = () => {
    row.push(cell)
    rows.push(row)
    row = []
    cell = ''
  }
  while (i < text.length) {
    const c = text[i]
    if (c === '"' && cell === '') {
      // A quoted cell: up to the closing quote not followed by another quote.
      let j = i + 1
      let value = ''
      while (j < text.length) {
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            value += '"'
            j += 2
            continue
          }
          break
        }
        value += text[j]
        j++
      }
      const next = text[j + 1]
      if (j < text.length && (next === undefined || next === '\t' || next === '\n' || next === '\r')) {
        cell = value
        i = j + 1
        continue
      }
      // Not a well-formed quoted cell: keep the quote as typed.
    }
    if (c === '\t') {
      row.push(cell)
      cell = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      endRow()
    } else cell += c
    i++
  }
  if (cell !== '' || row.length > 0) endRow()
  // Excel ends the copy with a line break; drop rows that are entirely blank.
  return rows.filter((r) => r.some((v) => v.trim() !== ''))
}

/** The header's columns when the first row names at least two template columns, else null. */
export function detectHeader(first: readonly string[]): (EntryColumnKey | undefined)[] | null {
  const mapped = first.map((text) => (text.trim() ? columnForHeader(text) : undefined))
  const known = mapped.filter((k) => k !== undefined).length
  const filled = first.filter((t) => t.trim()).length
  return known >= 2 && known * 2 >= filled ? mapped : null
}

export interface PastePlan {
  /** Cells for each pasted row, in order. */
  rows: Partial<EntryCells>[]
  headerDetected: boolean
  /** Header texts that name no column (their cells are left out). */
  ignoredHeaders: string[]
}

/**
 * Turns pasted text into cells. With a header row the columns go by name; without one they go
 * by position from `startColumn` (the focused cell's column, as in Excel).
 */
export function planPaste(text: string, startColumn = 0): PastePlan {
  const table = parseTsv(text)
  if (table.length === 0) return { rows: [], headerDetected: false, ignoredHeaders: [] }
  const header = detectHeader(table[0] ?? [])
  const columns: (EntryColumnKey | undefined)[] = header ?? ENTRY_COLUMNS.slice(startColumn).map((c) => c.key)
  const body = header ? table.slice(1) : table
  const ignoredHeaders = header ? (table[0] ?? []).filter((t, i) => t.trim() && header[i] === undefined) : []
  const rows = body.map((values) => {
    const cells: Partial<EntryCells> = {}
    values.forEach((v, i) => {
      const key = columns[i]
      if (key) cells[key] = v.trim()
    })
    return cells
  })
  return { rows, headerDetected: header !== null, ignoredHeaders }
}

export const fullCells = (partial: Partial<EntryCells>): EntryCells => ({ ...emptyCells(), ...partial })
