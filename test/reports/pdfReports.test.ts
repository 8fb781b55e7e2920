import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { certificateCode } from '../../src/main/reports/certificateCode'
import { writeCertificates } from '../../src/main/reports/certificates'
import { writeRecord } from '../../src/main/reports/record'
import type { IssuedCertificate, RecordYear } from '../../src/main/reports/types'
import { writeUnitReport } from '../../src/main/reports/unitReport'
import { isAppError } from '../../src/shared/errors'
import { formatHours } from '../../src/shared/hours'
import { maskIdNumber } from '../../src/shared/validators/idNumber'
import { busyPerson, departmentsOf, makePeople, MALICIOUS, RARE_NAMES, subjects, unit } from './fixtures'
import { compact, filesIn, FULL_ID, inkRatio, pdfPages, pdfText, tempDir } from './helpers'

const tmp = tempDir()
afterAll(tmp.cleanup)
const generatedAt = new Date(2026, 11, 31)
const people = makePeople(120)
const short = people.filter((p) => !p.summary.compliant)

describe('writeUnitReport', () => {
  const path = join(tmp.dir, '核认报告.pdf')
  let text = ''
  let pages = 0
  beforeAll(async () => {
    const result = await writeUnitReport({ unit, departments: departmentsOf(people), people: people.map((p) => p.summary) }, path, { generatedAt })
    expect(result.warnings).toEqual([])
    pages = result.pages ?? 0
    text = compact(pdfText(path))
  })

  it('states the unit, year, policy, totals and signature block', () => {
    expect(pages).toBe(pdfPages(path))
    for (const s of [unit.unitName, '2026年度专业技术人员继续教育学时核认报告', '不少于90学时', '公需科目不少于30学时', '经办人', '单位负责人', '单位盖章', '日期', '生成日期：2026年12月31日'])
      expect(text).toContain(s)
    expect(text).toContain(`专业技术人员：${people.length}人`)
    expect(text).toContain(`未达标人数：${short.length}人`)
    expect(text).toContain(`第1页/共${pages}页`)
    expect(text).toContain(`第${pages}页/共${pages}页`)
  })

  it('lists everyone short with the shortfall, rare names intact', () => {
    for (const p of short) expect(text).toContain(compact(`${p.summary.name}${maskIdNumber(p.summary.idNumber)}`))
    expect(text).toContain('赵玥')
    const first = short[0]!.summary
    expect(text).toContain(`${formatHours(first.publicHours)}${formatHours(first.professionalHours)}${formatHours(first.totalHours)}`)
  })

  it('repeats the table header on every page the list reaches, and shows no full ID', () => {
    for (let page = 2; page <= pages; page++) expect(compact(pdfText(path, page))).toMatch(/序号姓名身份证号部门/)
    expect(text).not.toMatch(FULL_ID)
    expect(inkRatio(path)).toBeGreaterThan(0.01)
  })
})

describe('writeCertificates', () => {
  const path = join(tmp.dir, '学时证明.pdf')
  const busy = busyPerson()
  const few = [...people.slice(0, 8), busy]
  const issued: IssuedCertificate[] = []
  const progress: number[] = []
  let pages = 0
  beforeAll(async () => {
    const result = await writeCertificates({ unit, people: subjects(few) }, path, {
      generatedAt,
      onIssued: (c) => issued.push(c),
      onProgress: (done) => progress.push(done)
    })
    pages = result.pages ?? 0
  })

  it('gives each person a page, and a long list of claims continues on numbered pages', () => {
    expect(pdfPages(path)).toBe(pages)
    expect(pages).toBe(8 + 3)
    const first = compact(pdfText(path, 1))
    expect(first).toContain('专业技术人员继续教育学时证明')
    expect(first).toContain(compact(`${RARE_NAMES[0]}`))
    expect(first).toContain('第1页/共1页')
    for (const page of [9, 10, 11]) {
      const t = compact(pdfText(path, page))
      expect(t).toContain(`第${page - 8}页/共3页`)
      expect(t).toContain('序号继续教育形式项目名称')
    }
    expect(compact(pdfText(path, 10))).toContain(`学时证明（续页）姓名：${busy.summary.name}`)
    expect(compact(pdfText(path, 11))).toContain('核认结论')
  })

  it('prints names, figures, claims and the code; the ID masked', () => {
    const text = compact(pdfText(path))
    for (const name of RARE_NAMES) expect(text).toContain(name)
    for (const c of issued) expect(text).toContain(`验证码：${c.code}`)
    expect(text).toContain(compact(MALICIOUS[3]!))
    const p = few[0]!.summary
    expect(text).toContain(`合计：${formatHours(p.totalHours)}学时`)
    expect(text).toContain(maskIdNumber(p.idNumber))
    expect(text).not.toMatch(FULL_ID)
    expect(inkRatio(path)).toBeGreaterThan(0.01)
    expect(inkRatio(path, 10)).toBeGreaterThan(0.01)
  })

  it('issues one code per person, derived from what the certificate states', () => {
    expect(issued.map((c) => c.idNumber)).toEqual(few.map((p) => p.summary.idNumber))
    for (const c of issued) {
      expect(c.code).toBe(certificateCode(c.content))
      expect(c.code).toMatch(/^[A-Z2-7]{10}$/)
      expect(c.year).toBe(2026)
    }
    expect(new Set(issued.map((c) => c.code)).size).toBe(issued.length)
    expect(progress.at(-1)).toBe(few.length)
  })

  it('reports a name the font cannot print, and prints a visible mark in its place', async () => {
    const odd = { ...few[0]!, summary: { ...few[0]!.summary, name: '张\u{2A6A5}' } }
    const target = join(tmp.dir, 'odd.pdf')
    const result = await writeCertificates({ unit, people: subjects([odd]) }, target, { generatedAt })
    expect(result.warnings).toHaveLength(1)
    expect(result.warnings[0]).toContain('U+2A6A5')
    expect(compact(pdfText(target))).toContain('姓名：张〓')
  })

  it('stops on cancel and leaves no file under the final name', async () => {
    const dir = join(tmp.dir, 'cancel')
    mkdirSync(dir)
    const controller = new AbortController()
    const target = join(dir, 'c.pdf')
    let count = 0
    const error = await writeCertificates({ unit, people: subjects(people) }, target, {
      signal: controller.signal,
      onIssued: () => {
        if (++count === 5) controller.abort()
      }
    }).catch((e: unknown) => e)
    expect(isAppError(error) && error.code).toBe('cancelled')
    expect(isAppError(error) && error.message).toBe('已取消导出')
    expect(existsSync(target)).toBe(false)
    expect(filesIn(dir)).toEqual([])
  })
})

