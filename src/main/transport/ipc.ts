import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import type { Registry } from './registry'
import type { CallContext } from '../context'
import { isAppUrl } from '../electron/windowOptions'
import { IPC_CHANNEL } from '../../shared/contract/channel'


/** Only our own renderer's main frame may call: not a subframe, not a page navigated elsewhere. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame
  if (!frame) return false
  return frame.parent === null && isAppUrl(frame.url)
}

export function bindIpc(ipcMain: Pick<IpcMain, 'handle'>, registry: Registry, context: () => CallContext): void {
  ipcMain.handle(IPC_CHANNEL, async (event, name: unknown, input: unknown) => {
    if (!isTrustedSender(event)) {
      return { ok: false, error: { code: 'unauthorized', message: '拒绝来自未知页面的调用' } }
    }
    if (typeof name !== 'string') return { ok: false, error: { code: 'invalid_input', message: '调用名称无效' } }
    return registry.dispatch(name, input, context())
  })
}
