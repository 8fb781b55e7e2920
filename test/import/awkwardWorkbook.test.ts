import { describe, expect, it } from 'vitest'
import { unkeyed } from '../helpers/claimFacts'
import { ID_AS_NUMBER_MESSAGE, parseClaimRows, parseRosterRows } from '../../src/main/import'
import { ID_A, ID_B, ID_C, ID_D, tempDir, writeWorkbook } from './helpers'

const file = tempDir()
const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d))

/**
 * A claims sheet as units send them: a merged title, a line of text, the header on row 3 with
 * synonyms, stray spaces and stars, an unknown 序号 column, blank rows in the middle, and every
 * kind of cell exceljs can hand back.
 */
async function awkwardClaims(): Promise<string> {
  return writeWorkbook(file('awkward-claims.xlsx'), (sheet) => {
    sheet.getCell('A1').value = '2026 年度继续教育学时申报表'
    sheet.mergeCells('A1:M1')
    sheet.getCell('A2').value = '填报单位：某某医院'
    sheet.getRow(3).values = ['序号', '身份证号码*', ' 姓 名 ', '类型', '项目名称', '开始日期', '结束日期', '天数', '半天数', '学时数', '已提供材料', '年度', '科目类别']
    sheet.getRow(4).values = [
      1,
      ID_A,
      { richText: [{ text: '李' }, { text: '四', font: { bold: true } }] },
      '培训班',
      { text: '心血管研修班', hyperlink: 'https://example.org/course' },
      '2026-03-09',
      utc(2026, 3, 11),
      { formula: '1+1', result: 2 },
      '1',
      null,
      '培训通知、培训课程表，培训签到表',
      '2026',
      '专业'
    ]
    // row 5 blank
    sheet.getRow(6).values = [2, ID_B.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)), '王五', '网络课程', '数字经济', null, '2026/5/20', null, null, '１２.５', '课程时长;结业证书', null, '公需科目']
    // What Excel keeps of 430102199003071234 typed into a number cell: 15 significant digits.
    sheet.getRow(7).values = [3, 430102199003071000, '张三', '论文']
    sheet.getRow(9).values = [4, ID_D, '赵六', '学术会议', '年会', '2026.6.12', '2026年6月13日', 1, 1, null, '邀请函；参会回执；学习笔记']
    sheet.getRow(10).values = [5, ID_C, '张三', '发明专利', '一种装置', 46090, 20260310, null, null, null, '专利证书']
    sheet.getRow(11).values = [6, ID_C, '张三', { formula: '"论文"', result: '论文' }, '某论文', '20260309', null, null, null, { error: '#N/A' }, '刊号']
    sheet.getRow(12).values = [7, ID_C, '张三', '课题', '某课题', null, null, { formula: 'A1+1' }, null, null, '结题证明']
  })
}