describe('certificateCode', () => {
  const content = {
    unitName: unit.unitName,
    year: 2026,
    idNumber: '430102199001011234',
    name: '王喆',
    department: '设计一所',
    title: '工程师',
    claims: [{ kindLabel: '培训班', title: '公需科目培训', startDate: '2026-03-02', endDate: '2026-03-05', category: 'public' as const, hours: 320 }],
    publicHours: 320,
    professionalHours: 600,
    totalHours: 920,
    yearMet: false,
    compliant: true
  }

  it('is the same for the same content, whatever the key order', () => {
    const reordered = Object.fromEntries(Object.entries(content).reverse()) as typeof content
    expect(certificateCode(content)).toBe(certificateCode(structuredClone(content)))
    expect(certificateCode(reordered)).toBe(certificateCode(content))
    expect(certificateCode(content)).toMatch(/^[A-Z2-7]{10}$/)
  })

  it('changes when anything stated changes', () => {
    const base = certificateCode(content)
    expect(certificateCode({ ...content, totalHours: 921 })).not.toBe(base)
    expect(certificateCode({ ...content, name: '王哲' })).not.toBe(base)
    expect(certificateCode({ ...content, claims: [{ ...content.claims[0]!, hours: 330 }] })).not.toBe(base)
  })
})

describe('writeRecord', () => {
  const path = join(tmp.dir, '学时认定单.pdf')
  const p = people[1]!
  const busy = busyPerson()
  const years: RecordYear[] = [2024, 2025, 2026].map((year, i) => ({
    year,
    policy: { ...unit.policy, year },
    summary: i === 1 ? busy.summary : p.summary,
    claims: i === 1 ? busy.claims.slice(0, 14) : p.claims
  }))

  it('shows each year’s figures and the claims behind them', async () => {
    const result = await writeRecord(
      { unitName: unit.unitName, officerName: unit.officerName, person: { ...p.summary }, years },
      path,
      { generatedAt }
    )
    const text = compact(pdfText(path))
    expect(result.pages).toBe(pdfPages(path))
    expect(text).toContain('专业技术人员继续教育学时认定单')
    expect(text).toContain('2024—2026年度')
    expect(text).toContain(RARE_NAMES[1])
    for (const y of years) {
      const s = y.summary
      expect(text).toContain(`${y.year}${formatHours(s.publicHours)}${formatHours(s.professionalHours)}${formatHours(s.totalHours)}`)
      expect(text).toContain(compact(`${y.year}年度：公需 ${formatHours(s.publicHours)}、专业 ${formatHours(s.professionalHours)}`))
    }
    expect(text).toContain(compact(MALICIOUS[0]!))
    expect(text).toContain('单位盖章')
    expect(text).not.toMatch(FULL_ID)
    expect(inkRatio(path)).toBeGreaterThan(0.01)
  })
})

describe('the signature block', () => {
  // However long the list before it, the page that is signed also carries the end of that list.
  it('never stands alone on a page: it takes the last row of the table before it along', async () => {
    const pagesSeen = new Set<number>()
    for (let n = 2; n <= 74; n += 3) {
      const group = makePeople(n)
      const path = join(tmp.dir, `报告-${n}.pdf`)
      const { pages = 0 } = await writeUnitReport({ unit, departments: departmentsOf(group), people: group.map((p) => p.summary) }, path, { generatedAt })
      pagesSeen.add(pages)
      const last = compact(pdfText(path, pages))
      expect(last).toContain('单位负责人')
      if (pages > 1) expect(last).toMatch(/序号姓名身份证号部门/)
    }
    // The range crosses the point where the list fills the first page.
    expect(pagesSeen.size).toBeGreaterThan(1)
  })
})
