import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { listBases } from '../../src/main/services/bases'
import { getPolicy, getSettings, setPolicy, updateSettings } from '../../src/main/services/settings'
import { tempStore, type TempStore } from '../helpers/tempStore'

let store: TempStore
beforeEach(async () => {
  store = await tempStore()
})
afterEach(() => store.cleanup())

describe('settings', () => {
  it('starts empty and keeps unit and officer names, trimmed', () => {
    expect(getSettings(store.ctx)).toEqual({ unitName: '', officerName: '' })
    updateSettings(store.ctx, { unitName: ' 长沙市第一医院 ' })
    updateSettings(store.ctx, { officerName: '王经办' })
    expect(getSettings(store.ctx)).toEqual({ unitName: '长沙市第一医院', officerName: '王经办' })
  })

  it('gives the default policy for a year until one is set, and refuses an inconsistent one', () => {
    expect(getPolicy(store.ctx, 2026)).toEqual({ year: 2026, minPublic: 300, minProfessional: 600, minTotal: 900, isDefault: true })
    setPolicy(store.ctx, { year: 2026, minPublic: 240, minProfessional: 720, minTotal: 960 })
    expect(getPolicy(store.ctx, 2026)).toMatchObject({ minTotal: 960, isDefault: false })
    expect(getPolicy(store.ctx, 2027).isDefault).toBe(true)
    expect(() => setPolicy(store.ctx, { year: 2026, minPublic: 300, minProfessional: 600, minTotal: 800 })).toThrow(/合计最低学时（80）不能小于/)
    expect(() => setPolicy(store.ctx, { year: 2026, minPublic: -1, minProfessional: 600, minTotal: 900 })).toThrow(/公需科目最低学时/)
  })
})

describe('national bases', () => {
  it('lists the 2026 bases and none for a year without a list', () => {
    expect(listBases(store.ctx, 2026).map((b) => b.name)).toEqual(['中南大学', '湖南大学', '长沙理工大学', '湖南工学院'])
    expect(listBases(store.ctx, 2026)[0]).toMatchObject({ platform: 'sypx.csu.edu.cn', contact: '朱颖', phone: '0731-82654585' })
    expect(listBases(store.ctx, 2019)).toEqual([])
  })
})
