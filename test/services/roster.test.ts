import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createBatch } from '../../src/main/services/batches'
import { listAudit } from '../../src/main/services/audit'
import {
  addEmployee,
  editEmployee,
  getEmployee,
  listDepartments,
  listEmployees,
  restoreEmployee,
  softDeleteEmployee,
  upsertEmployees
} from '../../src/main/services/roster'
import { updateSettings } from '../../src/main/services/settings'
import { idNumber } from '../helpers/idNumbers'
import { tempStore, type TempStore } from '../helpers/tempStore'

let store: TempStore
beforeEach(async () => {
  store = await tempStore()
})
afterEach(() => store.cleanup())

const page = { offset: 0, limit: 100 }

describe('roster', () => {
  it('adds a person with a normalised ID, the gender read from it, and the department created on first use', () => {
    const e = addEmployee(store.ctx, { idNumber: ` ${idNumber(1)} `, name: ' 张三 ', department: '内科' })
    expect(e).toMatchObject({ idNumber: idNumber(1), name: '张三', department: '内科', gender: 'male', status: 'active', deletedAt: null })
    expect(listDepartments(store.ctx)).toEqual([{ id: e.departmentId, name: '内科', people: 1 }])
  })

  it('upgrades a 15-digit ID to 18 digits', () => {
    const e = addEmployee(store.ctx, { idNumber: '430102900307123', name: '老号码', department: '内科' })
    expect(e.idNumber).toHaveLength(18)
    expect(e.idNumber.slice(6, 14)).toBe('19900307')
  })

  it('refuses an invalid ID number, naming the field', () => {
    expect(() => addEmployee(store.ctx, { idNumber: '430102199003071235', name: '张三', department: '内科' })).toThrow(/身份证号.*校验位/)
  })

  it('refuses a duplicate ID as a conflict naming the holder, also when the holder is deleted', () => {
    const first = addEmployee(store.ctx, { idNumber: idNumber(1), name: '张三', department: '内科' })
    expect(() => addEmployee(store.ctx, { idNumber: idNumber(1), name: '李四', department: '外科' })).toThrow(/已属于人员「张三」/)
    softDeleteEmployee(store.ctx, first.id)
    try {
      addEmployee(store.ctx, { idNumber: idNumber(1), name: '李四', department: '外科' })
      expect.unreachable()
    } catch (e) {
      expect(e).toMatchObject({ code: 'conflict' })
      expect(String(e)).toMatch(/已删除/)
    }
  })

  it('refuses a gender that contradicts the ID number', () => {
    expect(() => addEmployee(store.ctx, { idNumber: idNumber(1), name: '张三', department: '内科', gender: 'female' })).toThrow(/性别/)
  })

  it('edits, soft-deletes and restores, each in the audit log with the officer and before/after', () => {
    updateSettings(store.ctx, { officerName: '王经办' })
    const e = addEmployee(store.ctx, { idNumber: idNumber(1), name: '张三', department: '内科' })
    const edited = editEmployee(store.ctx, e.id, { idNumber: idNumber(1), name: '张三丰', department: '外科', titleLevel: 'intermediate' })
    expect(edited).toMatchObject({ name: '张三丰', department: '外科', titleLevel: 'intermediate' })
    expect(softDeleteEmployee(store.ctx, e.id).deletedAt).not.toBeNull()
    expect(() => softDeleteEmployee(store.ctx, e.id)).toThrow(/已被删除/)
    expect(restoreEmployee(store.ctx, e.id).deletedAt).toBeNull()
    const log = listAudit(store.ctx, { entity: 'employee' }, page).rows
    expect(log.map((l) => l.action)).toEqual(['employee.restore', 'employee.delete', 'employee.edit', 'employee.add'])
    expect(log.every((l) => l.officer === '王经办')).toBe(true)
    const edit = log.find((l) => l.action === 'employee.edit')
    expect(edit?.before).toMatchObject({ name: '张三', department: '内科' })
    expect(edit?.after).toMatchObject({ name: '张三丰', department: '外科' })
  })

  it('refuses editing to an ID that belongs to someone else', () => {
    addEmployee(store.ctx, { idNumber: idNumber(1), name: '张三', department: '内科' })
    const b = addEmployee(store.ctx, { idNumber: idNumber(2), name: '李四', department: '内科' })
    expect(() => editEmployee(store.ctx, b.id, { idNumber: idNumber(1), name: '李四', department: '内科' })).toThrow(/已属于人员「张三」/)
  })

  it('lists a page from SQL with the total, filtered by search text, department, status and deletion', () => {
    const names = ['张三', '李四', '王五', '赵六', '张小明']
    names.forEach((name, i) => addEmployee(store.ctx, { idNumber: idNumber(i), name, department: i % 2 ? '外科' : '内科', status: i === 3 ? 'retired' : 'active' }))
    const all = listEmployees(store.ctx, {}, { offset: 0, limit: 2 })
    expect(all.total).toBe(5)
    expect(all.rows).toHaveLength(2)
    expect(listEmployees(store.ctx, { search: '张' }, page).rows.map((r) => r.name).sort()).toEqual(['张小明', '张三'].sort())
    expect(listEmployees(store.ctx, { search: idNumber(2).slice(10) }, page).rows.map((r) => r.name)).toEqual(['王五'])
    expect(listEmployees(store.ctx, { search: '外' }, page).total).toBe(2)
    expect(listEmployees(store.ctx, { department: '内科' }, page).total).toBe(3)
    expect(listEmployees(store.ctx, { department: '不存在' }, page).total).toBe(0)
    expect(listEmployees(store.ctx, { status: 'retired' }, page).rows.map((r) => r.name)).toEqual(['赵六'])
    softDeleteEmployee(store.ctx, all.rows[0]?.id ?? 0)
    expect(listEmployees(store.ctx, {}, page).total).toBe(4)
    expect(listEmployees(store.ctx, { includeDeleted: true }, page).total).toBe(5)
    expect(listEmployees(store.ctx, { search: '%' }, page).total).toBe(0)
  })

  it('reports an unknown id as not_found', () => {
    expect(() => getEmployee(store.ctx, 99)).toThrow(/人员编号 99 不存在/)
  })
})

