import type Database from 'better-sqlite3'
import ExcelJS from 'exceljs'
import type { AppContext } from '../../src/main/context'
import type { ReportOptions } from '../../src/main/reports/types'
import { tenthsToHours } from '../../src/shared/hours'
import { maskIdNumber } from '../../src/shared/validators/idNumber'
import { findExport } from '../optional'
import { onApprovedUnit } from './onApprovedUnit'
import { approvedClaims, departments, people } from './reportRows'
import type { Detail, Step } from './types'

type ExportAnnual = (ctx: AppContext, year: number, out: string, opts?: ReportOptions) => Promise<{ rows?: number }>

const SUMMARY = ['姓名', '身份证号', '部门', '专业技术职务', '公需学时', '专业学时', '合计', '视为完成', '是否达标', '差额']
const DETAIL = ['姓名', '身份证号', '部门', '继续教育形式', '项目名称', '开始日期', '结束日期', '科目类别', '学时', '依据条款', '折算说明']
const SHORT = ['姓名', '身份证号', '部门', '公需学时', '专业学时', '合计', '公需差', '专业差', '合计差']
const DEPARTMENTS = ['部门', '人数', '达标人数', '未达标人数', '达标率']

const h = tenthsToHours

/**
 * The export baseline: exceljs's streaming writer, no styles, no shared strings, writing the
 * same four sheets with the same values as the annual workbook, from the same SQL rows.
 */
async function plainWorkbook(db: Database.Database, year: number, out: string): Promise<Detail> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out, useStyles: false, useSharedStrings: false })
  let rows = 0
  const sheet = (name: string, header: string[]) => {
    const ws = wb.addWorksheet(name)
    ws.addRow(header).commit()
    return ws
  }
  const summary = sheet('汇总', SUMMARY)
  for (const p of people(db, year)) {
    const needed = h(Math.max(p.shortfall.total, p.shortfall.public + p.shortfall.professional))
    summary.addRow([p.name, maskIdNumber(p.idNumber), p.department, p.title, h(p.publicHours), h(p.professionalHours), h(p.totalHours),
      p.yearMet ? '是' : '否', p.compliant ? '达标' : '未达标', p.compliant ? 0 : needed]).commit()
    rows++
  }
  summary.commit()
  const detail = sheet('明细', DETAIL)
  for (const c of approvedClaims(db, year)) {
    detail.addRow([c.name, maskIdNumber(c.idNumber), c.department, c.kindLabel, c.title, c.startDate, c.endDate,
      c.category === 'public' ? '公需' : '专业', h(c.hours), c.clause, c.explanation]).commit()
    rows++
  }
  detail.commit()
  const short = sheet('未达标', SHORT)
  for (const p of people(db, year)) {
    if (p.compliant) continue
    short.addRow([p.name, maskIdNumber(p.idNumber), p.department, h(p.publicHours), h(p.professionalHours), h(p.totalHours),
      h(p.shortfall.public), h(p.shortfall.professional), h(p.shortfall.total)]).commit()
    rows++
  }
  short.commit()
  const depts = sheet('部门统计', DEPARTMENTS)
  for (const d of departments(db, year)) {
    depts.addRow([d.department, d.people, d.compliant, d.people - d.compliant, d.rate]).commit()
    rows++
  }
  depts.commit()
  await wb.commit()
  return { rows }
}

export const exportStep: Step = {
  id: 'export',
  label: '年度核认表 annual workbook',
  samples: 3,
  baseline: (ws) => onApprovedUnit(ws, 'annual-baseline.xlsx', (ctx, year, out) => plainWorkbook(ctx.db, year, out)),
  async ours(ws) {
    // The export service as the UI and `xueshi export annual` run it: its own queries, then the writer.
    const found = findExport<ExportAnnual>(['src/main/services/exporting'], 'exportAnnual')
    if ('missing' in found) return { unavailable: `${found.missing} missing` }
    return onApprovedUnit(ws, 'annual-ours.xlsx', async (ctx, year, out) => {
      const result = await found.fn(ctx, year, out, { generatedAt: new Date('2026-12-31T08:00:00Z') })
      return { rows: result.rows ?? 0 }
    })
  }
}