describe('an awkward claims workbook', () => {
  it('finds the header on row 3 under a merged title and maps synonyms, ignoring 序号', async () => {
    const result = await parseClaimRows(await awkwardClaims())
    expect(result.headerRow).toBe(3)
    expect(result.format).toBe('xlsx')
    expect(result.unknownColumns).toEqual(['序号'])
    expect(result.warnings).toEqual([{ row: 3, column: '序号', message: '未识别的列「序号」，已忽略' }])
  })

  it('reads rich text, hyperlinks, formulas, numbers as text, full-width digits and every date form', async () => {
    const result = await parseClaimRows(await awkwardClaims())
    expect(result.rows.map(unkeyed)).toEqual([
      {
        rowNumber: 4,
        idNumber: ID_A,
        name: '李四',
        title: '心血管研修班',
        year: 2026,
        facts: {
          kind: 'training',
          category: 'professional',
          year: 2026,
          startDate: '2026-03-09',
          endDate: '2026-03-11',
          days: 2,
          halfDays: 1,
          quantity: 1,
          evidence: ['培训通知', '培训课程表', '培训签到表']
        }
      },
      {
        rowNumber: 6,
        idNumber: ID_B,
        name: '王五',
        title: '数字经济',
        year: 2026,
        facts: { kind: 'online', category: 'public', endDate: '2026-05-20', statedHours: 125, quantity: 1, evidence: ['课程时长', '结业证书'] }
      },
      {
        rowNumber: 9,
        idNumber: ID_D,
        name: '赵六',
        title: '年会',
        year: 2026,
        facts: {
          kind: 'conference',
          startDate: '2026-06-12',
          endDate: '2026-06-13',
          days: 1,
          halfDays: 1,
          quantity: 1,
          evidence: ['邀请函', '参会回执', '学习笔记']
        }
      },
      {
        rowNumber: 10,
        idNumber: ID_C,
        name: '张三',
        title: '一种装置',
        year: 2026,
        facts: { kind: 'invention', startDate: '2026-03-09', endDate: '2026-03-10', quantity: 1, evidence: ['专利证书'] }
      }
    ])
  })

  it('refuses an ID that Excel stored as a number, an error value, an uncalculated formula and a row without a year', async () => {
    const result = await parseClaimRows(await awkwardClaims())
    expect(result.errors).toEqual([
      { row: 7, column: '身份证号', message: `第 7 行「身份证号」：${ID_AS_NUMBER_MESSAGE}` },
      { row: 11, column: '学时', message: '第 11 行「学时」：单元格是错误值 #N/A，请改为实际内容' },
      { row: 12, column: '天数', message: '第 12 行「天数」：公式没有计算结果：请在 Excel 中打开、保存后再导入' }
    ])
  })

  it('refuses a file whose header lacks a required column, naming it', async () => {
    const path = await writeWorkbook(file('no-kind.xlsx'), (sheet) => {
      sheet.addRow(['身份证号', '姓名', '项目名称'])
      sheet.addRow([ID_A, '李四', '某培训'])
    })
    const result = await parseClaimRows(path)
    expect(result.rows).toEqual([])
    expect(result.errors).toEqual([{ row: 1, column: '继续教育形式', message: '第 1 行（表头）：缺少必填列「继续教育形式」' }])
  })

  it('refuses a sheet with no recognisable header in its first ten rows', async () => {
    const path = await writeWorkbook(file('no-header.xlsx'), (sheet) => {
      for (let i = 0; i < 12; i++) sheet.addRow(['甲', '乙', '丙'])
      sheet.addRow(['身份证号', '继续教育形式'])
    })
    await expect(parseClaimRows(path)).rejects.toMatchObject({
      code: 'invalid_input',
      message: '在前 10 行中找不到表头：表头应包含「身份证号」「继续教育形式」等列名'
    })
  })
})

describe('an awkward roster workbook', () => {
  async function mergedRoster(): Promise<string> {
    return writeWorkbook(file('merged-roster.xlsx'), (sheet) => {
      sheet.getCell('A1').value = '人员花名册'
      sheet.mergeCells('A1:F2')
      sheet.getRow(3).values = ['姓名*', '公民身份号码', '性别', '科室', '职称', '联系电话']
      sheet.getRow(4).values = ['李四', ID_A, '女', '心内科', '主治医师', 13800138000]
      sheet.getRow(5).values = ['王五', ID_B, null, null, '医师', '139 0013 9000']
      sheet.getRow(6).values = ['赵六', ID_D, null, null]
      sheet.mergeCells('D4:D7')
      sheet.getRow(8).values = ['孙七', validLower(ID_A), '男', '护理部']
    })
  }
  const validLower = (id: string): string => id.toLowerCase()

  it('fills a department merged over several rows down, and skips the blank row inside the merge', async () => {
    const result = await parseRosterRows(await mergedRoster())
    expect(result.headerRow).toBe(3)
    expect(result.rows.map((r) => [r.rowNumber, r.name, r.department, r.phone, r.title])).toEqual([
      [4, '李四', '心内科', '13800138000', '主治医师'],
      [5, '王五', '心内科', '13900139000', '医师'],
      [6, '赵六', '心内科', null, null]
    ])
  })

  it('flags the same person twice (x or X) and a gender that contradicts the ID', async () => {
    const result = await parseRosterRows(await mergedRoster())
    expect(result.errors).toEqual([
      { row: 8, column: '身份证号', message: '第 8 行「身份证号」：与第 4 行的身份证号重复' },
      { row: 8, column: '性别', message: '第 8 行「性别」：与身份证号不符（按身份证号应为「女」）' }
    ])
  })
})

describe('Chinese text split across decompressed chunks (exceljs#2063)', () => {
  it('reads thousands of distinct Chinese shared strings without a single U+FFFD (the 10 MB test covers inline strings)', async () => {
    const names = Array.from({ length: 6000 }, (_, i) => `项目名称第${i}号·继续教育研修班（${'心血管内科'.repeat(1 + (i % 3))}）`)
    const path = await writeWorkbook(file('many-strings.xlsx'), (sheet) => {
      sheet.addRow(['身份证号', '继续教育形式', '项目名称', '年度'])
      names.forEach((name) => sheet.addRow([ID_A, '网络课程', name, 2026]))
    })
    const result = await parseClaimRows(path)
    expect(result.errors).toEqual([])
    expect(result.rows.map((r) => r.title)).toEqual(names)
  })
})
