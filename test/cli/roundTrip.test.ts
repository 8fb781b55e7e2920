import { beforeAll, describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { idNumber } from '../helpers/idNumbers'
import { dbFingerprint, xueshi } from './run'

const dir = mkdtempSync(join(tmpdir(), 'xueshi-roundtrip-'))
const db = join(dir, 'unit.db')
const f = (name: string) => join(dir, name)

const P1 = { name: '张喆', id: idNumber(101), dept: '心内科', title: '主治医师' }
const P2 = { name: '李堃', id: idNumber(202), dept: '信息科', title: '工程师' }
const P3 = { name: '王珺', id: idNumber(303, true), dept: '护理部', title: '主任护师' }
const P4 = { name: '赵玥', id: idNumber(404, true), dept: '心内科', title: '护师' }
const P5 = { name: '欧阳彧', id: idNumber(505), dept: '信息科', title: '助理工程师' }
const PEOPLE = [P1, P2, P3, P4, P5]

/** Fills the data sheet of a template written by `xueshi template`, by header name. */
async function fillTemplate(template: string, out: string, rows: Record<string, string | number>[]): Promise<void> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(template)
  const ws = wb.worksheets[0]!
  const columns = new Map<string, number>()
  ws.getRow(1).eachCell((cell, col) => columns.set(String(cell.value).replace('*', ''), col))
  rows.forEach((values, i) => {
    for (const [header, value] of Object.entries(values)) {
      const col = columns.get(header)
      if (!col) throw new Error(`no column ${header}`)
      ws.getRow(i + 2).getCell(col).value = value
    }
  })
  await wb.xlsx.writeFile(out)
}

const rosterRows = PEOPLE.map((p) => ({ 姓名: p.name, 身份证号: p.id, 部门: p.dept, 专业技术职务: p.title, 人员状态: '在职' }))
const claimRows: Record<string, string | number>[] = [
  { 身份证号: P1.id, 姓名: P1.name, 继续教育形式: '培训班', 科目类别: '公需科目', 项目名称: '2026年公需科目培训', 开始日期: '2026-03-09', 结束日期: '2026/3/12', 天数: 3, 半天数: 1, 已提供材料: '培训通知、培训课程表、培训签到表' },
  { 身份证号: P1.id, 继续教育形式: '网络课程', 科目类别: '公需', 项目名称: '数字经济', 结束日期: '2026年4月2日', 学时: 2, 已提供材料: '课程时长,结业证书' },
  { 身份证号: P1.id, 继续教育形式: '论文', 项目名称: '冠心病介入治疗进展', 结束日期: '20260501', 角色: '第一作者', 数量: 2, 已提供材料: '刊物封面；刊号；目录' },
  { 身份证号: P2.id, 继续教育形式: '发明专利', 项目名称: '一种数据同步方法', 结束日期: '2026.6.1', 排名: 2, 已提供材料: '专利证书' },
  { 身份证号: P2.id, 继续教育形式: '学术会议', 项目名称: '全国医院信息化大会', 开始日期: '2026-07-01', 结束日期: '2026-07-02', 天数: 2, 已提供材料: '邀请函' },
  { 身份证号: P3.id, 继续教育形式: '援疆', 项目名称: '援疆医疗队', 开始日期: '2025-07-01', 结束日期: '2026-06-30', 考核结果: '合格', 已提供材料: '派遣通知、考核表' },
  { 身份证号: P5.id, 继续教育形式: '实用新型专利', 项目名称: '镕铸工艺改进', 结束日期: '2026-08-01', 排名: 4, 已提供材料: '专利证书' }
]

