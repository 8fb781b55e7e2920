import { formatHours } from '../../shared/hours'
import { certificateCode } from './certificateCode'
import { categoryShort, complianceText, dateSpan, shortfallText, shownId } from './format'
import { knownLength, readRows } from './rows'
import { documentTitle, fields, paragraph, strong } from './pdf/blocks'
import { createPdf, type PdfWriter } from './pdf/document'
import { textAt } from './pdf/line'
import { COLOR, FONT_SIZE, formatDate } from './pdf/style'
import { PdfTable } from './pdf/table'
import type { CertificateContent, CertificateOptions, CertificateSubject, CertificatesInput, ReportResult, UnitInfo } from './types'

/** What the certificate states, in the canonical form its code is computed from. */
export function certificateContent(unit: UnitInfo, subject: CertificateSubject): CertificateContent {
  const s = subject.summary
  return {
    unitName: unit.unitName,
    year: unit.year,
    idNumber: s.idNumber,
    name: s.name,
    department: s.department,
    title: s.title,
    claims: subject.claims.map((c) => ({
      kindLabel: c.kindLabel,
      title: c.title,
      startDate: c.startDate,
      endDate: c.endDate,
      category: c.category,
      hours: c.hours
    })),
    publicHours: s.publicHours,
    professionalHours: s.professionalHours,
    totalHours: s.totalHours,
    yearMet: s.yearMet,
    compliant: s.compliant
  }
}

interface Current {
  name: string
  code: string
}

/** Top of a certificate's second and later pages: whose it is, so a loose page is traceable. */
function continuationHeader(pdf: PdfWriter, current: Current): void {
  const doc = pdf.doc
  doc.fontSize(FONT_SIZE.body).fillColor(COLOR.muted)
  textAt(doc, pdf.text(`学时证明（续页）\u3000姓名：${current.name}\u3000验证码：${current.code}`), pdf.left, pdf.top, { width: pdf.width })
  doc.fillColor(COLOR.text).moveDown(0.6)
}

const TOTALS_AND_STAMP = 200
const TITLE = '专业技术人员继续教育学时证明'

function writeOne(pdf: PdfWriter, unit: UnitInfo, subject: CertificateSubject, code: string, fullId: boolean | undefined): void {
  const s = subject.summary
  const doc = pdf.doc
  pdf.newPage()
  doc.fontSize(FONT_SIZE.footer).fillColor(COLOR.muted)
  textAt(doc, pdf.text(`验证码：${code}`), pdf.left, pdf.top - 22, { width: pdf.width, align: 'right', lineBreak: false })
  doc.fillColor(COLOR.text)
  doc.y = pdf.top
  const subtitle = `${unit.year}年度`
  pdf.placeFixed(`certificate title ${subtitle}`, doc.y, () => documentTitle(pdf, TITLE, subtitle))
  fields(pdf, [
    ['姓名', s.name],
    ['身份证号', shownId(s.idNumber, fullId)],
    ['工作单位', unit.unitName],
    ['部门', s.department],
    ['专业技术职务', s.title],
    ['年度', `${unit.year}年`]
  ])
  paragraph(pdf, `兹证明${s.name}同志${unit.year}年度参加继续教育，经本单位审核认定的学时如下：`)

  const table = new PdfTable(
    pdf,
    [
      { header: '序号', weight: 0.8, align: 'right' },
      { header: '继续教育形式', weight: 2 },
      { header: '项目名称', weight: 5.2 },
      { header: '时间', weight: 2.6 },
      { header: '类别', weight: 0.9, align: 'center' },
      { header: '学时', weight: 0.9, align: 'right' }
    ],
    { emptyText: '本年度无经审核认定的学时' }
  )
  subject.claims.forEach((c, i) => {
    table.addRow([String(i + 1), c.kindLabel, c.title, dateSpan(c.startDate, c.endDate), categoryShort(c.category), formatHours(c.hours)])
  })
  table.end()

  pdf.ensureSpace(TOTALS_AND_STAMP)
  fields(
    pdf,
    [
      ['公需科目', `${formatHours(s.publicHours)} 学时`],
      ['专业科目', `${formatHours(s.professionalHours)} 学时`],
      ['合计', `${formatHours(s.totalHours)} 学时`]
    ],
    3
  )
  const { minPublic, minProfessional, minTotal } = unit.policy
  const verdict = s.compliant ? complianceText(s) : `未达标（${shortfallText(s.shortfall)}）`
  doc.fontSize(FONT_SIZE.body)
  strong(pdf, pdf.text(`核认结论：${verdict}`), pdf.left, doc.y, { width: pdf.width })
  doc.moveDown(0.2).fontSize(FONT_SIZE.footer)
  const requirement = pdf.text(
    `年度要求：公需科目不少于 ${formatHours(minPublic)} 学时，专业科目不少于 ${formatHours(minProfessional)} 学时，合计不少于 ${formatHours(minTotal)} 学时。` +
      (s.yearMet ? '本年度有“视为完成当年继续教育90学时”的情形。' : '')
  )
  const seal = { caption: pdf.text('（单位盖章）'), issuer: pdf.text(`出具单位：${unit.unitName}`), date: pdf.text('日期：      年    月    日') }
  // The requirement and the seal below it are the same on every certificate of a kind.
  pdf.placeFixed(`certificate tail\n${requirement}\n${seal.issuer}`, doc.y, () => {
    doc.fillColor(COLOR.muted)
    textAt(doc, requirement, pdf.left, doc.y, { width: pdf.width })
    doc.fillColor(COLOR.text).fontSize(FONT_SIZE.body)
    stampArea(pdf, seal)
  })
}