describe('roster bulk upsert (import)', () => {
  it('counts added, updated and unchanged, and a second identical run changes nothing', () => {
    const rows = [0, 1, 2].map((i) => ({ idNumber: idNumber(i), name: `员工${i}`, department: '内科' }))
    const b1 = createBatch(store.ctx, 'roster', 'a.xlsx')
    expect(upsertEmployees(store.ctx, rows, b1)).toEqual({ added: 3, updated: 0, unchanged: 0 })
    const changed = [{ ...rows[0]!, name: '改名' }, rows[1]!, rows[2]!, { idNumber: idNumber(3), name: '新人', department: '外科' }]
    const b2 = createBatch(store.ctx, 'roster', 'b.xlsx')
    expect(upsertEmployees(store.ctx, changed, b2)).toEqual({ added: 1, updated: 1, unchanged: 2 })
    const b3 = createBatch(store.ctx, 'roster', 'b.xlsx')
    expect(upsertEmployees(store.ctx, changed, b3)).toEqual({ added: 0, updated: 0, unchanged: 4 })
  })

  it('keeps the stored status when the row gives none, and restores a deleted person who reappears', () => {
    const e = addEmployee(store.ctx, { idNumber: idNumber(1), name: '张三', department: '内科', status: 'retired' })
    softDeleteEmployee(store.ctx, e.id)
    const b = createBatch(store.ctx, 'roster', 'a.xlsx')
    expect(upsertEmployees(store.ctx, [{ idNumber: idNumber(1), name: '张三', department: '内科' }], b)).toEqual({ added: 0, updated: 1, unchanged: 0 })
    expect(getEmployee(store.ctx, e.id)).toMatchObject({ status: 'retired', deletedAt: null })
  })

  it('writes nothing when one row is invalid, naming the row', () => {
    const b = createBatch(store.ctx, 'roster', 'a.xlsx')
    const rows = [
      { idNumber: idNumber(1), name: '张三', department: '内科', row: 2 },
      { idNumber: '123', name: '坏号', department: '内科', row: 3 }
    ]
    expect(() => upsertEmployees(store.ctx, rows, b)).toThrow(/第 3 行：身份证号/)
    expect(listEmployees(store.ctx, { includeDeleted: true }, page).total).toBe(0)
  })

  it('upserts 50,000 people in one transaction within seconds', () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => ({ idNumber: idNumber(i), name: `员工${i}`, department: `科室${i % 40}` }))
    const b = createBatch(store.ctx, 'roster', 'big.xlsx')
    const started = performance.now()
    expect(upsertEmployees(store.ctx, rows, b)).toEqual({ added: 50_000, updated: 0, unchanged: 0 })
    const ms = performance.now() - started
    expect(ms).toBeLessThan(15_000)
    expect(listEmployees(store.ctx, {}, { offset: 49_990, limit: 100 }).rows).toHaveLength(10)
  })
})
