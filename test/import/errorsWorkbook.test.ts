import { writeFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { parseClaimRows, parseRosterRows, writeErrorsWorkbook } from '../../src/main/import'
import { ID_A, ID_B, ID_D, tempDir, writeWorkbook } from './helpers'

const file = tempDir()

async function rowsOf(path: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(path)
  const sheet = workbook.worksheets[0]
  if (!sheet) throw new Error('no sheet')
  const rows: unknown[][] = []
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    rows[n - 1] = (row.values as unknown[]).slice(1)
  })
  return rows
}

describe('the errors workbook (--errors-out)', () => {
  it('writes an xlsx back with 错误说明 on the rows in error; fixed, it imports cleanly', async () => {
    const source = await writeWorkbook(file('roster-errors.xlsx'), (sheet) => {
      sheet.getCell('A1').value = '人员名册'
      sheet.getRow(2).values = ['姓名', '身份证号', '部门', '入职日期']
      sheet.getRow(3).values = ['李四', ID_A, '心内科', new Date(Date.UTC(2020, 0, 15))]
      sheet.getRow(4).values = ['王五', '110105194912310021', null]
      sheet.getRow(5).values = ['赵六', ID_D, { formula: '"护理"&"部"', result: '护理部' }]
    }, '名册')
    const result = await parseRosterRows(source)
    expect(result.errors).toEqual([
      { row: 4, column: '身份证号', message: '第 4 行「身份证号」：身份证号校验位（第 18 位）应为「X」，实际为「1」，请核对号码' },
      { row: 4, column: '部门', message: '第 4 行「部门」：必填，不能为空' }
    ])
    const out = file('roster-errors-out.xlsx')
    await writeErrorsWorkbook(source, result.errors, out)
    const rows = await rowsOf(out)
    expect(rows[1]).toEqual(['姓名', '身份证号', '部门', '入职日期', '错误说明'])
    expect(rows[2]).toEqual(['李四', ID_A, '心内科', new Date(Date.UTC(2020, 0, 15))])
    expect(rows[3]).toEqual([
      '王五',
      '110105194912310021',
      undefined,
      undefined,
      '「身份证号」：身份证号校验位（第 18 位）应为「X」，实际为「1」，请核对号码；「部门」：必填，不能为空'
    ])
    expect(rows[4]).toEqual(['赵六', ID_D, '护理部'])

    // The officer fixes row 4 in Excel and imports the same file again: 错误说明 is ignored.
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(out)
    const sheet = workbook.worksheets[0]
    if (!sheet) throw new Error('no sheet')
    expect(sheet.name).toBe('名册')
    sheet.getCell('B4').value = ID_B
    sheet.getCell('C4').value = '信息科'
    await workbook.xlsx.writeFile(out)
    const again = await parseRosterRows(out)
    expect(again.errors).toEqual([])
    expect(again.unknownColumns).toEqual(['入职日期'])
    expect(again.rows.map((r) => [r.rowNumber, r.name, r.department])).toEqual([
      [3, '李四', '心内科'],
      [4, '王五', '信息科'],
      [5, '赵六', '护理部']
    ])
  })

  it('writes a CSV source back as xlsx, IDs kept as text', async () => {
    const source = file('claims-errors.csv')
    writeFileSync(source, `身份证号,继续教育形式,结束日期,已提供材料\r\n${ID_B},论文,2026-07-01,刊号、封底\r\n${ID_A},网络课程,2026-02-30,\r\n`, 'utf8')
    const result = await parseClaimRows(source)
    expect(result.errors).toEqual([
      { row: 2, column: '已提供材料', message: '第 2 行「已提供材料」：无法识别的材料名称：「封底」，请使用模板「填写说明」中列出的材料名称' },
      { row: 3, column: '结束日期', message: '第 3 行「结束日期」：日期「2026-02-30」不存在：2026 年 2 月只有 28 天' }
    ])
    const out = file('claims-errors-out.xlsx')
    await writeErrorsWorkbook(source, result.errors, out)
    const rows = await rowsOf(out)
    expect(rows).toEqual([
      ['身份证号', '继续教育形式', '结束日期', '已提供材料', '错误说明'],
      [ID_B, '论文', '2026-07-01', '刊号、封底', '「已提供材料」：无法识别的材料名称：「封底」，请使用模板「填写说明」中列出的材料名称'],
      [ID_A, '网络课程', '2026-02-30', undefined, '「结束日期」：日期「2026-02-30」不存在：2026 年 2 月只有 28 天']
    ])
  })

  it('puts a missing required column on the header row', async () => {
    const source = await writeWorkbook(file('no-dept.xlsx'), (sheet) => {
      sheet.addRow(['姓名', '身份证号'])
      sheet.addRow(['李四', ID_A])
    })
    const result = await parseRosterRows(source)
    const out = file('no-dept-out.xlsx')
    await writeErrorsWorkbook(source, result.errors, out)
    expect((await rowsOf(out))[0]).toEqual(['姓名', '身份证号', '错误说明：（表头）：缺少必填列「部门」'])
  })
})
