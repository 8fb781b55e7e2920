import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, describe, expect, it } from 'vitest'
import { writeAnnualWorkbook } from '../../src/main/reports/annualWorkbook'
import { isAppError } from '../../src/shared/errors'
import { tenthsToHours } from '../../src/shared/hours'
import { maskIdNumber } from '../../src/shared/validators/idNumber'
import { departmentsOf, makePeople, MALICIOUS, RARE_NAMES, unit } from './fixtures'
import { filesIn, FULL_ID, tempDir } from './helpers'

const tmp = tempDir()
afterAll(tmp.cleanup)

const people = makePeople(60)
const summaries = people.map((p) => p.summary)
const claims = people.flatMap((p) => p.claims)
const input = { unit, people: summaries, claims }

/** A cell's text whether exceljs hands it back as a string or as inline rich text. */
function textOf(value: ExcelJS.CellValue): string | undefined {
  if (typeof value === 'string') return value
  if (value && typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('')
  return undefined
}

async function read(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(path)
  return wb
}

function rowsOf(ws: ExcelJS.Worksheet): ExcelJS.Row[] {
  const rows: ExcelJS.Row[] = []
  ws.eachRow((row, n) => {
    if (n > 1) rows.push(row)
  })
  return rows
}

describe('writeAnnualWorkbook', async () => {
  const path = join(tmp.dir, '年度核认表.xlsx')
  const result = await writeAnnualWorkbook(input, path, { generatedAt: new Date(2026, 11, 31) })
  const wb = await read(path)

  it('writes the four sheets with their headers', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '明细', '未达标', '部门统计'])
    const headers = (wb.getWorksheet('汇总')?.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(textOf)
    expect(headers).toEqual(['姓名', '身份证号', '部门', '专业技术职务', '公需学时', '专业学时', '合计', '视为完成', '是否达标', '差额'])
    expect(result.rows).toBe(60 + claims.length + summaries.filter((s) => !s.compliant).length + 4)
  })

  it('gives every person the figures of the summary, as numbers', () => {
    const rows = rowsOf(wb.getWorksheet('汇总') as ExcelJS.Worksheet)
    expect(rows).toHaveLength(summaries.length)
    rows.forEach((row, i) => {
      const s = summaries[i]!
      expect(textOf(row.getCell(1).value)).toBe(s.name)
      expect(textOf(row.getCell(2).value)).toBe(maskIdNumber(s.idNumber))
      expect(row.getCell(5).value).toBe(tenthsToHours(s.publicHours))
      expect(row.getCell(6).value).toBe(tenthsToHours(s.professionalHours))
      expect(row.getCell(7).value).toBe(tenthsToHours(s.totalHours))
      expect(textOf(row.getCell(8).value)).toBe(s.yearMet ? '是' : '否')
      expect(textOf(row.getCell(9).value)).toBe(s.compliant ? '达标' : '未达标')
      expect(typeof row.getCell(10).value).toBe('number')
    })
    expect(rows.slice(0, RARE_NAMES.length).map((r) => textOf(r.getCell(1).value))).toEqual(RARE_NAMES)
  })

  it('lists each approved claim and everyone short by category', () => {
    const detail = rowsOf(wb.getWorksheet('明细') as ExcelJS.Worksheet)
    expect(detail).toHaveLength(claims.length)
    expect(detail.map((r) => r.getCell(9).value)).toEqual(claims.map((c) => tenthsToHours(c.hours)))
    const short = rowsOf(wb.getWorksheet('未达标') as ExcelJS.Worksheet)
    const expected = summaries.filter((s) => !s.compliant)
    expect(short.map((r) => textOf(r.getCell(1).value))).toEqual(expected.map((s) => s.name))
    expect(short.map((r) => [r.getCell(7).value, r.getCell(8).value, r.getCell(9).value])).toEqual(
      expected.map((s) => [s.shortfall.public, s.shortfall.professional, s.shortfall.total].map(tenthsToHours))
    )
    const departments = rowsOf(wb.getWorksheet('部门统计') as ExcelJS.Worksheet)
    expect(departments.map((r) => r.getCell(5).value)).toEqual(departmentsOf(people).map((d) => d.rate))
    expect(departments[0]?.getCell(5).numFmt).toBe('0.0%')
  })

  it('keeps text that looks like a formula as text, and writes no formula at all', async () => {
    const all: ExcelJS.Cell[] = []
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => all.push(cell))))
    expect(all.filter((c) => c.type === ExcelJS.ValueType.Formula || c.formula)).toEqual([])
    const texts = new Set(all.map((c) => textOf(c.value)))
    for (const m of MALICIOUS) expect(texts).toContain(m)
    // And in the file itself: no <f> element in any sheet.
    const xml = execFileSync('unzip', ['-p', path, 'xl/worksheets/*.xml'], { encoding: 'utf8', maxBuffer: 64 << 20 })
    expect(xml).not.toMatch(/<f[\s>]/)
    expect(xml).toContain('t="inlineStr"')
  })

  it('masks ID numbers unless asked for them in full', async () => {
    const cells: string[] = []
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => cells.push(textOf(cell.value) ?? ''))))
    expect(cells.filter((c) => FULL_ID.test(c))).toEqual([])
    const fullPath = join(tmp.dir, 'full.xlsx')
    await writeAnnualWorkbook(input, fullPath, { fullId: true })
    const full = await read(fullPath)
    expect(textOf(full.getWorksheet('汇总')?.getRow(2).getCell(2).value)).toBe(summaries[0]?.idNumber)
  })

  it('is set up for screen and print: frozen header, filter, A4 landscape, header repeated', () => {
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
      expect(ws.autoFilter).toBeTruthy()
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesRow: '1:1' })
      expect(ws.getColumn(1).width).toBeGreaterThan(8)
    }
  })

  it('counts 部门统计 from the people it writes, in the order the departments come', async () => {
    const p = join(tmp.dir, 'counted.xlsx')
    // A one-shot iterator whose departments do not come in the fixture's order.
    const shuffled = [...summaries.slice(2), ...summaries.slice(0, 2)]
    await writeAnnualWorkbook({ ...input, people: shuffled.values() }, p)
    const firstSeen = (d: string) => shuffled.findIndex((s) => s.department === d)
    const expected = departmentsOf(people)
      .filter((d) => d.people > 0)
      .sort((a, b) => firstSeen(a.department) - firstSeen(b.department))
    const rows = rowsOf((await read(p)).getWorksheet('部门统计') as ExcelJS.Worksheet)
    expect(rows.map((r) => [textOf(r.getCell(1).value), r.getCell(2).value, r.getCell(3).value, r.getCell(4).value, r.getCell(5).value])).toEqual(
      expected.map((d) => [d.department, d.people, d.compliant, d.people - d.compliant, d.rate])
    )
  })

  it('reads a one-shot stream of people once and still fills 未达标', async () => {
    async function* once() {
      yield* summaries
    }
    const p = join(tmp.dir, 'stream.xlsx')
    await writeAnnualWorkbook({ ...input, people: once(), claims: (function* () { yield* claims })() }, p)
    const short = rowsOf((await read(p)).getWorksheet('未达标') as ExcelJS.Worksheet)
    expect(short).toHaveLength(summaries.filter((s) => !s.compliant).length)
  })

  it('leaves no file behind when cancelled', async () => {
    const dir = join(tmp.dir, 'cancel')
    execFileSync('mkdir', ['-p', dir])
    const controller = new AbortController()
    async function* slow() {
      for (const [i, s] of summaries.entries()) {
        if (i === 10) controller.abort()
        yield s
      }
    }
    const target = join(dir, 'x.xlsx')
    const error = await writeAnnualWorkbook({ ...input, people: slow() }, target, { signal: controller.signal }).catch((e: unknown) => e)
    expect(isAppError(error) && error.code).toBe('cancelled')
    expect(existsSync(target)).toBe(false)
    expect(filesIn(dir)).toEqual([])
  })
})
