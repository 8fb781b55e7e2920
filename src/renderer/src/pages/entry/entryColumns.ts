import { ASSESSMENTS, CATEGORIES, GRADES, KINDS, LEVELS, ROLES, foldText } from '../../../../shared/vocabulary'
import { CLAIM_COLUMNS, type ClaimColumn } from '../../../../shared/rules'

export type EntryColumnKey =
  | 'idNumber' | 'name' | 'year' | 'kind' | 'category' | 'title' | 'startDate' | 'endDate' | 'days' | 'halfDays'
  | 'hours' | 'level' | 'role' | 'rank' | 'grade' | 'quantity' | 'assessment' | 'evidence' | 'note'

export interface EntryColumn {
  key: EntryColumnKey
  /** The claims template's header (申报导入模板). */
  header: ClaimColumn
  width: number
  /** Words the cell accepts, offered as completions. */
  options?: readonly string[]
  /** Other headers officers' sheets use for the same column. */
  synonyms?: readonly string[]
}

const labels = (list: readonly { label: string }[]): string[] => list.map((e) => e.label)

const KEYS: Record<ClaimColumn, EntryColumnKey> = {
  身份证号: 'idNumber', 姓名: 'name', 年度: 'year', 继续教育形式: 'kind', 科目类别: 'category', 项目名称: 'title',
  开始日期: 'startDate', 结束日期: 'endDate', 天数: 'days', 半天数: 'halfDays', 学时: 'hours', 级别: 'level', 角色: 'role',
  排名: 'rank', 等次: 'grade', 数量: 'quantity', 考核结果: 'assessment', 已提供材料: 'evidence', 备注: 'note'
}

const WIDTHS: Partial<Record<EntryColumnKey, number>> = {
  idNumber: 176, name: 96, year: 64, kind: 120, category: 96, title: 200, startDate: 108, endDate: 108,
  level: 116, role: 104, grade: 84, assessment: 84, evidence: 240, note: 150
}

const OPTIONS: Partial<Record<EntryColumnKey, readonly string[]>> = {
  kind: labels(KINDS), category: labels(CATEGORIES), level: labels(LEVELS), role: labels(ROLES),
  grade: labels(GRADES), assessment: labels(ASSESSMENTS)
}

const SYNONYMS: Partial<Record<EntryColumnKey, readonly string[]>> = {
  idNumber: ['身份证号码', '公民身份号码', '证件号码'],
  kind: ['形式', '继续教育方式', '类型'],
  category: ['类别', '科目'],
  title: ['名称', '项目', '内容'],
  hours: ['申报学时', '学时数'],
  evidence: ['材料', '提供材料', '证明材料'],
  note: ['说明']
}

/** The grid's columns, in the template's order, so rows copied from the template paste straight in. */
export const ENTRY_COLUMNS: readonly EntryColumn[] = CLAIM_COLUMNS.map((header) => {
  const key = KEYS[header]
  return { key, header, width: WIDTHS[key] ?? 64, options: OPTIONS[key], synonyms: SYNONYMS[key] }
})

const headerKey = (text: string): string => foldText(text).replace(/[*＊]/g, '').replace(/\(必填\)|必填$/g, '')

const HEADER_INDEX = new Map<string, EntryColumnKey>(
  ENTRY_COLUMNS.flatMap((c) => [c.header, ...(c.synonyms ?? [])].map((h) => [headerKey(h), c.key] as const))
)

/** The column a header cell names, or undefined ("身份证号*" and "身份证号（必填）" both work). */
export function columnForHeader(text: string): EntryColumnKey | undefined {
  const key = headerKey(text)
  return HEADER_INDEX.get(key) ?? HEADER_INDEX.get(key.replace(/\([^)]*\)$/, ''))
}