/** The issuing unit, the date line and a dashed circle where the seal goes, at the right. */
function stampArea(pdf: PdfWriter, seal: { caption: string; issuer: string; date: string }): void {
  const doc = pdf.doc
  const top = doc.y + 16
  const width = 220
  const x = pdf.right - width
  const cx = x + width / 2
  doc.save().circle(cx, top + 48, 46).lineWidth(0.8).dash(3, { space: 3 }).strokeColor(COLOR.muted).stroke().undash().restore()
  doc.fontSize(FONT_SIZE.footer).fillColor(COLOR.muted)
  textAt(doc, seal.caption, x, top + 44, { width, align: 'center', lineBreak: false })
  doc.fontSize(FONT_SIZE.body).fillColor(COLOR.text)
  textAt(doc, seal.issuer, x - 60, top + 102, { width: width + 60, align: 'right' })
  textAt(doc, seal.date, x, doc.y + 4, { width, align: 'right' })
  doc.x = pdf.left
}

/**
 * 学时证明: one certificate per person, each starting on a new page, numbered within itself
 * (第 1 页 / 共 2 页) and written out as soon as it is complete, so memory holds one certificate
 * however many there are.
 */
export async function writeCertificates(input: CertificatesInput, outPath: string, opts: CertificateOptions = {}): Promise<ReportResult> {
  const { unit } = input
  const generatedAt = opts.generatedAt ?? new Date()
  const total = knownLength(input.people) ?? input.count ?? 0
  const current: Current = { name: '', code: '' }
  let firstPageOfCurrent = 0
  const pdf = createPdf(outPath, {
    title: `${unit.year}年度专业技术人员继续教育学时证明`,
    author: unit.unitName,
    generatedAt,
    fontPath: opts.fontPath,
    pageNumbers: 'section',
    fixedParts: true,
    signal: opts.signal,
    onPage: (w) => {
      if (w.pageNumber > firstPageOfCurrent) continuationHeader(w, current)
    }
  })
  try {
    let done = 0
    for await (const subject of readRows(input.people, opts.signal)) {
      const content = certificateContent(unit, subject)
      const code = certificateCode(content)
      current.name = subject.summary.name
      current.code = code
      firstPageOfCurrent = pdf.pageNumber + 1
      writeOne(pdf, unit, subject, code, opts.fullId)
      pdf.endSection((page, pages) => ({
        left: `验证码 ${code}\u3000生成日期：${formatDate(generatedAt)}`,
        right: `第 ${page} 页 / 共 ${pages} 页`
      }))
      opts.onIssued?.({ code, idNumber: subject.summary.idNumber, year: unit.year, content })
      done++
      if (done % 50 === 0 || done === total) opts.onProgress?.(done, total, `已生成 ${done} 份学时证明`)
      await pdf.drain()
    }
    if (done === 0) {
      pdf.newPage()
      documentTitle(pdf, TITLE, `${unit.year}年度`)
      paragraph(pdf, '没有需要出具学时证明的人员。')
    }
    const { pages, warnings } = await pdf.finish()
    return { path: outPath, pages, warnings }
  } catch (e) {
    await pdf.abort()
    throw e
  }
}
