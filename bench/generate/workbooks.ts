import ExcelJS from 'exceljs'
import { formatHours } from '../../src/shared/hours'
import { ASSESSMENTS, CATEGORIES, GRADES, KINDS, LEVELS, ROLES } from '../../src/shared/vocabulary'
import type { GeneratedClaim } from './claims'
import type { Person } from './people'

export const ROSTER_SHEET = '人员名册'
export const ROSTER_HEADER = ['姓名*', '身份证号*', '性别', '部门*', '专业技术职务', '职称级别', '手机号码', '人员状态'] as const

export const CLAIMS_SHEET = '学时申报'
export const CLAIMS_HEADER = [
  '身份证号*', '姓名', '年度', '继续教育形式*', '科目类别', '项目名称', '开始日期', '结束日期', '天数', '半天数', '学时', '级别',
  '角色', '排名', '等次', '数量', '考核结果', '已提供材料', '备注'
] as const

const labelOf = <T extends string>(entries: readonly { id: T; label: string }[]): ((id: T | undefined) => string | null) => {
  const map = new Map<string, string>(entries.map((e) => [e.id, e.label]))
  return (id) => (id === undefined ? null : (map.get(id) ?? null))
}
const kindLabel = labelOf(KINDS)
const categoryLabel = labelOf(CATEGORIES)
const levelLabel = labelOf(LEVELS)
const roleLabel = labelOf(ROLES)
const gradeLabel = labelOf(GRADES)
const assessmentLabel = labelOf(ASSESSMENTS)

/** A claim as one row of the 学时申报 sheet, in the labels an officer types. */
export function claimRow(claim: GeneratedClaim, person: Person): (string | number | null)[] {
  const f = claim.facts
  return [
    person.idNumber, person.name, f.year, kindLabel(f.kind), categoryLabel(f.category), claim.title, f.startDate ?? null,
    f.endDate ?? null, f.days ?? null, f.halfDays ?? null, f.statedHours === undefined ? null : Number(formatHours(f.statedHours)),
    levelLabel(f.level), roleLabel(f.role), f.rank ?? null, gradeLabel(f.grade), f.quantity ?? null, assessmentLabel(f.assessment),
    f.evidence.join('、'), claim.note
  ]
}

export const personRow = (p: Person): string[] => [p.name, p.idNumber, p.gender, p.department, p.title, p.titleLevel, p.phone, p.status]

/**
 * Writes one sheet with exceljs's streaming writer, committing each row, so a 100,000-row
 * workbook never sits in memory. Text columns (ID, dates) carry the text format '@' as the
 * template asks, and shared strings are on as Excel itself writes them.
 */
export async function writeSheet(
  file: string,
  sheetName: string,
  header: readonly string[],
  textColumns: readonly number[],
  rows: Iterable<(string | number | null)[]>
): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true })
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = header.map((h, i) => ({ key: `c${i}`, width: 14, style: textColumns.includes(i + 1) ? { numFmt: '@' } : {} }))
  sheet.addRow([...header]).commit()
  let count = 0
  for (const row of rows) {
    sheet.addRow(row).commit()
    count++
  }
  sheet.commit()
  await workbook.commit()
  return count
}

export function writeRoster(file: string, people: readonly Person[]): Promise<number> {
  return writeSheet(file, ROSTER_SHEET, ROSTER_HEADER, [2, 7], people.map(personRow))
}

export function writeClaims(file: string, claims: Iterable<GeneratedClaim>, people: readonly Person[]): Promise<number> {
  function* rows(): Generator<(string | number | null)[]> {
    for (const c of claims) {
      const person = people[c.person]
      if (person) yield claimRow(c, person)
    }
  }
  return writeSheet(file, CLAIMS_SHEET, CLAIMS_HEADER, [1, 7, 8], rows())
}
