import type Database from 'better-sqlite3'
import type { ImportIssue } from '../../../shared/domain/importReport'
import type { ParsedClaimRow } from '../../import/parseClaims'
import { issueMessage } from '../../import/issues'

/** Names compare without spaces: 「张 喆」 in one sheet is 「张喆」 on the roster. */
const sameName = (a: string, b: string): boolean => a.replace(/[\s\u3000]/g, '') === b.replace(/[\s\u3000]/g, '')

interface Person {
  name: string
  deleted: boolean
}

/** Every roster person by ID number, read once (50,000 rows is a few MB) instead of per row. */
function rosterByIdNumber(db: Database.Database): Map<string, Person> {
  const map = new Map<string, Person>()
  const rows = db.prepare<[], { id_number: string; name: string; deleted_at: string | null }>('SELECT id_number, name, deleted_at FROM employees').iterate()
  for (const r of rows) map.set(r.id_number, { name: r.name, deleted: r.deleted_at !== null })
  return map
}

/**
 * Each claim must name a person on the roster, and a 姓名 given beside the ID must agree with
 * it. Problems are collected per row like any other import error, so the officer sees them all.
 */
export function matchClaimsToRoster(db: Database.Database, rows: readonly ParsedClaimRow[], idHeader: string, nameHeader: string): ImportIssue[] {
  const roster = rosterByIdNumber(db)
  const issues: ImportIssue[] = []
  for (const r of rows) {
    const person = roster.get(r.idNumber)
    if (!person) {
      issues.push({ row: r.rowNumber, column: idHeader, message: issueMessage(r.rowNumber, idHeader, `名册中没有身份证号为 ${r.idNumber} 的人员，请先导入或登记人员名册`) })
    } else if (person.deleted) {
      issues.push({ row: r.rowNumber, column: idHeader, message: issueMessage(r.rowNumber, idHeader, `${person.name}（${r.idNumber}）已从名册删除，请先在人员名册中恢复`) })
    } else if (r.name && !sameName(r.name, person.name)) {
      issues.push({ row: r.rowNumber, column: nameHeader, message: issueMessage(r.rowNumber, nameHeader, `「${r.name}」与名册中该身份证号的姓名「${person.name}」不一致`) })
    }
  }
  return issues
}
