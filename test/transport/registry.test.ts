import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { call } from '../../src/shared/contract/define'
import { AppError } from '../../src/shared/errors'
import { Registry } from '../../src/main/transport/registry'
import type { CallContext } from '../../src/main/context'
import { gateOf } from '../../src/main/db/gate'

const toy = {
  'toy.double': call<{ twice: number }>()(z.object({ n: z.number({ error: '请填写数字' }) })),
  'toy.refuse': call<never>()(z.object({}))
}
// A stand-in connection: the toy calls never use it, but every call passes its gate.
const ctx = { app: { db: {} } } as unknown as CallContext

function toyRegistry(): Registry {
  const r = new Registry()
  r.register(toy, {
    'toy.double': ({ n }) => ({ twice: n * 2 }),
    'toy.refuse': () => {
      throw new AppError('refused', '不允许')
    }
  })
  return r
}

describe('the call registry', () => {
  it('refuses a second registration of the same call name', () => {
    const r = toyRegistry()
    expect(() => r.register({ 'toy.double': toy['toy.double'] }, { 'toy.double': () => ({ twice: 0 }) })).toThrow(/Duplicate/)
  })

  it('returns the value of a valid call', async () => {
    expect(await toyRegistry().dispatch('toy.double', { n: 4 }, ctx)).toEqual({ ok: true, value: { twice: 8 } })
  })

  it('rejects malformed input with a Chinese message naming the field', async () => {
    const r = await toyRegistry().dispatch('toy.double', { n: 'x' }, ctx)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.code).toBe('invalid_input')
      expect(r.error.message).toContain('字段「n」')
    }
  })

  it('turns a user error into an error value and a bug into 内部错误 without the stack', async () => {
    const refused = await toyRegistry().dispatch('toy.refuse', {}, ctx)
    expect(refused).toEqual({ ok: false, error: { code: 'refused', message: '不允许' } })
    const r = new Registry()
    r.register({ 'toy.bug': call<number>()(z.object({})) }, {
      'toy.bug': () => {
        throw new TypeError('secret stack detail')
      }
    })
    const quiet = console.error
    console.error = () => {}
    const bug = await r.dispatch('toy.bug', {}, ctx)
    console.error = quiet
    expect(bug.ok).toBe(false)
    if (!bug.ok) {
      expect(bug.error.code).toBe('internal')
      expect(bug.error.message).not.toContain('secret')
    }
  })

  it('while an import holds the connection, calls wait for it — except those registered ungated (a job\'s progress)', async () => {
    const r = toyRegistry()
    r.register({ 'toy.progress': call<string>()(z.object({})) }, { 'toy.progress': () => '50%' }, { gated: false })
    let endImport!: () => void
    const held = gateOf(ctx.app.db).exclusive(() => new Promise<void>((resolve) => (endImport = resolve)))
    let doubled = false
    const waiting = r.dispatch('toy.double', { n: 1 }, ctx).then((v) => ((doubled = true), v))
    expect(await r.dispatch('toy.progress', {}, ctx)).toEqual({ ok: true, value: '50%' })
    await new Promise((resolve) => setImmediate(resolve))
    expect(doubled).toBe(false)
    endImport()
    await held
    expect(await waiting).toEqual({ ok: true, value: { twice: 2 } })
  })

  it('answers an unknown call name with not_found', async () => {
    const r = await toyRegistry().dispatch('nope.nothing', {}, ctx)
    expect(r.ok).toBe(false)
  })
})
