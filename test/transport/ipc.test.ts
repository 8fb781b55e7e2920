import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { IpcMainInvokeEvent } from 'electron'
import { bindIpc } from '../../src/main/transport/ipc'
import { IPC_CHANNEL } from '../../src/shared/contract/channel'
import { createApp, type AppInstance } from '../../src/main/app/createApp'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown

// Electron cannot run here: a stand-in for ipcMain records the one handler bindIpc installs,
// and the real registry with the real services answers through it.
let instance: AppInstance
let handler: Listener
const ours = { senderFrame: { url: 'app://xueshi/index.html', parent: null } } as unknown as IpcMainInvokeEvent

beforeAll(async () => {
  instance = await createApp(join(mkdtempSync(join(tmpdir(), 'xueshi-ipc-')), 'x.db'))
  const fakeIpcMain = {
    handle: (channel: string, listener: Listener) => {
      expect(channel).toBe(IPC_CHANNEL)
      handler = listener
    }
  }
  bindIpc(fakeIpcMain, instance.registry, () => ({ app: instance.app }))
})
afterAll(() => instance.close())

describe('the IPC transport', () => {
  it('answers the real services', async () => {
    const r = (await handler(ours, 'settings.update', { unitName: '湖南大学' })) as { ok: boolean; value: { unitName: string } }
    expect(r).toMatchObject({ ok: true, value: { unitName: '湖南大学' } })
  })

  it('rejects malformed input with the same Chinese message as the HTTP host', async () => {
    const r = (await handler(ours, 'roster.add', { name: '张三', idNumber: '123', department: '' })) as { ok: boolean; error: { code: string; message: string } }
    expect(r.ok).toBe(false)
    expect(r.error.code).toBe('invalid_input')
    expect(r.error.message).toMatch(/身份证号|部门/)
  })

  it('refuses a call from a frame that is not our renderer', async () => {
    const stranger = { senderFrame: { url: 'https://evil.example/', parent: null } } as unknown as IpcMainInvokeEvent
    const r = (await handler(stranger, 'settings.get', {})) as { ok: boolean; error: { code: string } }
    expect(r).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
  })
})
