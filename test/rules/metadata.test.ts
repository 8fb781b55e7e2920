import { describe, expect, it } from 'vitest'
import type { ClaimFacts } from '../../src/shared/domain'
import { hoursToTenths } from '../../src/shared/hours'
import { CLAIM_COLUMNS, evaluateClaim, exampleFor, kindClause, kindFields, kindInfo } from '../../src/shared/rules'
import { parseDate, parseIdNumber } from '../../src/shared/validators'
import {
  KIND_IDS,
  parseAssessment,
  parseCategory,
  parseEvidenceList,
  parseGrade,
  parseKind,
  parseLevel,
  parseRole,
  type KindId
} from '../../src/shared/vocabulary'

type Row = ReturnType<typeof exampleFor>

const num = (text: string | undefined): number | undefined => (text ? Number(text) : undefined)
const date = (text: string | undefined): string | undefined => {
  if (!text) return undefined
  const parsed = parseDate(text)
  return parsed.ok ? parsed.value : undefined
}

/** Reads an example row the way an import would, to prove the examples are valid claims. */
function factsOf(row: Row): ClaimFacts {
  const kind = parseKind(row.继续教育形式 ?? '')
  if (!kind) throw new Error(`unknown kind ${row.继续教育形式}`)
  return {
    kind,
    year: num(row.年度),
    category: row.科目类别 ? parseCategory(row.科目类别) : undefined,
    startDate: date(row.开始日期),
    endDate: date(row.结束日期),
    days: num(row.天数),
    halfDays: num(row.半天数),
    statedHours: row.学时 ? hoursToTenths(Number(row.学时)) : undefined,
    level: row.级别 ? parseLevel(row.级别) : undefined,
    role: row.角色 ? parseRole(row.角色) : undefined,
    rank: num(row.排名),
    grade: row.等次 ? parseGrade(row.等次) : undefined,
    quantity: num(row.数量),
    assessment: row.考核结果 ? parseAssessment(row.考核结果) : undefined,
    evidence: parseEvidenceList(row.已提供材料 ?? '').names,
    platform: row.备注?.replace(/^平台：/, '')
  }
}

const EXPECTED_HOURS: Record<KindId, number> = {
  training: 200, practice: 160, online: 120, conference: 120, project: 300, book: 600, paper: 300,
  invention: 300, utilityModel: 300, award: 300, skillContest: 100, sanyuan: 900, expertService: 240,
  publicHealth: 0, degree: 600, qualificationExam: 300, digitalExam: 300, overseas: 900
}

describe('example rows for the import template (填写说明)', () => {
  it.each(KIND_IDS)('the %s example is a complete, valid 2026 claim', (kind) => {
    const row = exampleFor(kind)
    for (const column of Object.keys(row)) expect(CLAIM_COLUMNS).toContain(column)
    expect(parseIdNumber(row.身份证号 ?? '').ok).toBe(true)
    const result = evaluateClaim(factsOf(row))
    expect(result.evidence.complete).toBe(true)
    expect(result.warnings.map((w) => w.code).filter((c) => c !== 'nationalBase' && c !== 'manualHours')).toEqual([])
    expect(result.hours).toBe(EXPECTED_HOURS[kind])
    expect(result.needsManualHours).toBe(kind === 'publicHealth')
  })
})

describe('kind metadata', () => {
  it('names the clauses of each kind', () => {
    expect(kindClause('training')).toBe('一.1 / 二.1')
    expect(kindClause('invention')).toBe('一.7 / 二.4')
    expect(kindClause('skillContest')).toBe('— / 二.10、二.11')
  })

  it('says which categories a kind may count in', () => {
    expect(kindInfo('training').categories).toEqual(['public', 'professional'])
    expect(kindInfo('online').categories).toEqual(['public', 'professional'])
    expect(kindInfo('conference').categories).toEqual(['professional'])
  })

  it('describes the conversion in Chinese from the table', () => {
    expect(kindInfo('training').conversionText).toBe('每天 8 学时，半天 4 学时')
    expect(kindInfo('project').conversionText).toBe('省部级及以上：主持人 60、主要完成人 30、其他参与人 10 学时；市厅级：主持人 30、其他参与人 10 学时')
    expect(kindInfo('skillContest').conversionText).toContain('省级（二.11）：金奖 30、银奖 10、铜奖 5 学时')
    expect(kindInfo('utilityModel').conversionText).toContain('独立或排名第一 30')
    expect(kindInfo('publicHealth').conversionText).toContain('人工认定')
  })

  it('lists the template columns each kind uses', () => {
    expect(kindFields('paper')).toEqual(['结束日期', '角色', '排名', '数量'])
    expect(kindFields('sanyuan')).toContain('考核结果')
  })
})
