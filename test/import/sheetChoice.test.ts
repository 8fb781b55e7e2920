import { writeFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { parseRosterRows } from '../../src/main/import'
import { ID_A, ID_B, handZip, tempDir, unzipAll } from './helpers'

const file = tempDir()

describe('which sheet is read', () => {
  it('reads a workbook whose parts come in another order (shared strings and workbook.xml before the sheet)', async () => {
    const source = file('ordered.xlsx')
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('名册')
    sheet.addRow(['姓名', '身份证号', '部门'])
    sheet.addRow(['李四', ID_A, '心内科'])
    await workbook.xlsx.writeFile(source)
    const entries = await unzipAll(source)
    const first = ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml']
    const reordered = [...first.map((n) => entries.find((e) => e.name === n)), ...entries.filter((e) => !first.includes(e.name))]
    writeFileSync(file('reordered.xlsx'), handZip(reordered.filter((e) => e !== undefined)))
    const result = await parseRosterRows(file('reordered.xlsx'))
    expect(result.errors).toEqual([])
    expect(result.rows.map((r) => [r.name, r.idNumber, r.department])).toEqual([['李四', ID_A, '心内科']])
  })

  it('reads the first sheet in the workbook\'s order, skipping 填写说明 and hidden sheets', async () => {
    const path = file('sheets.xlsx')
    const workbook = new ExcelJS.Workbook()
    const help = workbook.addWorksheet('填写说明')
    help.addRow(['姓名', '身份证号', '部门'])
    help.addRow(['示例', ID_B, '示例科'])
    const hidden = workbook.addWorksheet('旧数据', { state: 'hidden' })
    hidden.addRow(['姓名', '身份证号', '部门'])
    hidden.addRow(['旧人', ID_B, '旧科'])
    const data = workbook.addWorksheet('名册')
    data.addRow(['姓名', '身份证号', '部门'])
    data.addRow(['李四', ID_A, '心内科'])
    await workbook.xlsx.writeFile(path)
    const result = await parseRosterRows(path)
    expect(result.rows.map((r) => r.name)).toEqual(['李四'])
  })
})