/** A cell as text: the workbook writes text as inline strings, which exceljs reads as rich text. */
function cellText(value: ExcelJS.CellValue): string {
  if (value && typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('')
  return String(value)
}

interface PersonJson {
  idNumber: string
  name: string
  publicHours: number
  professionalHours: number
  totalHours: number
  pendingProfessionalHours: number
  yearMet: boolean
  compliant: boolean
  shortfall: { public: number; professional: number; total: number }
}

function summary(): Map<string, PersonJson> {
  const r = xueshi(['summary', '--year', '2026', '--json'], db)
  expect(r.code).toBe(0)
  const parsed = JSON.parse(r.stdout) as { year: number; people: PersonJson[] }
  expect(parsed.year).toBe(2026)
  return new Map(parsed.people.map((p) => [p.name, p]))
}

beforeAll(async () => {
  expect(xueshi(['template', 'roster', '--out', f('roster-template.xlsx')], db).code).toBe(0)
  expect(xueshi(['template', 'claims', '--out', f('claims-template.xlsx')], db).code).toBe(0)
  await fillTemplate(f('roster-template.xlsx'), f('roster.xlsx'), rosterRows)
  await fillTemplate(f('claims-template.xlsx'), f('claims.xlsx'), claimRows)
  expect(xueshi(['settings', '--unit', '湖南省人民医院', '--officer', '刘敏'], db).code).toBe(0)
}, 120_000)

describe('the officer’s year through the command line', () => {
  it('imports the filled templates, idempotently', () => {
    const dry = xueshi(['import', 'roster', f('roster.xlsx'), '--dry-run', '--json'], db)
    expect(dry.code).toBe(0)
    expect(JSON.parse(dry.stdout)).toMatchObject({ batch: null, added: 5, errors: [] })
    const roster = JSON.parse(xueshi(['import', 'roster', f('roster.xlsx'), '--json'], db).stdout)
    expect(roster).toMatchObject({ added: 5, updated: 0, unchanged: 0, errors: [] })
    expect(roster.batch).toBeGreaterThan(0)
    const claims = JSON.parse(xueshi(['import', 'claims', f('claims.xlsx'), '--json'], db).stdout)
    expect(claims).toMatchObject({ added: 7, unchanged: 0, errors: [] })
    const before = dbFingerprint(db)
    const again = JSON.parse(xueshi(['import', 'claims', f('claims.xlsx'), '--json'], db).stdout)
    expect(again).toMatchObject({ batch: null, added: 0, unchanged: 7 })
    expect(dbFingerprint(db)).toBe(before)
  }, 60_000)

  it('approves what is complete and says why the rest is not', () => {
    const r = xueshi(['review', 'approve', '--year', '2026', '--all', '--json'], db)
    expect(r.code).toBe(0)
    const result = JSON.parse(r.stdout) as { approved: number[]; notApproved: { id: number; reason: string }[] }
    expect(result.approved).toHaveLength(6)
    expect(result.notApproved).toHaveLength(1)
    expect(result.notApproved[0]?.reason).toContain('会议通讯录')
  }, 30_000)

  it('sums the year as the rules give by hand', () => {
    const people = summary()
    expect(people.size).toBe(5)
    // 二.1: 3 days + 1 half day = 28; 一.3 online 2 → 公需 30. 二.3: 2 papers as first author = 60.
    expect(people.get('张喆')).toMatchObject({ publicHours: 30, professionalHours: 60, totalHours: 90, compliant: true })
    // 二.4 invention ranked 2nd = 30; the conference (16) waits for evidence.
    expect(people.get('李堃')).toMatchObject({ publicHours: 0, professionalHours: 30, pendingProfessionalHours: 16, compliant: false, shortfall: { public: 30, professional: 30, total: 60 } })
    // 二.6: a posting of 6 months or more with 考核合格 makes the year.
    expect(people.get('王珺')).toMatchObject({ yearMet: true, compliant: true })
    expect(people.get('赵玥')).toMatchObject({ totalHours: 0, compliant: false, shortfall: { public: 30, professional: 60, total: 90 } })
    // 二.4: a utility patent ranked 4th earns nothing.
    expect(people.get('欧阳彧')).toMatchObject({ totalHours: 0, compliant: false })
  }, 30_000)

  it('exports a workbook whose figures equal the summary, with IDs masked', async () => {
    expect(xueshi(['export', 'annual', '--year', '2026', '--out', f('annual.xlsx')], db).code).toBe(0)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(f('annual.xlsx'))
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '明细', '未达标', '部门统计'])
    const sheet = wb.getWorksheet('汇总')!
    const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).map(cellText)
    const col = (name: string) => header.indexOf(name)
    const people = summary()
    let rows = 0
    sheet.eachRow((row, n) => {
      if (n === 1) return
      const name = cellText(row.getCell(col('姓名')).value)
      const expected = people.get(name)
      if (!expected) return
      rows++
      expect(row.getCell(col('公需学时')).value).toBe(expected.publicHours)
      expect(row.getCell(col('专业学时')).value).toBe(expected.professionalHours)
      expect(row.getCell(col('合计')).value).toBe(expected.totalHours)
      expect(cellText(row.getCell(col('身份证号')).value)).toMatch(/^\d{6}\*{8}[\dX]{4}$/)
    })
    expect(rows).toBe(5)
  }, 30_000)

  it('prints one certificate per person with their own claims, verifiable by its code', () => {
    expect(xueshi(['export', 'certificates', '--year', '2026', '--out', f('certs.pdf')], db).code).toBe(0)
    const text = execFileSync('pdftotext', ['-layout', f('certs.pdf'), '-'], { encoding: 'utf8' })
    const pages = text.split('\f').filter((p) => p.trim())
    expect(pages).toHaveLength(5)
    const pageOf = (name: string) => pages.find((p) => p.includes(`姓名：`) && p.includes(name)) ?? ''
    expect(pageOf('张喆')).toContain('冠心病介入治疗进展')
    expect(pageOf('张喆')).not.toContain('一种数据同步方法')
    expect(pageOf('李堃')).toContain('一种数据同步方法')
    expect(pageOf('欧阳彧')).toContain('镕铸工艺改进')
    for (const p of PEOPLE) expect(text).not.toContain(p.id)
    const code = /验证码：\s*([A-Z2-7]{10})/.exec(pageOf('张喆'))?.[1]
    expect(code).toBeDefined()
    const verified = xueshi(['verify', code!.toLowerCase(), '--json'], db)
    expect(verified.code).toBe(0)
    expect(JSON.parse(verified.stdout).certificate).toMatchObject({ name: '张喆', totalHours: 90, compliant: true, unitName: '湖南省人民医院' })
    expect(xueshi(['verify', 'AAAAAAAAAA'], db).code).toBe(1)
  }, 60_000)

  it('prints the unit report and a multi-year record', () => {
    expect(xueshi(['export', 'report', '--year', '2026', '--out', f('report.pdf')], db).code).toBe(0)
    const report = execFileSync('pdftotext', ['-layout', f('report.pdf'), '-'], { encoding: 'utf8' })
    expect(report).toContain('湖南省人民医院')
    expect(report).toContain('40.0%')
    expect(report).toContain('赵玥')
    expect(xueshi(['export', 'record', '--id', P3.id, '--from', '2025', '--to', '2026', '--out', f('record.pdf')], db).code).toBe(0)
    const record = execFileSync('pdftotext', ['-layout', f('record.pdf'), '-'], { encoding: 'utf8' })
    expect(record).toContain('王珺')
    expect(record).toContain('援疆医疗队')
  }, 60_000)
})

