import ExcelJS from 'exceljs'
import { plainCellValue, normaliseCell } from './cell'
import { CLAIMS_SPEC, ERROR_COLUMN_HEADER, ROSTER_SPEC, type TableSpec } from './columns'
import { detectHeader, isErrorColumnHeader } from './header'
import { issueDetail, type ImportIssue } from './issues'
import { DEFAULT_LIMITS } from './limits'
import { openRawRows, splitTop } from './rawRows'
import type { RawRow } from './readXlsx'

const ERROR_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } }
const ERROR_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF9C0006' } }
const SPECS: readonly TableSpec[] = [ROSTER_SPEC, CLAIMS_SPEC]

interface Layout {
  headerRow: number
  /** 0-based column of 错误说明: an existing one is reused (a file coming back a second time). */
  errorColumn: number
  /** 0-based columns whose text must stay text (ID numbers, phones). */
  textColumns: Set<number>
  widths: number[]
}

function layoutOf(top: readonly RawRow[]): Layout {
  const matches = SPECS.map((spec) => ({ spec, match: detectHeader(spec, top) }))
  const best = matches.reduce((a, b) => ((b.match?.columns.length ?? 0) > (a.match?.columns.length ?? 0) ? b : a))
  const headerRow = best.match?.rowNumber ?? top[0]?.rowNumber ?? 1
  const headerValues = top.find((r) => r.rowNumber === headerRow)?.values ?? []
  const existing = headerValues.findIndex((v) => {
    const cell = normaliseCell(v, 'text')
    return cell.kind === 'text' && isErrorColumnHeader(cell.value)
  })
  const width = Math.max(0, ...top.map((r) => r.values.length))
  const errorColumn = existing >= 0 ? existing : width
  const textColumns = new Set<number>()
  const widths: number[] = Array.from({ length: errorColumn + 1 }, () => 14)
  for (const column of best.match?.columns ?? []) {
    const def = best.spec.columns.find((c) => c.key === column.key)
    if (!def) continue
    widths[column.index] = def.width
    if (def.type === 'idNumber' || def.type === 'code') textColumns.add(column.index)
  }
  widths[errorColumn] = 60
  return { headerRow, errorColumn, textColumns, widths }
}

/**
 * Writes the source file back as .xlsx (also when it was CSV) with a 错误说明 column filled on
 * the rows in error and those rows highlighted, so the officer fixes them in Excel and imports
 * the same file again. Values are copied as shown (formula results, hyperlink text); merged
 * values are filled down, as the import read them. Streams in and out.
 */
export async function writeErrorsWorkbook(sourcePath: string, errors: readonly ImportIssue[], outPath: string): Promise<void> {
  const byRow = new Map<number, string[]>()
  for (const issue of errors) byRow.set(issue.row, [...(byRow.get(issue.row) ?? []), issueDetail(issue)])
  const source = await openRawRows(sourcePath, DEFAULT_LIMITS)
  const { top, below } = await splitTop(source.batches)
  const layout = layoutOf(top)
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: outPath, useStyles: true, useSharedStrings: false })
  const sheet = writer.addWorksheet(source.sheetName ?? '导入数据', { views: [{ state: 'frozen', ySplit: layout.headerRow }] })
  sheet.columns = layout.widths.map((width, i) => ({ width, style: layout.textColumns.has(i) ? { numFmt: '@' } : {} }))

  const writeRow = (raw: RawRow): void => {
    const row = sheet.getRow(raw.rowNumber)
    raw.values.forEach((value, i) => {
      if (i === layout.errorColumn) return
      const plain = plainCellValue(value)
      if (plain === null) return
      const cell = row.getCell(i + 1)
      cell.value = plain
      if (plain instanceof Date) cell.numFmt = 'yyyy-mm-dd'
    })
    const problems = byRow.get(raw.rowNumber)
    const errorCell = row.getCell(layout.errorColumn + 1)
    if (raw.rowNumber === layout.headerRow) {
      errorCell.value = ERROR_COLUMN_HEADER
      errorCell.font = { bold: true, color: ERROR_FONT.color }
    }
    if (problems) {
      const text = problems.join('；')
      errorCell.value = raw.rowNumber === layout.headerRow ? `${ERROR_COLUMN_HEADER}：${text}` : text
      errorCell.font = ERROR_FONT
      errorCell.alignment = { wrapText: true, vertical: 'top' }
      for (let i = 1; i <= layout.errorColumn + 1; i++) row.getCell(i).fill = ERROR_FILL
    }
    row.commit()
  }

  try {
    for (const row of top) writeRow(row)
    for (const row of below) writeRow(row)
    for await (const batch of source.batches) for (const row of batch) writeRow(row)
  } finally {
    await source.batches.return(undefined)
  }
  sheet.commit()
  await writer.commit()
}
