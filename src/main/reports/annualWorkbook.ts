import { tenthsToHours } from '../../shared/hours'
import { categoryShort, shownId, yesNo } from './format'
import { departmentTally } from '../../shared/domain/summary'
import { knownLength, readRows, throwIfCancelled } from './rows'
import type { AnnualWorkbookInput, PersonSummaryRow, ReportOptions, ReportResult } from './types'
import { createXlsx, type SheetColumn, type SheetWriter } from './xlsx/workbook'

const SUMMARY: SheetColumn[] = [
  { header: '姓名', width: 12, type: 'text' },
  { header: '身份证号', width: 22, type: 'text' },
  { header: '部门', width: 18, type: 'text' },
  { header: '专业技术职务', width: 16, type: 'text' },
  { header: '公需学时', width: 10, type: 'number' },
  { header: '专业学时', width: 10, type: 'number' },
  { header: '合计', width: 10, type: 'number' },
  { header: '视为完成', width: 10, type: 'text' },
  { header: '是否达标', width: 10, type: 'text' },
  { header: '差额', width: 10, type: 'number' }
]

const DETAIL: SheetColumn[] = [
  { header: '姓名', width: 12, type: 'text' },
  { header: '身份证号', width: 22, type: 'text' },
  { header: '部门', width: 18, type: 'text' },
  { header: '继续教育形式', width: 14, type: 'text' },
  { header: '项目名称', width: 40, type: 'text' },
  { header: '开始日期', width: 12, type: 'text' },
  { header: '结束日期', width: 12, type: 'text' },
  { header: '科目类别', width: 10, type: 'text' },
  { header: '学时', width: 8, type: 'number' },
  { header: '依据条款', width: 10, type: 'text' },
  { header: '折算说明', width: 40, type: 'text' }
]

const SHORT: SheetColumn[] = [
  { header: '姓名', width: 12, type: 'text' },
  { header: '身份证号', width: 22, type: 'text' },
  { header: '部门', width: 18, type: 'text' },
  { header: '公需学时', width: 10, type: 'number' },
  { header: '专业学时', width: 10, type: 'number' },
  { header: '合计', width: 10, type: 'number' },
  { header: '公需差', width: 10, type: 'number' },
  { header: '专业差', width: 10, type: 'number' },
  { header: '合计差', width: 10, type: 'number' }
]

const DEPARTMENTS: SheetColumn[] = [
  { header: '部门', width: 24, type: 'text' },
  { header: '人数', width: 10, type: 'number' },
  { header: '达标人数', width: 10, type: 'number' },
  { header: '未达标人数', width: 12, type: 'number' },
  { header: '达标率', width: 10, type: 'percent' }
]

/**
 * The single 差额 figure: the fewest further hours that would make the year compliant. Each
 * category gap must be filled by hours of that category, so it is at least their sum.
 */
function hoursStillNeeded(p: PersonSummaryRow): number {
  const { public: pub, professional, total } = p.shortfall
  return tenthsToHours(Math.max(total, pub + professional))
}

function shortRow(sheet: SheetWriter, p: PersonSummaryRow, fullId: boolean | undefined): void {
  sheet.addRow([
    p.name,
    shownId(p.idNumber, fullId),
    p.department,
    tenthsToHours(p.publicHours),
    tenthsToHours(p.professionalHours),
    tenthsToHours(p.totalHours),
    tenthsToHours(p.shortfall.public),
    tenthsToHours(p.shortfall.professional),
    tenthsToHours(p.shortfall.total)
  ])
}

/**
 * 年度核认表 for upload to the province's platform: 汇总, 明细, 未达标, 部门统计. Streams every
 * sheet and reads the people once: those short are kept between the 汇总 and 未达标 sheets, and
 * 部门统计 is counted as they pass (every pass over the people is a summary of the year computed
 * again: ~0.25 s at 50,000).
 */
export async function writeAnnualWorkbook(input: AnnualWorkbookInput, outPath: string, opts: ReportOptions = {}): Promise<ReportResult> {
  throwIfCancelled(opts.signal)
  const { fullId, signal, onProgress } = opts
  const peopleTotal = knownLength(input.people) ?? input.peopleCount ?? 0
  const claimTotal = knownLength(input.claims) ?? input.claimCount ?? 0
  const total = peopleTotal * 2 + claimTotal
  let done = 0
  const tick = (message: string) => {
    done++
    if (done % 500 === 0) onProgress?.(done, total, message)
  }

  const xlsx = createXlsx(outPath, { creator: input.unit.officerName || '学时核认助手', created: opts.generatedAt ?? new Date() })
  try {
    const summary = xlsx.addSheet('汇总', SUMMARY)
    const kept: PersonSummaryRow[] = []
    const tally = departmentTally()
    for await (const p of readRows(input.people, signal)) {
      summary.addRow([
        p.name,
        shownId(p.idNumber, fullId),
        p.department,
        p.title,
        tenthsToHours(p.publicHours),
        tenthsToHours(p.professionalHours),
        tenthsToHours(p.totalHours),
        yesNo(p.yearMet),
        p.compliant ? '达标' : '未达标',
        p.compliant ? 0 : hoursStillNeeded(p)
      ])
      if (!p.compliant) kept.push(p)
      tally.add(p)
      tick('正在写入汇总')
    }

    const detail = xlsx.addSheet('明细', DETAIL)
    for await (const c of readRows(input.claims, signal)) {
      detail.addRow([
        c.name,
        shownId(c.idNumber, fullId),
        c.department,
        c.kindLabel,
        c.title,
        c.startDate,
        c.endDate,
        categoryShort(c.category),
        tenthsToHours(c.hours),
        c.clause,
        c.explanation
      ])
      tick('正在写入明细')
    }

    const short = xlsx.addSheet('未达标', SHORT)
    for (const p of kept) {
      shortRow(short, p, fullId)
      tick('正在写入未达标名单')
    }

    const departments = xlsx.addSheet('部门统计', DEPARTMENTS)
    for (const d of tally.result()) {
      departments.addRow([d.department, d.people, d.compliant, d.people - d.compliant, d.rate])
      tick('正在写入部门统计')
    }

    const rows = summary.rows + detail.rows + short.rows + departments.rows
    throwIfCancelled(signal)
    await xlsx.finish()
    onProgress?.(total, total, '年度核认表已生成')
    return { path: outPath, rows, warnings: [] }
  } catch (e) {
    await xlsx.abort()
    throw e
  }
}
