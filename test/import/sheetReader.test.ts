import { writeFileSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { normaliseCell, plainCellValue, trimAll } from '../../src/main/import/cell'
import type { ColumnType } from '../../src/main/import/columns'
import { DEFAULT_LIMITS } from '../../src/main/import/limits'
import { readXlsxRows, type RawRow } from '../../src/main/import/readXlsx'
import { SheetRows } from '../../src/main/import/sheetXml'
import { inspectXlsx } from '../../src/main/import/xlsxInspect'
import { handZip, tempDir } from './helpers'

const file = tempDir()
const utc = (y: number, m: number, d: number, h = 0, min = 0): Date => new Date(Date.UTC(y, m - 1, d, h, min))
const TYPES: readonly ColumnType[] = ['text', 'code', 'idNumber', 'date', 'integer', 'decimal']

async function ourRows(path: string): Promise<RawRow[]> {
  const info = await inspectXlsx(path, (await stat(path)).size, DEFAULT_LIMITS)
  const rows: RawRow[] = []
  for await (const batch of readXlsxRows(path, info)) rows.push(...batch)
  return rows
}

/** What the import read before: exceljs's streaming reader, cell values as it gives them. */
async function exceljsRows(path: string): Promise<RawRow[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: 'cache', hyperlinks: 'cache', styles: 'cache', worksheets: 'emit' })
  const rows: RawRow[] = []
  for await (const sheet of reader) {
    for await (const row of sheet) {
      const values: unknown[] = []
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        values[column - 1] = cell.value
      })
      if (values.length > 0) rows.push({ rowNumber: row.number, values })
    }
    break
  }
  return rows
}

/** A row as the import sees it: each cell as copied back (plainCellValue) and normalised by every column type. */
const seen = (rows: RawRow[]): unknown[] =>
  rows.map((row) => ({
    rowNumber: row.rowNumber,
    cells: Array.from(row.values, (v) => ({ plain: plainCellValue(v), ...Object.fromEntries(TYPES.map((t) => [t, normaliseCell(v, t)])) }))
  }))

function fillEveryKind(sheet: ExcelJS.Worksheet): void {
  sheet.getRow(2).values = ['身份证号', '姓名', '日期', '数字', '备注']
  sheet.getRow(3).values = ['11010519491231002X', '  李四 ', utc(2026, 3, 9), 12.5, 'a & b <c> "q" \'s\'']
  sheet.getRow(4).values = [
    { richText: [{ text: '王' }, { text: '五', font: { bold: true } }, { text: ' 教授' }] },
    { text: '链接', hyperlink: 'https://example.org/?a=1&b=2' },
    { formula: 'A1+1', result: 2 },
    { formula: '"论文"', result: '论文' },
    { formula: 'B2*2' }
  ]
  sheet.getRow(6).values = [true, false, { error: '#N/A' }, { error: '#DIV/0!' }, -0.000001]
  sheet.getRow(7).values = [430102199003071000, 1e21, 13800138000, '  ', '第一行\n第二行\t制表']
  sheet.getCell('H7').value = '稀疏'
  const dates: [string, Date][] = [
    ['yyyy-mm-dd', utc(2026, 12, 31)],
    ['yyyy"年"m"月"d"日"', utc(2025, 1, 2)],
    ['hh:mm', utc(1899, 12, 30, 8, 30)],
    ['m/d/yy h:mm', utc(2026, 6, 1, 14, 5)],
    ['[$-804]yyyy/m/d', utc(2000, 2, 29)]
  ]
  dates.forEach(([format, date], i) => {
    const cell = sheet.getCell(9, i + 1)
    cell.value = date
    cell.numFmt = format
  })
  const numbers: [string, number][] = [
    ['0.00', 3.14159],
    ['@', 42],
    ['0%', 0.25],
    ['#,##0 "元"', 1234],
    ['[Red]0.0', -5]
  ]
  numbers.forEach(([format, value], i) => {
    const cell = sheet.getCell(10, i + 1)
    cell.value = value
    cell.numFmt = format
  })
  for (let r = 12; r < 40; r++) sheet.getRow(r).values = [`项目名称第${r}号·继续教育研修班`, r, r * 1.5, utc(2026, 1, r - 10)]
}

describe('trimAll', () => {
  it('trims exactly what its pattern trims, for every BMP character at either end', () => {
    const pattern = /^[\s\u3000\u00A0\uFEFF]+|[\s\u3000\u00A0\uFEFF]+$/g
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code)
      for (const text of [`甲${c}`, `${c}甲`, c, `${c}甲${c}`]) {
        if (trimAll(text) !== text.replace(pattern, '')) throw new Error(`U+${code.toString(16)} in ${JSON.stringify(text)}`)
      }
    }
    expect(trimAll('')).toBe('')
    expect(trimAll(' \u3000张三\u00A0\uFEFF')).toBe('张三')
  })
})

describe('the sheet reader against exceljs', () => {
  it('yields what exceljs yields, cell for cell, for every kind of value exceljs writes', async () => {
    const path = file('every-kind.xlsx')
    const workbook = new ExcelJS.Workbook()
    fillEveryKind(workbook.addWorksheet('数据'))
    await workbook.xlsx.writeFile(path)
    const ours = await ourRows(path)
    expect(ours).toHaveLength(35)
    expect(seen(ours)).toEqual(seen(await exceljsRows(path)))
    // Plain values: no exceljs wrappers left, except a formula Excel never calculated.
    expect(ours.find((r) => r.rowNumber === 4)?.values).toEqual(['王五 教授', '链接', 2, '论文', { formula: 'B2*2', result: undefined }])
    expect(ours.find((r) => r.rowNumber === 6)?.values).toEqual([true, false, { error: '#N/A' }, { error: '#DIV/0!' }, -0.000001])
    expect(ours.find((r) => r.rowNumber === 9)?.values[1]).toEqual(utc(2025, 1, 2))
  })

  it('counts dates from 1904 when the workbook says so', async () => {
    const path = file('1904.xlsx')
    const workbook = new ExcelJS.Workbook()
    workbook.properties.date1904 = true
    fillEveryKind(workbook.addWorksheet('数据'))
    await workbook.xlsx.writeFile(path)
    const ours = await ourRows(path)
    expect(seen(ours)).toEqual(seen(await exceljsRows(path)))
    expect(ours.find((r) => r.rowNumber === 3)?.values[2]).toEqual(utc(2026, 3, 9))
  })
})

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

