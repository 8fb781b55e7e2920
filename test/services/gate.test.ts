import { describe, expect, it } from 'vitest'
import { DbGate } from '../../src/main/db/gate'

const tick = () => new Promise((r) => setImmediate(r))

describe('DbGate: an import holds the connection alone', () => {
  it('the exclusive work starts once the shared calls already running end; shared calls still start while it waits', async () => {
    const gate = new DbGate()
    const log: string[] = []
    let endLong!: () => void
    const long = gate.shared(() => new Promise<void>((r) => (endLong = r)).then(() => log.push('long end')))
    let waited = false
    const exclusive = gate.exclusive(
      () => log.push('exclusive'),
      () => (waited = true)
    )
    await tick()
    expect(waited).toBe(true)
    // The officer's screens stay usable during a long export: a short call still goes through.
    await gate.shared(() => log.push('short'))
    expect(log).toEqual(['short'])
    endLong()
    await Promise.all([long, exclusive])
    expect(log).toEqual(['short', 'long end', 'exclusive'])
  })

  it('calls arriving while it holds the connection wait for it to end, then run in order', async () => {
    const gate = new DbGate()
    const log: string[] = []
    let endImport!: () => void
    const held = gate.exclusive(async () => {
      log.push('import begins')
      await new Promise<void>((r) => (endImport = r))
      log.push('import ends')
    })
    await tick()
    const a = gate.shared(() => log.push('a'))
    const b = gate.shared(() => log.push('b'))
    const second = gate.exclusive(() => log.push('second import'))
    await tick()
    expect(log).toEqual(['import begins'])
    endImport()
    await Promise.all([held, a, b, second])
    expect(log.slice(0, 2)).toEqual(['import begins', 'import ends'])
    expect(log.slice(2).sort()).toEqual(['a', 'b', 'second import'])
  })

  it('a failing holder releases the connection', async () => {
    const gate = new DbGate()
    await expect(gate.exclusive(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom')
    expect(await gate.shared(() => 'after')).toBe('after')
  })
})
