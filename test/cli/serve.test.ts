import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { serve, type Served } from '../e2e/support/serve'

let served: Served

beforeAll(async () => {
  served = await serve(join(mkdtempSync(join(tmpdir(), 'xueshi-serve-')), 'x.db'))
}, 60_000)
afterAll(async () => served.stop())

function call(name: string, input: unknown, token: string | null) {
  return fetch(`${served.origin}/api/call/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(input)
  })
}

describe('xueshi serve', () => {
  it('prints one address on 127.0.0.1 with the token', () => {
    expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{48}$/)
  })

  it('refuses a request without the token', async () => {
    const r = await call('settings.get', {}, null)
    expect(r.status).toBe(401)
    expect(((await r.json()) as { error: { message: string } }).error.message).toContain('令牌')
  })

  it('validates input with the contract and answers in Chinese', async () => {
    const bad = (await (await call('roster.add', { name: '', idNumber: '43010219850312123X', department: '心内科' }, served.token)).json()) as {
      ok: boolean
      error: { message: string }
    }
    expect(bad.ok).toBe(false)
    expect(bad.error.message).toContain('姓名')
    const good = (await (await call('roster.add', { name: '张喆', idNumber: '43010219850312123X', department: '心内科' }, served.token)).json()) as {
      ok: boolean
      value: { name: string; department: string }
    }
    expect(good).toMatchObject({ ok: true, value: { name: '张喆', department: '心内科' } })
  })
})
