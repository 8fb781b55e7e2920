import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { request } from 'node:http'
import { z } from 'zod'
import { call } from '../../src/shared/contract/define'
import { Registry } from '../../src/main/transport/registry'
import { startHttpHost, type HttpHost } from '../../src/main/transport/http'
import { FileTokens } from '../../src/main/files/fileTokens'
import type { AppContext } from '../../src/main/context'

let host: HttpHost
const dir = mkdtempSync(join(tmpdir(), 'xueshi-http-'))

beforeAll(async () => {
  const rendererDir = join(dir, 'renderer')
  mkdirSync(rendererDir)
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>学时核认助手</title>')
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer')
  const registry = new Registry()
  registry.register({ 'toy.echo': call<{ text: string }>()(z.object({ text: z.string().min(1, '不能为空') })) }, { 'toy.echo': ({ text }) => ({ text }) })
  // A stand-in connection: the toy calls never use it, but every call passes its gate.
  const app = { dataDir: dir, db: {} } as unknown as AppContext
  host = await startHttpHost({ registry, app, files: new FileTokens(), rendererDir })
})
afterAll(async () => host.close())

function raw(path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path, method: init.method ?? 'GET', headers: init.headers }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (c: string) => (body += c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
    })
    req.on('error', reject)
    if (init.body) req.write(init.body)
    req.end()
  })
}

const json = { 'content-type': 'application/json' }

describe('the loopback HTTP host', () => {
  it('listens on 127.0.0.1 only and prints an address with the token', () => {
    const address = host.server.address()
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1')
    expect(host.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/\\?token=[0-9a-f]{48}$`))
  })

  it('refuses a call without the token', async () => {
    const r = await raw('/api/call/toy.echo', { method: 'POST', headers: json, body: '{"text":"x"}' })
    expect(r.status).toBe(401)
    expect(JSON.parse(r.body).error.code).toBe('unauthorized')
  })

  it('refuses a wrong token and a foreign Host header', async () => {
    const wrong = await raw('/api/call/toy.echo', { method: 'POST', headers: { ...json, authorization: 'Bearer nope' }, body: '{}' })
    expect(wrong.status).toBe(401)
    const rebinding = await raw('/api/call/toy.echo', { method: 'POST', headers: { ...json, host: 'evil.example:80', authorization: `Bearer ${host.token}` }, body: '{}' })
    expect(rebinding.status).toBe(403)
  })

  it('answers a valid call with the value, and malformed input with a Chinese message', async () => {
    const auth = { ...json, authorization: `Bearer ${host.token}` }
    const ok = await raw('/api/call/toy.echo', { method: 'POST', headers: auth, body: '{"text":"你好"}' })
    expect(JSON.parse(ok.body)).toEqual({ ok: true, value: { text: '你好' } })
    const bad = JSON.parse((await raw('/api/call/toy.echo', { method: 'POST', headers: auth, body: '{"text":""}' })).body)
    expect(bad.ok).toBe(false)
    expect(bad.error.message).toContain('不能为空')
    const notJson = await raw('/api/call/toy.echo', { method: 'POST', headers: auth, body: '{' })
    expect(JSON.parse(notJson.body).error.message).toContain('JSON')
  })

  it('sets the cookie from ?token= and serves the renderer with a CSP, never a file outside it', async () => {
    const entry = await raw(`/?token=${host.token}`)
    expect(entry.status).toBe(302)
    const cookie = String(entry.headers['set-cookie']).split(';')[0] ?? ''
    const page = await raw('/', { headers: { cookie } })
    expect(page.status).toBe(200)
    expect(page.body).toContain('学时核认助手')
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'self'")
    const escape = await raw('/..%2Fsecret.txt', { headers: { cookie } })
    expect(escape.status).toBe(404)
  })
})
