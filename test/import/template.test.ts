import { stat } from 'node:fs/promises'
import { unkeyed } from '../helpers/claimFacts'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { CLAIMS_SPEC, ROSTER_SPEC, TEMPLATE_ROWS, parseClaimRows, parseRosterRows, writeTemplate } from '../../src/main/import'
import { ROSTER_EXAMPLE } from '../../src/main/import/examples'
import { exampleFor } from '../../src/shared/rules'
import { openZipEntry, readZipDirectory } from '../../src/main/import/zip'
import { KINDS } from '../../src/shared/vocabulary'
import { ID_A, ID_D, tempDir } from './helpers'

const file = tempDir()

async function sheetXml(path: string, entryName: string): Promise<string> {
  const entries = await readZipDirectory(path, (await stat(path)).size, 100)
  const entry = entries.find((e) => e.name === entryName)
  if (!entry) throw new Error(`no ${entryName}`)
  const chunks: Buffer[] = []
  for await (const chunk of await openZipEntry(path, entry)) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8').replace(/&quot;/g, '"')
}

async function load(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(path)
  return workbook
}

const headerOf = (sheet: ExcelJS.Worksheet): unknown[] => (sheet.getRow(1).values as unknown[]).slice(1)

describe('the blank templates', () => {
  it('gives the roster sheet exactly the issue\'s columns, required ones starred', async () => {
    const path = file('roster.xlsx')
    await writeTemplate('roster', path)
    const workbook = await load(path)
    const sheet = workbook.getWorksheet('人员名册')
    if (!sheet) throw new Error('no data sheet')
    expect(headerOf(sheet)).toEqual(['姓名*', '身份证号*', '性别', '部门*', '专业技术职务', '职称级别', '手机号码', '人员状态'])
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['人员名册', '填写说明'])
    expect(sheet.getColumn(2).numFmt).toBe('@')
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(sheet.getColumn(2).width).toBe(22)
  })

  it('gives the claims sheet exactly the issue\'s columns in order', async () => {
    const path = file('claims.xlsx')
    await writeTemplate('claims', path)
    const sheet = (await load(path)).getWorksheet('学时申报')
    if (!sheet) throw new Error('no data sheet')
    expect(headerOf(sheet)).toEqual([
      '身份证号*', '姓名', '年度', '继续教育形式*', '科目类别', '项目名称', '开始日期', '结束日期', '天数', '半天数',
      '学时', '级别', '角色', '排名', '等次', '数量', '考核结果', '已提供材料', '备注'
    ])
    expect(sheet.getColumn(1).numFmt).toBe('@')
  })

  it('writes one data-validation range per enumerated column, never one per cell (exceljs#2820)', async () => {
    const path = file('claims-dv.xlsx')
    await writeTemplate('claims', path)
    const xml = await sheetXml(path, 'xl/worksheets/sheet1.xml')
    const sqrefs = [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1])
    const last = TEMPLATE_ROWS + 1
    // 继续教育形式 D, 科目类别 E, 级别 L, 角色 M, 等次 O, 考核结果 Q
    expect(sqrefs.sort()).toEqual([`D2:D${last}`, `E2:E${last}`, `L2:L${last}`, `M2:M${last}`, `O2:O${last}`, `Q2:Q${last}`])
    const kindList = /sqref="D2:D\d+"[^>]*>\s*<formula1>([^<]+)<\/formula1>/.exec(xml)?.[1] ?? ''
    expect(kindList).toBe(`"${KINDS.map((k) => k.label).join(',')}"`)
    expect(kindList.length).toBeLessThanOrEqual(255)
  })

  it('gives the roster dropdowns for 性别, 职称级别 and 人员状态', async () => {
    const path = file('roster-dv.xlsx')
    await writeTemplate('roster', path)
    const xml = await sheetXml(path, 'xl/worksheets/sheet1.xml')
    const lists = [...xml.matchAll(/sqref="([^"]+)"[^>]*>\s*<formula1>([^<]+)<\/formula1>/g)].map((m) => [m[1], m[2]])
    const last = TEMPLATE_ROWS + 1
    expect(lists).toEqual([
      [`C2:C${last}`, '"男,女"'],
      [`F2:F${last}`, '"正高级,副高级,中级,初级"'],
      [`H2:H${last}`, '"在职,离职,退休"']
    ])
  })

  it('explains every column on 填写说明, with an example row for every kind', async () => {
    const path = file('claims-help.xlsx')
    await writeTemplate('claims', path)
    const help = (await load(path)).getWorksheet('填写说明')
    if (!help) throw new Error('no help sheet')
    const firstColumn: unknown[] = []
    help.eachRow((row) => firstColumn.push(row.getCell(1).value))
    for (const column of CLAIMS_SPEC.columns) expect(firstColumn).toContain(column.header)
    const kindsShown: unknown[] = []
    help.eachRow((row) => kindsShown.push(row.getCell(4).value))
    for (const kind of KINDS) expect(kindsShown).toContain(kind.label)
    const texts: string[] = []
    help.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))))
    expect(texts.some((t) => t.includes('2026年3月9日'))).toBe(true)
    expect(texts.some((t) => t.includes('培训签到表'))).toBe(true)
  })

  it('imports nothing from the blank template (the examples live on the help sheet)', async () => {
    const path = file('blank-claims.xlsx')
    await writeTemplate('claims', path)
    const result = await parseClaimRows(path)
    expect(result).toMatchObject({ headerRow: 1, rows: [], errors: [], warnings: [], unknownColumns: [] })
  })
})