describe('refused input changes nothing', () => {
  it('refuses a claims file with errors, names row and column, and writes the errors back', async () => {
    await fillTemplate(f('claims-template.xlsx'), f('bad.xlsx'), [
      { 身份证号: P4.id, 姓名: '赵月', 继续教育形式: '培训班', 结束日期: '2026-05-01', 天数: 1, 已提供材料: '培训通知、结业证书' },
      { 身份证号: idNumber(999), 继续教育形式: '培训班', 结束日期: '2026-05-01', 天数: 1 },
      { 身份证号: P4.id, 继续教育形式: '飞行', 结束日期: '2026-02-30' }
    ])
    const before = dbFingerprint(db)
    const r = xueshi(['import', 'claims', f('bad.xlsx'), '--json', '--errors-out', f('bad-errors.xlsx')], db)
    expect(r.code).toBe(1)
    const parsedOut = JSON.parse(r.stdout) as { rows: number; errors: { row: number; column: string; message: string }[] }
    const errors = parsedOut.errors
    // Three data rows, whatever number of problems each has.
    expect(parsedOut.rows).toBe(3)
    expect(errors.find((e) => e.row === 4 && e.column === '继续教育形式')?.message).toContain('飞行')
    expect(errors.find((e) => e.row === 4 && e.column === '结束日期')).toBeDefined()
    expect(errors.find((e) => e.row === 2 && e.column === '姓名')?.message).toContain('赵玥')
    expect(errors.find((e) => e.row === 3 && e.column === '身份证号')?.message).toContain('名册中没有')
    expect(dbFingerprint(db)).toBe(before)
    expect(existsSync(f('bad-errors.xlsx'))).toBe(true)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(f('bad-errors.xlsx'))
    const ws = wb.worksheets[0]!
    const headers = (ws.getRow(1).values as ExcelJS.CellValue[]).map(cellText)
    const errorCol = headers.indexOf('错误说明')
    expect(errorCol).toBeGreaterThan(0)
    expect(cellText(ws.getRow(4).getCell(errorCol).value)).toContain('飞行')
  }, 60_000)

  it('refuses claims naming someone not on the roster or with another name', async () => {
    await fillTemplate(f('claims-template.xlsx'), f('stranger.xlsx'), [
      { 身份证号: P4.id, 姓名: '赵月', 继续教育形式: '培训班', 结束日期: '2026-05-01', 天数: 1, 已提供材料: '培训通知、结业证书' },
      { 身份证号: idNumber(999), 继续教育形式: '培训班', 结束日期: '2026-05-01', 天数: 1, 已提供材料: '培训通知、结业证书' }
    ])
    const before = dbFingerprint(db)
    const r = xueshi(['import', 'claims', f('stranger.xlsx')], db)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('第 2 行「姓名」：「赵月」与名册中该身份证号的姓名「赵玥」不一致')
    expect(r.stderr).toContain(`第 3 行「身份证号」：名册中没有身份证号为 ${idNumber(999)} 的人员`)
    expect(dbFingerprint(db)).toBe(before)
  }, 60_000)

  it('refuses a legacy .xls and a file that is not a spreadsheet', () => {
    writeFileSync(f('old.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]))
    writeFileSync(f('junk.xlsx'), 'not a workbook at all')
    const before = dbFingerprint(db)
    const xls = xueshi(['import', 'roster', f('old.xls')], db)
    expect(xls.code).toBe(1)
    expect(xls.stderr).toContain('.xlsx')
    const junk = xueshi(['import', 'roster', f('junk.xlsx')], db)
    expect(junk.code).toBe(1)
    expect(junk.stderr).not.toMatch(/at .+\.(ts|js):\d+/)
    expect(dbFingerprint(db)).toBe(before)
  }, 60_000)

  it('undoes an import batch as a whole', async () => {
    await fillTemplate(f('roster-template.xlsx'), f('newcomers.xlsx'), [{ 姓名: '孙镕', 身份证号: idNumber(606), 部门: '药剂科' }])
    const added = JSON.parse(xueshi(['import', 'roster', f('newcomers.xlsx'), '--json'], db).stdout) as { batch: number }
    expect(summary().has('孙镕')).toBe(true)
    const undo = xueshi(['import', 'undo', String(added.batch)], db)
    expect(undo.code).toBe(0)
    expect(summary().has('孙镕')).toBe(false)
  }, 60_000)

  it('refuses to restore a corrupt backup and leaves the database as it was', () => {
    expect(xueshi(['backup', '--out', f('good.db')], db).code).toBe(0)
    writeFileSync(f('corrupt.db'), Buffer.alloc(8192, 7))
    const before = dbFingerprint(db)
    const r = xueshi(['restore', f('corrupt.db')], db)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('错误')
    expect(dbFingerprint(db)).toBe(before)
    expect(xueshi(['restore', f('good.db')], db).code).toBe(0)
    expect(summary().get('张喆')?.totalHours).toBe(90)
  }, 60_000)
})
