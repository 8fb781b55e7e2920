import { formatHours } from '../../shared/hours'
import { shownId } from './format'
import { readRows } from './rows'
import { documentTitle, fields, heading, paragraph, SIGNED_CLOSING_HEIGHT, signedClosing } from './pdf/blocks'
import { createPdf, type PdfWriter } from './pdf/document'
import { COLOR, formatDate, formatRate } from './pdf/style'
import { PdfTable } from './pdf/table'
import type { DepartmentRow, ReportOptions, ReportResult, UnitInfo, UnitReportInput } from './types'

function policyText(unit: UnitInfo): string {
  const { minPublic, minProfessional, minTotal } = unit.policy
  return (
    `本年度每名专业技术人员应完成继续教育不少于 ${formatHours(minTotal)} 学时，其中公需科目不少于 ` +
    `${formatHours(minPublic)} 学时、专业科目不少于 ${formatHours(minProfessional)} 学时。` +
    '学时按《湖南省专业技术人员继续教育学时折算细则》折算，仅统计经单位审核通过的申报；' +
    '符合“视为完成当年继续教育90学时”情形者计为达标。'
  )
}

/** A blank cell where nothing is short, so the figures that matter stand out. */
const shortText = (tenths: number): string => (tenths > 0 ? formatHours(tenths) : '')

function departmentTable(pdf: PdfWriter, departments: readonly DepartmentRow[]): void {
  const table = new PdfTable(
    pdf,
    [
      { header: '部门', weight: 4 },
      { header: '人数', weight: 1.4, align: 'right' },
      { header: '达标', weight: 1.4, align: 'right' },
      { header: '未达标', weight: 1.4, align: 'right' },
      { header: '达标率', weight: 1.6, align: 'right' }
    ],
    { caption: '三、各部门达标情况', emptyText: '（无部门）' }
  )
  let people = 0
  let compliant = 0
  for (const d of departments) {
    table.addRow([d.department, String(d.people), String(d.compliant), String(d.people - d.compliant), formatRate(d.rate)])
    people += d.people
    compliant += d.compliant
  }
  if (departments.length > 0) {
    const rate = people ? compliant / people : 0
    table.addRow(['合计', String(people), String(compliant), String(people - compliant), formatRate(rate)], { fill: COLOR.headerFill })
  }
  table.end()
}

/**
 * 单位年度学时核认报告: what the unit certifies for the year, to be signed and stamped. The
 * list of those short streams from `people`; the rest is small.
 */
export async function writeUnitReport(input: UnitReportInput, outPath: string, opts: ReportOptions = {}): Promise<ReportResult> {
  const { unit, departments } = input
  const generatedAt = opts.generatedAt ?? new Date()
  const people = departments.reduce((sum, d) => sum + d.people, 0)
  const compliant = departments.reduce((sum, d) => sum + d.compliant, 0)
  const pdf = createPdf(outPath, {
    title: `${unit.year}年度专业技术人员继续教育学时核认报告`,
    author: unit.unitName,
    generatedAt,
    footerNote: `${unit.unitName} ${unit.year}年度学时核认报告`,
    fontPath: opts.fontPath,
    pageNumbers: 'document',
    signal: opts.signal
  })
  try {
    pdf.newPage()
    documentTitle(pdf, `${unit.year}年度专业技术人员继续教育学时核认报告`, unit.unitName)
    fields(pdf, [
      ['单位名称', unit.unitName],
      ['核认年度', `${unit.year}年`],
      ['经办人', unit.officerName],
      ['生成日期', formatDate(generatedAt)]
    ])
    heading(pdf, '一、核认标准')
    paragraph(pdf, policyText(unit))
    heading(pdf, '二、总体情况')
    fields(pdf, [
      ['专业技术人员', `${people} 人`],
      ['达标人数', `${compliant} 人`],
      ['未达标人数', `${people - compliant} 人`],
      ['达标率', formatRate(people ? compliant / people : 0)]
    ])
    departmentTable(pdf, departments)

    const short = new PdfTable(
      pdf,
      [
        { header: '序号', weight: 0.9, align: 'right' },
        { header: '姓名', weight: 1.6 },
        { header: '身份证号', weight: 3.2 },
        { header: '部门', weight: 2.2 },
        { header: '公需', weight: 1, align: 'right' },
        { header: '专业', weight: 1, align: 'right' },
        { header: '合计', weight: 1, align: 'right' },
        { header: '公需差', weight: 1.2, align: 'right' },
        { header: '专业差', weight: 1.2, align: 'right' },
        { header: '合计差', weight: 1.2, align: 'right' }
      ],
      { caption: '四、未达标人员名单（单位：学时）', emptyText: '本年度全部人员达标。' }
    )
    let read = 0
    let listed = 0
    for await (const p of readRows(input.people, opts.signal)) {
      read++
      if (!p.compliant) {
        listed++
        short.addRow([
          String(listed),
          p.name,
          shownId(p.idNumber, opts.fullId),
          p.department,
          formatHours(p.publicHours),
          formatHours(p.professionalHours),
          formatHours(p.totalHours),
          shortText(p.shortfall.public),
          shortText(p.shortfall.professional),
          shortText(p.shortfall.total)
        ])
      }
      if (read % 500 === 0) {
        opts.onProgress?.(read, people, '正在生成核认报告')
        await pdf.drain()
      }
    }
    short.end(SIGNED_CLOSING_HEIGHT)
    signedClosing(pdf, '本单位已按上述标准对本年度专业技术人员继续教育学时逐人审核，以上情况属实。', unit.officerName)
    const { pages, warnings } = await pdf.finish()
    opts.onProgress?.(read, people, '核认报告已生成')
    return { path: outPath, pages, warnings }
  } catch (e) {
    await pdf.abort()
    throw e
  }
}