/** A minimal workbook as some generators write it: x: prefixes, inline strings, rows and cells without r. */
const HAND_SHEET = `<?xml version="1.0" encoding="UTF-8"?>
<x:worksheet xmlns:x="${MAIN}"><x:dimension ref="A1:D5"/><x:sheetData>
<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>姓名</x:t></x:is></x:c><x:c r="C1" t="s"><x:v>0</x:v></x:c></x:row>
<x:row><x:c t="inlineStr"><x:is><x:r><x:rPr><x:b/></x:rPr><x:t xml:space="preserve">李 </x:t></x:r><x:r><x:t>四</x:t></x:r><x:rPh sb="0" eb="1"><x:t>リ</x:t></x:rPh></x:is></x:c><x:c/><x:c s="1"><x:v>46090</x:v></x:c><x:c t="str"><x:v>&#20013;&#x6587; &amp;&lt;&gt;&quot;&apos; _x000D_</x:v></x:c></x:row>
<x:row r="4" spans="1:4"><x:c r="B4" t="b"><x:v>1</x:v></x:c><x:c t="e"><x:v>#REF!</x:v></x:c><!-- a comment --><x:c r="D4" t="inlineStr"><x:is><x:t><![CDATA[<不转义> & ]]>ok</x:t></x:is></x:c></x:row>
<x:row r="5"><x:c r="A5" t="d"><x:v>2026-03-09T08:00:00</x:v></x:c><x:c r="B5"><x:f>A5+1</x:f></x:c><x:c r="C5" s="0"/></x:row>
<x:row r="6"/><x:row r="7"><x:c r="A7" s="1"/></x:row>
</x:sheetData><x:mergeCells count="0"/></x:worksheet>`

const HAND_STRINGS = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}" count="1" uniqueCount="1"><si><t>部门</t></si></sst>`
const HAND_STYLES = `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="176" applyNumberFormat="1"/></cellXfs></styleSheet>`

function handWorkbook(sheet: string): Buffer {
  const entry = (name: string, text: string): { name: string; data: Buffer } => ({ name, data: Buffer.from(text) })
  return handZip([
    entry('xl/workbook.xml', `<x:workbook xmlns:x="${MAIN}" xmlns:r="${RELS}"><x:sheets><x:sheet name="名册" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`),
    entry(
      'xl/_rels/workbook.xml.rels',
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${RELS}/worksheet" Target="worksheets/data.xml"/>` +
        `<Relationship Id="rId2" Type="${RELS}/sharedStrings" Target="strings.xml"/>` +
        `<Relationship Id="rId3" Type="${RELS}/styles" Target="/xl/styles.xml"/></Relationships>`
    ),
    entry('xl/strings.xml', HAND_STRINGS),
    entry('xl/styles.xml', HAND_STYLES),
    entry('xl/worksheets/data.xml', sheet)
  ])
}

const HAND_ROWS: RawRow[] = [
  { rowNumber: 1, values: ['姓名', undefined, '部门'] },
  { rowNumber: 2, values: ['李 四', undefined, utc(2026, 3, 9), '中文 &<>"\' _x000D_'] },
  { rowNumber: 4, values: [undefined, true, { error: '#REF!' }, '<不转义> & ok'] },
  { rowNumber: 5, values: [utc(2026, 3, 9, 8), { formula: 'A5+1', result: undefined }] }
]

describe('the sheet reader on hand-written XML', () => {
  it('reads prefixed tags, inline rich text without its phonetic guide, rows and cells without r, entities and CDATA', async () => {
    const path = file('hand.xlsx')
    writeFileSync(path, handWorkbook(HAND_SHEET))
    const rows = await ourRows(path)
    expect(rows.map((r) => ({ rowNumber: r.rowNumber, values: Array.from(r.values) }))).toEqual(HAND_ROWS)
  })

  it('gives the same rows however the text is cut into chunks', () => {
    const read = (chunks: string[]): RawRow[] => {
      const sheet = new SheetRows(['部门'], [false, true], false)
      for (const chunk of chunks) sheet.push(chunk)
      return sheet.ready.map((r) => ({ rowNumber: r.rowNumber, values: Array.from(r.values) }))
    }
    expect(read([HAND_SHEET])).toEqual(HAND_ROWS)
    for (let at = 1; at < HAND_SHEET.length; at++) {
      expect(read([HAND_SHEET.slice(0, at), HAND_SHEET.slice(at)])).toEqual(HAND_ROWS)
    }
    expect(read([...HAND_SHEET])).toEqual(HAND_ROWS)
  })

  it('refuses a sheet part that is not in the zip, naming the sheet', async () => {
    const path = file('no-sheet.xlsx')
    const zip = handWorkbook(HAND_SHEET)
    writeFileSync(path, zip.toString('latin1').replaceAll('xl/worksheets/data.xml', 'xl/worksheets/gone.xml'), 'latin1')
    await expect(ourRows(path)).rejects.toMatchObject({ code: 'invalid_input', message: '工作簿中找不到工作表「名册」，请在 Excel 中重新保存后再导入' })
  })
})
