import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FileTokens } from '../../src/main/files/fileTokens'
import { registerAll } from '../../src/main/handlers'
import { JobRunner } from '../../src/main/jobs/jobRunner'
import { Registry } from '../../src/main/transport/registry'
import {
  auditCalls,
  backupCalls,
  basesCalls,
  claimsCalls,
  contract,
  reviewCalls,
  rosterCalls,
  settingsCalls,
  summaryCalls
} from '../../src/shared/contract'
import type { ClaimRecord } from '../../src/shared/domain/claimRecord'
import type { Employee } from '../../src/shared/domain/employee'
import { trainingFacts } from '../helpers/claimFacts'
import { idNumber } from '../helpers/idNumbers'
import { tempStore, type TempStore } from '../helpers/tempStore'

let store: TempStore
let registry: Registry
let files: FileTokens
beforeEach(async () => {
  store = await tempStore()
  registry = new Registry()
  files = new FileTokens()
  registerAll(registry, { files, jobs: new JobRunner(), workDir: store.dir })
})
afterEach(() => store.cleanup())

const call = (name: string, input: unknown) => registry.dispatch(name, input, { app: store.ctx })

describe('handlers bound to the contract', () => {
  it('registers every call of the data-core areas once, each one a call of the contract', () => {
    const areas = [rosterCalls, claimsCalls, reviewCalls, summaryCalls, auditCalls, backupCalls, settingsCalls, basesCalls]
    expect(registry.names()).toEqual(expect.arrayContaining(areas.flatMap((a) => Object.keys(a))))
    expect(registry.names().every((name) => name in contract)).toBe(true)
    expect(() => registerAll(registry, { files, jobs: new JobRunner(), workDir: store.dir })).toThrow(/Duplicate/)
  })

  it('rejects malformed input with a Chinese message naming the field, before any service runs', async () => {
    const r = await call('roster.add', { idNumber: idNumber(1), name: '  ', department: '内科' })
    expect(r).toEqual({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/字段「name」：请填写姓名/) } })
    const bad = await call('claims.add', { employeeId: 1, facts: { kind: 'magic', evidence: [] } })
    expect(bad.ok ? '' : bad.error.message).toMatch(/继续教育形式无效/)
    const reason = await call('review.return', { ids: [1], reason: '' })
    expect(reason.ok ? '' : reason.error.message).toMatch(/请填写原因/)
  })

  it('returns service errors as values', async () => {
    const r = await call('roster.add', { idNumber: '123', name: '张三', department: '内科' })
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/^身份证号/) } })
  })

  it('runs a whole flow: add a person and a claim, attach a file by token, approve, summarise', async () => {
    const added = await call('roster.add', { idNumber: idNumber(1), name: '张三', department: '内科' })
    if (!added.ok) throw new Error(added.error.message)
    const employee = added.value as Employee
    const claim = await call('claims.add', { employeeId: employee.id, title: '培训', facts: trainingFacts() })
    if (!claim.ok) throw new Error(claim.error.message)
    const id = (claim.value as ClaimRecord).id
    const source = join(store.dir, 'cert.png')
    writeFileSync(source, 'png bytes')
    const attached = await call('claims.addAttachment', { claimId: id, fileToken: files.add({ path: source, name: '结业证书.png' }) })
    expect(attached).toMatchObject({ ok: true, value: { name: '结业证书.png', mime: 'image/png' } })
    expect(await call('claims.addAttachment', { claimId: id, fileToken: 'stale' })).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(await call('review.approve', { ids: [id] })).toMatchObject({ ok: true, value: { decided: [id] } })
    const summary = await call('summary.people', { year: 2026 })
    expect(summary).toMatchObject({ ok: true, value: { total: 1, rows: [{ name: '张三', professionalHours: 240 }] } })
    expect(await call('bases.list', { year: 2026 })).toMatchObject({ ok: true, value: expect.arrayContaining([expect.objectContaining({ name: '中南大学' })]) })
    expect(await call('backup.restore', { name: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })
})