describe('round trip: the template filled in parses cleanly', () => {
  it('reads back every example claim, one per kind, with the facts the rules need', async () => {
    const path = file('filled-claims.xlsx')
    await writeTemplate('claims', path)
    const workbook = await load(path)
    const sheet = workbook.getWorksheet('学时申报')
    if (!sheet) throw new Error('no data sheet')
    for (const kind of KINDS) {
      const example: Partial<Record<string, string>> = exampleFor(kind.id)
      sheet.addRow(
        CLAIMS_SPEC.columns.map((c) => {
          const value = example[c.header]
          if (value === undefined || value === '') return null
          // As an officer's Excel stores them: date cells and number cells.
          if (c.type === 'date') return new Date(`${value}T00:00:00Z`)
          if (c.type === 'integer' || c.type === 'decimal') return Number(value)
          return value
        })
      )
    }
    await workbook.xlsx.writeFile(path)
    const result = await parseClaimRows(path)
    expect(result.errors).toEqual([])
    expect(result.warnings).toEqual([])
    expect(result.rows).toHaveLength(KINDS.length)
    expect(result.rows.map((r) => r.facts.kind)).toEqual(KINDS.map((k) => k.id))
    expect(unkeyed(result.rows[0]!)).toEqual({
      rowNumber: 2,
      idNumber: '430102199003071234',
      name: '张三',
      title: '全省工程技术人员能力提升研修班',
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
    })
    for (const row of result.rows) expect(row.facts.evidence.length).toBeGreaterThan(0)
    const online = result.rows.find((r) => r.facts.kind === 'online')
    expect(online).toMatchObject({ remark: '平台：sypx.csu.edu.cn', facts: { category: 'public', statedHours: 120 } })
    const project = result.rows.find((r) => r.facts.kind === 'project')
    expect(project?.facts).toMatchObject({ level: 'provincialOrAbove', role: 'mainContributor', rank: 3 })
    const overseas = result.rows.find((r) => r.facts.kind === 'overseas')
    expect(overseas?.facts).toMatchObject({ assessment: 'pass', startDate: '2025-09-01', endDate: '2026-08-31' })
  })

  it('reads back a filled roster', async () => {
    const path = file('filled-roster.xlsx')
    await writeTemplate('roster', path)
    const workbook = await load(path)
    const sheet = workbook.getWorksheet('人员名册')
    if (!sheet) throw new Error('no data sheet')
    sheet.addRow(ROSTER_SPEC.columns.map((c) => ROSTER_EXAMPLE[c.key] ?? null))
    sheet.addRow(['李四', ID_A, null, '护理部', null, null, null, null])
    sheet.addRow(['王五', ID_D, '女', '信息科', '工程师', '副高级', null, '退休'])
    await workbook.xlsx.writeFile(path)
    const result = await parseRosterRows(path)
    expect(result.errors).toEqual([])
    expect(result.rows).toEqual([
      {
        rowNumber: 2,
        name: '张三',
        idNumber: '430102199003071234',
        gender: 'male',
        department: '心内科',
        title: '主治医师',
        titleLevel: 'intermediate',
        phone: '13800138000',
        status: 'active'
      },
      { rowNumber: 3, name: '李四', idNumber: ID_A, gender: 'female', department: '护理部', title: null, titleLevel: null, phone: null },
      { rowNumber: 4, name: '王五', idNumber: ID_D, gender: 'female', department: '信息科', title: '工程师', titleLevel: 'associateSenior', phone: null, status: 'retired' }
    ])
  })
})
