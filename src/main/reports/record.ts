import { formatHours } from '../../shared/hours'
import { categoryShort, complianceText, dateSpan, shownId, yesNo } from './format'
import { throwIfCancelled } from './rows'
import { documentTitle, fields, heading, SIGNED_CLOSING_HEIGHT, signedClosing } from './pdf/blocks'
import { createPdf, type PdfWriter } from './pdf/document'
import { COLOR } from './pdf/style'
import { PdfTable } from './pdf/table'
import type { RecordInput, RecordYear, ReportOptions, ReportResult } from './types'

function yearsText(input: RecordInput): string {
  const first = input.years[0]?.year
  const last = input.years[input.years.length - 1]?.year
  if (first === undefined || last === undefined) return ''
  return first === last ? `${first}年度` : `${first}—${last}年度`
}

function summaryTable(pdf: PdfWriter, years: readonly RecordYear[], keepWith: number): void {
  const table = new PdfTable(
    pdf,
    [
      { header: '年度', weight: 1, align: 'center' },
      { header: '公需学时', weight: 1.1, align: 'right' },
      { header: '专业学时', weight: 1.1, align: 'right' },
      { header: '合计', weight: 1, align: 'right' },
      { header: '视为完成', weight: 1, align: 'center' },
      { header: '是否达标', weight: 1.6, align: 'center' },
      { header: '年度要求（公需/专业/合计）', weight: 2.6, align: 'center' }
    ],
    { caption: '一、各年度学时汇总（单位：学时）', emptyText: '所选年度无记录' }
  )
  let pub = 0
  let pro = 0
  for (const y of years) {
    const s = y.summary
    const p = y.policy
    table.addRow([
      String(y.year),
      formatHours(s.publicHours),
      formatHours(s.professionalHours),
      formatHours(s.totalHours),
      yesNo(s.yearMet),
      complianceText(s),
      `${formatHours(p.minPublic)} / ${formatHours(p.minProfessional)} / ${formatHours(p.minTotal)}`
    ])
    pub += s.publicHours
    pro += s.professionalHours
  }
  if (years.length > 1) {
    table.addRow(['合计', formatHours(pub), formatHours(pro), formatHours(pub + pro), '', '', ''], { fill: COLOR.headerFill })
  }
  table.end(keepWith)
}

function yearTable(pdf: PdfWriter, y: RecordYear, keepWith: number): void {
  const s = y.summary
  const table = new PdfTable(
    pdf,
    [
      { header: '序号', weight: 0.8, align: 'right' },
      { header: '继续教育形式', weight: 1.7 },
      { header: '项目名称', weight: 4.8 },
      { header: '时间', weight: 2.3 },
      { header: '类别', weight: 0.9, align: 'center' },
      { header: '学时', weight: 0.9, align: 'right' },
      { header: '依据', weight: 0.9, align: 'center' }
    ],
    {
      caption: `${y.year}年度：公需 ${formatHours(s.publicHours)}、专业 ${formatHours(s.professionalHours)}、合计 ${formatHours(s.totalHours)} 学时`,
      emptyText: '本年度无经审核认定的学时'
    }
  )
  y.claims.forEach((c, i) => {
    table.addRow([String(i + 1), c.kindLabel, c.title, dateSpan(c.startDate, c.endDate), categoryShort(c.category), formatHours(c.hours), c.clause])
  })
  table.end(keepWith)
}

/**
 * 学时认定单: one person's hours over several years with the claims behind each year, for a
 * title application (职称评审). Small, so numbered 第 N 页 / 共 M 页.
 */
export async function writeRecord(input: RecordInput, outPath: string, opts: ReportOptions = {}): Promise<ReportResult> {
  const { person } = input
  const pdf = createPdf(outPath, {
    title: `专业技术人员继续教育学时认定单（${person.name}）`,
    author: input.unitName,
    generatedAt: opts.generatedAt ?? new Date(),
    footerNote: `${person.name} 学时认定单`,
    fontPath: opts.fontPath,
    pageNumbers: 'document',
    signal: opts.signal
  })
  try {
    pdf.newPage()
    documentTitle(pdf, '专业技术人员继续教育学时认定单', yearsText(input))
    fields(pdf, [
      ['姓名', person.name],
      ['身份证号', shownId(person.idNumber, opts.fullId)],
      ['工作单位', input.unitName],
      ['部门', person.department],
      ['专业技术职务', person.title],
      ['认定年度', yearsText(input)]
    ])
    // Whatever comes last keeps its last row on the page of the signature.
    summaryTable(pdf, input.years, input.years.length === 0 ? SIGNED_CLOSING_HEIGHT : 0)
    if (input.years.length > 0) heading(pdf, '二、各年度认定明细', 90)
    input.years.forEach((y, i) => {
      throwIfCancelled(opts.signal)
      yearTable(pdf, y, i === input.years.length - 1 ? SIGNED_CLOSING_HEIGHT : 0)
      opts.onProgress?.(i + 1, input.years.length, `${y.year}年度`)
    })
    signedClosing(pdf, '以上学时均经本单位按《湖南省专业技术人员继续教育学时折算细则》审核认定，情况属实。', input.officerName)
    const { pages, warnings } = await pdf.finish()
    return { path: outPath, pages, warnings }
  } catch (e) {
    await pdf.abort()
    throw e
  }
}
