import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createBatch } from '../../src/main/services/batches'
import {
  addAttachment,
  addAttachmentBytes,
  addClaim,
  deleteClaim,
  editClaim,
  getAttachment,
  getClaim,
  insertClaims,
  listAttachments,
  listClaims,
  removeAttachment,
  setEvidence
} from '../../src/main/services/claims'
import { approve, returnClaims } from '../../src/main/services/review'
import { addEmployee } from '../../src/main/services/roster'
import type { Employee } from '../../src/shared/domain/employee'
import { idNumber } from '../helpers/idNumbers'
import { trainingFacts } from '../helpers/claimFacts'
import { tempStore, type TempStore } from '../helpers/tempStore'

let store: TempStore
let zhang: Employee
let li: Employee
beforeEach(async () => {
  store = await tempStore()
  zhang = addEmployee(store.ctx, { idNumber: idNumber(1), name: '张三', department: '内科' })
  li = addEmployee(store.ctx, { idNumber: idNumber(2), name: '李四', department: '外科' })
})
afterEach(() => store.cleanup())

const page = { offset: 0, limit: 100 }

describe('claims', () => {
  it('stores what the rules compute: hours, category, year, clause, explanation, pending status', () => {
    const c = addClaim(store.ctx, { employeeId: zhang.id, title: '全科医师培训', facts: trainingFacts() })
    expect(c).toMatchObject({
      computedHours: 240,
      hours: 240,
      category: 'professional',
      year: 2026,
      clause: '二.1',
      status: 'pending',
      evidenceComplete: true,
      employeeName: '张三',
      department: '内科'
    })
    expect(c.explanation).toContain('24 学时')
    expect(c.facts).toEqual(trainingFacts())
  })

  it('recomputes on edit and on a new evidence list', () => {
    const c = addClaim(store.ctx, { employeeId: zhang.id, title: '培训', facts: trainingFacts({ evidence: ['培训通知'] }) })
    expect(c.evidenceComplete).toBe(false)
    expect(c.warnings.map((w) => w.code)).toContain('evidenceIncomplete')
    const edited = editClaim(store.ctx, c.id, { employeeId: zhang.id, title: '培训', facts: trainingFacts({ days: 2, halfDays: 1, evidence: ['培训通知'] }) })
    expect(edited.computedHours).toBe(200)
    const fixed = setEvidence(store.ctx, c.id, ['培训通知', '培训日程安排', '其他签到形式'])
    expect(fixed).toMatchObject({ evidenceComplete: true, computedHours: 200 })
    expect(fixed.warnings.map((w) => w.code)).not.toContain('evidenceIncomplete')
  })

  it('puts a returned claim back to 待审核 when it is changed', () => {
    const c = addClaim(store.ctx, { employeeId: zhang.id, title: '培训', facts: trainingFacts({ evidence: ['培训通知'] }) })
    returnClaims(store.ctx, [c.id], '请补充签到表')
    expect(getClaim(store.ctx, c.id)).toMatchObject({ status: 'returned', decisionReason: '请补充签到表' })
    expect(setEvidence(store.ctx, c.id, ['培训通知', '培训课程表', '培训签到表'])).toMatchObject({ status: 'pending', decisionReason: null })
  })

  it('refuses to edit or delete an approved claim, saying why; deletes a pending one', () => {
    const c = addClaim(store.ctx, { employeeId: zhang.id, title: '培训', facts: trainingFacts() })
    approve(store.ctx, [c.id])
    expect(() => deleteClaim(store.ctx, c.id)).toThrow(/已审核通过，不能删除/)
    expect(() => setEvidence(store.ctx, c.id, [])).toThrow(/已审核通过，不能修改/)
    const other = addClaim(store.ctx, { employeeId: zhang.id, title: '另一个', facts: trainingFacts() })
    deleteClaim(store.ctx, other.id)
    expect(() => getClaim(store.ctx, other.id)).toThrow(/不存在/)
  })

  it('refuses a claim without any year, naming the field, and one for a deleted person', () => {
    expect(() =>
      addClaim(store.ctx, { employeeId: zhang.id, facts: { kind: 'training', days: 1, evidence: [] } })
    ).toThrow(/年度/)
    expect(() => addClaim(store.ctx, { employeeId: 999, facts: trainingFacts() })).toThrow(/人员：编号 999 不存在/)
  })

  it('flags possible duplicates (same person, kind, title, date) on both claims', () => {
    const a = addClaim(store.ctx, { employeeId: zhang.id, title: '心电图 培训', facts: trainingFacts() })
    expect(a.warnings.map((w) => w.code)).not.toContain('possibleDuplicate')
    const b = addClaim(store.ctx, { employeeId: zhang.id, title: '心电图培训', facts: trainingFacts() })
    expect(b.warnings.map((w) => w.code)).toContain('possibleDuplicate')
    expect(getClaim(store.ctx, a.id).warnings.map((w) => w.code)).toContain('possibleDuplicate')
    const other = addClaim(store.ctx, { employeeId: li.id, title: '心电图培训', facts: trainingFacts() })
    expect(other.warnings.map((w) => w.code)).not.toContain('possibleDuplicate')
  })

  it('lists pages filtered by year, status, kind, department, employee, warnings and search', () => {
    addClaim(store.ctx, { employeeId: zhang.id, title: '培训甲', facts: trainingFacts() })
    addClaim(store.ctx, { employeeId: zhang.id, title: '培训乙', facts: trainingFacts({ startDate: '2025-05-01', endDate: '2025-05-01', days: 1, evidence: [] }) })
    const paper = addClaim(store.ctx, {
      employeeId: li.id,
      title: '论文',
      facts: { kind: 'paper', year: 2026, role: 'firstAuthor', endDate: '2026-06-01', evidence: ['刊物封面', '刊号', '目录'] }
    })
    expect(listClaims(store.ctx, {}, page).total).toBe(3)
    expect(listClaims(store.ctx, { year: 2026 }, page).total).toBe(2)
    expect(listClaims(store.ctx, { kind: 'paper' }, page).rows.map((r) => r.id)).toEqual([paper.id])
    expect(listClaims(store.ctx, { department: '外科' }, page).total).toBe(1)
    expect(listClaims(store.ctx, { employeeId: zhang.id }, page).total).toBe(2)
    expect(listClaims(store.ctx, { hasWarnings: true }, page).rows.map((r) => r.title)).toContain('培训乙')
    expect(listClaims(store.ctx, { search: '李四' }, page).total).toBe(1)
    expect(listClaims(store.ctx, { search: '培训' }, page).total).toBe(2)
    approve(store.ctx, [paper.id])
    expect(listClaims(store.ctx, { status: 'approved' }, page).rows.map((r) => r.id)).toEqual([paper.id])
    const paged = listClaims(store.ctx, {}, { offset: 2, limit: 2 })
    expect(paged).toMatchObject({ total: 3, offset: 2 })
    expect(paged.rows).toHaveLength(1)
  })
})

