import ExcelJS from 'exceljs'
import type { DataValidation, Worksheet } from 'exceljs'
import { EVIDENCE_NAMES, KINDS } from '../../shared/vocabulary'
import { CLAIMS_SPEC, HELP_SHEET, ROSTER_SPEC, headerText, type ClaimColumn, type ColumnDef, type TableSpec } from './columns'
import { exampleFor } from '../../shared/rules'
import { ROSTER_EXAMPLE, type ExampleRow } from './examples'

export type TemplateKind = 'roster' | 'claims'

/** Rows below the header that carry the dropdowns (one range per column, see exceljs#2820). */
export const TEMPLATE_ROWS = 10_000

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } }
const REQUIRED_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FFC00000' } }

/** exceljs keeps data validations on the worksheet but leaves them out of its typings. */
interface WithValidations {
  dataValidations: { add(address: string, validation: DataValidation): void }
}

function hasValidations(sheet: object): sheet is WithValidations {
  return 'dataValidations' in sheet && typeof sheet.dataValidations === 'object' && sheet.dataValidations !== null
}

const columnStyle = (column: ColumnDef): Partial<ExcelJS.Style> =>
  column.type === 'idNumber' || column.type === 'code' ? { numFmt: '@' } : column.type === 'date' ? { numFmt: 'yyyy-mm-dd' } : {}

function addDataSheet(workbook: ExcelJS.Workbook, spec: TableSpec): void {
  const sheet = workbook.addWorksheet(spec.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = spec.columns.map((c) => ({ header: headerText(c), key: c.key, width: c.width, style: columnStyle(c) }))
  const header = sheet.getRow(1)
  spec.columns.forEach((column, i) => {
    const cell = header.getCell(i + 1)
    cell.font = column.required ? REQUIRED_FONT : { bold: true }
    cell.fill = HEADER_FILL
    cell.numFmt = 'General'
    cell.alignment = { vertical: 'middle', horizontal: 'center' }
  })
  header.height = 22
  if (!hasValidations(sheet)) throw new Error('exceljs worksheet without dataValidations')
  spec.columns.forEach((column, i) => {
    if (!column.values) return
    const letter = sheet.getColumn(i + 1).letter
    sheet.dataValidations.add(`${letter}2:${letter}${TEMPLATE_ROWS + 1}`, {
      type: 'list',
      allowBlank: !column.required,
      formulae: [`"${column.values.join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: column.header,
      error: `请从下拉列表中选择：${column.values.join('、')}`
    })
  })
}

function addRow(sheet: Worksheet, values: (string | number)[], bold = false): void {
  const row = sheet.addRow(values)
  row.alignment = { vertical: 'top', wrapText: true }
  if (bold) row.font = { bold: true }
}

function addExamples<K extends string>(sheet: Worksheet, spec: TableSpec<K>, examples: readonly ExampleRow<K>[]): void {
  addRow(sheet, [])
  addRow(sheet, ['示例（请在「' + spec.sheetName + '」工作表中填写，本页内容不会被导入）'], true)
  addRow(sheet, spec.columns.map(headerText), true)
  for (const example of examples) addRow(sheet, spec.columns.map((c) => example[c.key] ?? ''))
}

function addHelpSheet<K extends string>(workbook: ExcelJS.Workbook, spec: TableSpec<K>, examples: readonly ExampleRow<K>[], extra: string[][]): void {
  const sheet = workbook.addWorksheet(HELP_SHEET)
  sheet.columns = [{ width: 16 }, { width: 10 }, { width: 40 }, { width: 70 }, ...spec.columns.slice(4).map(() => ({ width: 14 }))]
  addRow(sheet, [`「${spec.sheetName}」填写说明`], true)
  addRow(sheet, ['第 1 行为表头，请勿修改列名；带 * 的列必须填写。每行一条记录，空行会被跳过。身份证号列已设置为文本格式，请勿改为数字格式。'])
  addRow(sheet, [])
  addRow(sheet, ['列名', '是否必填', '可填写的值', '说明'], true)
  for (const column of spec.columns) {
    addRow(sheet, [column.header, column.required ? '必填' : '选填', column.values?.join('、') ?? '', column.help])
  }
  for (const lines of extra) {
    addRow(sheet, [])
    lines.forEach((line, i) => addRow(sheet, [line], i === 0))
  }
  addExamples(sheet, spec, examples)
}

/** One example per kind from the rules engine (keyed by header name), re-keyed by column. */
function claimExamples(): ExampleRow<ClaimColumn>[] {
  return KINDS.map((kind) => {
    const example: Partial<Record<string, string>> = exampleFor(kind.id)
    return Object.fromEntries(CLAIMS_SPEC.columns.map((c) => [c.key, example[c.header] ?? ''])) satisfies ExampleRow<string>
  })
}

/** Writes the blank workbook an officer fills in: a data sheet with dropdowns, and 填写说明. */
export async function writeTemplate(kind: TemplateKind, outPath: string): Promise<void> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = '学时核认助手'
  if (kind === 'roster') {
    addDataSheet(workbook, ROSTER_SPEC)
    addHelpSheet(workbook, ROSTER_SPEC, [ROSTER_EXAMPLE], [])
  } else {
    addDataSheet(workbook, CLAIMS_SPEC)
    addHelpSheet(workbook, CLAIMS_SPEC, claimExamples(), [
      ['材料名称（「已提供材料」列可填，多个用顿号、逗号或分号分隔）', EVIDENCE_NAMES.join('、')],
      ['继续教育形式', KINDS.map((k) => (k.synonyms.length ? `${k.label}（也可写：${k.synonyms.join('、')}）` : k.label)).join('；')]
    ])
  }
  await workbook.xlsx.writeFile(outPath)
}
