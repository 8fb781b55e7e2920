import type { ImportIssue } from '../../../shared/domain/importReport'
import { issueMessage } from '../../import/issues'
import { sameName, type ClaimRef, type RosterLookup } from '../claims/bulk'


/**
 * Each claim must name a person on the roster, and a 姓名 given beside the ID must agree with
 * it. Problems are collected per row like any other import error, so the officer sees them all.
 */
export function matchClaimsToRoster(roster: RosterLookup, rows: readonly ClaimRef[], idHeader: string, nameHeader: string): ImportIssue[] {
  const issues: ImportIssue[] = []
  for (const r of rows) {
    const person = roster(r.idNumber)
    if (!person) {
      issues.push({ row: r.row, column: idHeader, message: issueMessage(r.row, idHeader, `名册中没有身份证号为 ${r.idNumber} 的人员，请先导入或登记人员名册`) })
    } else if (person.deleted) {
      issues.push({ row: r.row, column: idHeader, message: issueMessage(r.row, idHeader, `${person.name}（${r.idNumber}）已从名册删除，请先在人员名册中恢复`) })
    } else if (r.name && !sameName(r.name, person.name)) {
      issues.push({ row: r.row, column: nameHeader, message: issueMessage(r.row, nameHeader, `「${r.name}」与名册中该身份证号的姓名「${person.name}」不一致`) })
    }
  }
  return issues
}
