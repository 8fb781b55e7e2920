import { writeFileSync } from 'node:fs'
import { unkeyed } from '../helpers/claimFacts'
import { describe, expect, it } from 'vitest'
import { ID_AS_NUMBER_MESSAGE, parseClaimRows, parseRosterRows } from '../../src/main/import'
import { ID_A, ID_B, ID_D, encodeGbk, tempDir } from './helpers'

const file = tempDir()

const ROSTER_CSV = [
  '姓名,身份证号,性别,部门,专业技术职务,职称级别,手机号码,人员状态',
  `李四,${ID_A},女,"心内科, 一病区",主治医师,中级,13800138000,在职`,
  '',
  `王五,${ID_B},,"信息科""二组""",工程师,副高,,已退休`,
  `赵六,${ID_D},,护理部,"护师`,
  `（夜班）",初级,,`
].join('\r\n')

const expectedRows = [
  { rowNumber: 2, name: '李四', idNumber: ID_A, gender: 'female', department: '心内科, 一病区', title: '主治医师', titleLevel: 'intermediate', phone: '13800138000', status: 'active' },
  { rowNumber: 4, name: '王五', idNumber: ID_B, gender: 'male', department: '信息科"二组"', title: '工程师', titleLevel: 'associateSenior', phone: null, status: 'retired' },
  { rowNumber: 5, name: '赵六', idNumber: ID_D, gender: 'female', department: '护理部', title: '护师\r\n（夜班）', titleLevel: 'junior', phone: null }
]

describe('CSV files', () => {
  it('reads UTF-8 with a BOM: quotes, doubled quotes, embedded commas and line breaks, a blank line', async () => {
    const path = file('roster-bom.csv')
    writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ROSTER_CSV.replace('已退休', '退休'), 'utf8')]))
    const result = await parseRosterRows(path)
    expect(result.format).toBe('csv')
    expect(result.errors).toEqual([])
    expect(result.rows).toEqual(expectedRows)
  })

  it('reads UTF-8 without a BOM and LF line ends', async () => {
    const path = file('roster-plain.csv')
    writeFileSync(path, ROSTER_CSV.replace('已退休', '退休').replace(/\r\n/g, '\n'), 'utf8')
    const result = await parseRosterRows(path)
    expect(result.rows.map((r) => r.title)).toEqual(['主治医师', '工程师', '护师\n（夜班）'])
  })

  it('reads GBK, what Chinese Excel writes for 「CSV（逗号分隔）」', async () => {
    const path = file('roster-gbk.csv')
    writeFileSync(path, encodeGbk(ROSTER_CSV.replace('已退休', '退休')))
    const result = await parseRosterRows(path)
    expect(result.errors).toEqual([])
    expect(result.rows).toEqual(expectedRows)
  })

  it('reports an unknown status naming the accepted values', async () => {
    const path = file('roster-bad-status.csv')
    writeFileSync(path, ROSTER_CSV, 'utf8')
    const result = await parseRosterRows(path)
    expect(result.errors).toEqual([{ row: 4, column: '人员状态', message: '第 4 行「人员状态」：无法识别「已退休」，可填：在职、离职、退休' }])
  })

  it('refuses an ID that Excel saved in scientific notation', async () => {
    const path = file('claims-sci.csv')
    writeFileSync(path, `身份证号,继续教育形式,年度\r\n4.30102E+17,论文,2026\r\n`, 'utf8')
    const result = await parseClaimRows(path)
    expect(result.errors).toEqual([{ row: 2, column: '身份证号', message: `第 2 行「身份证号」：${ID_AS_NUMBER_MESSAGE}` }])
  })

  it('reads a claims CSV with a tab delimiter (Excel「Unicode 文本」, UTF-16)', async () => {
    const path = file('claims-utf16.txt')
    const text = `身份证号\t继续教育形式\t结束日期\t学时\r\n${ID_A}\t网络课程\t2026年5月20日\t8\r\n`
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))
    const result = await parseClaimRows(path)
    expect(result.errors).toEqual([])
    expect(result.rows.map(unkeyed)).toEqual([
      { rowNumber: 2, idNumber: ID_A, year: 2026, facts: { kind: 'online', endDate: '2026-05-20', statedHours: 80, quantity: 1, evidence: [] } }
    ])
  })

  it('refuses an unclosed quote with the row it starts on', async () => {
    const path = file('unclosed.csv')
    writeFileSync(path, `姓名,身份证号,部门\r\n李四,${ID_A},"心内科\r\n`, 'utf8')
    await expect(parseRosterRows(path)).rejects.toMatchObject({ code: 'invalid_input', message: 'CSV 文件第 2 行的引号没有闭合，请检查后再导入' })
  })
})