describe('claims bulk insert (import)', () => {
  const rows = [
    { idNumber: idNumber(1), name: '张三', title: '培训甲', facts: trainingFacts(), row: 2 },
    { idNumber: idNumber(2), title: '培训乙', facts: trainingFacts(), row: 3 }
  ]

  it('inserts pending claims against the batch and is idempotent by fingerprint', () => {
    const b1 = createBatch(store.ctx, 'claims', 'c.xlsx')
    const first = insertClaims(store.ctx, rows, b1)
    expect(first).toMatchObject({ added: 2, unchanged: 0 })
    expect(listClaims(store.ctx, { batchId: b1 }, page).rows.every((r) => r.status === 'pending' && r.batchId === b1)).toBe(true)
    const b2 = createBatch(store.ctx, 'claims', 'c.xlsx')
    expect(insertClaims(store.ctx, rows, b2)).toEqual({ added: 0, unchanged: 2, ids: [] })
    expect(listClaims(store.ctx, {}, page).total).toBe(2)
  })

  it('refuses the whole list when a person is unknown or the name disagrees with the roster', () => {
    const b = createBatch(store.ctx, 'claims', 'c.xlsx')
    expect(() => insertClaims(store.ctx, [...rows, { idNumber: idNumber(9), facts: trainingFacts(), row: 4 }], b)).toThrow(/第 4 行：身份证号：名册中没有此人/)
    expect(() => insertClaims(store.ctx, [{ ...rows[0]!, name: '张叁' }], b)).toThrow(/第 2 行：姓名：「张叁」与名册/)
    expect(listClaims(store.ctx, {}, page).total).toBe(0)
  })
})

describe('attachments', () => {
  it('copies the file under its SHA-256, reuses identical content, and resolves an opaque id', () => {
    const c = addClaim(store.ctx, { employeeId: zhang.id, title: '培训', facts: trainingFacts() })
    const source = join(store.dir, '结业证书.pdf')
    const content = Buffer.from('%PDF-1.4 certificate')
    writeFileSync(source, content)
    const hash = createHash('sha256').update(content).digest('hex')
    const info = addAttachment(store.ctx, c.id, source)
    expect(info).toMatchObject({ id: hash, name: '结业证书.pdf', size: content.length, mime: 'application/pdf' })
    const stored = getAttachment(store.ctx, hash)
    expect(stored.path).toBe(join(store.dir, 'attachments', hash.slice(0, 2), hash))
    expect(readFileSync(stored.path)).toEqual(content)
    const other = addClaim(store.ctx, { employeeId: li.id, title: '培训', facts: trainingFacts() })
    expect(addAttachmentBytes(store.ctx, other.id, 'copy.pdf', content).id).toBe(hash)
    expect(listAttachments(store.ctx, other.id)).toHaveLength(1)
    removeAttachment(store.ctx, c.id, hash)
    expect(listAttachments(store.ctx, c.id)).toEqual([])
    expect(getAttachment(store.ctx, hash).path).toBe(stored.path)
  })

  it('refuses a path-like or unknown id, an empty file and a missing source', () => {
    const c = addClaim(store.ctx, { employeeId: zhang.id, title: '培训', facts: trainingFacts() })
    expect(() => getAttachment(store.ctx, '../../etc/passwd')).toThrow(/附件编号无效/)
    expect(() => getAttachment(store.ctx, 'a'.repeat(64))).toThrow(/附件不存在/)
    expect(() => addAttachmentBytes(store.ctx, c.id, 'empty.pdf', new Uint8Array())).toThrow(/空文件/)
    expect(() => addAttachment(store.ctx, c.id, join(store.dir, 'nope.pdf'))).toThrow(/找不到文件/)
  })
})

describe('claims typed in a grid', () => {
  it('saves all rows or none, naming the row in error', async () => {
    const { addClaims } = await import('../../src/main/services/claims')
    expect(() =>
      addClaims(store.ctx, [
        { employeeId: zhang.id, title: '甲', facts: trainingFacts() },
        { employeeId: 999, title: '乙', facts: trainingFacts() }
      ])
    ).toThrow(/第 2 行：人员：编号 999 不存在/)
    expect(listClaims(store.ctx, {}, page).total).toBe(0)
    expect(addClaims(store.ctx, [{ employeeId: zhang.id, title: '甲', facts: trainingFacts() }])).toHaveLength(1)
  })
})
