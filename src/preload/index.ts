import { contextBridge, ipcRenderer } from 'electron'
import { IPC_CHANNEL } from '../shared/contract/channel'
import { callNames } from '../shared/contract/names'

// Exposes one function per declared call and nothing else: never ipcRenderer itself.
const api: Record<string, (input: unknown) => Promise<unknown>> = {}
for (const name of callNames) {
  api[name] = (input: unknown) => ipcRenderer.invoke(IPC_CHANNEL, name, input)
}
contextBridge.exposeInMainWorld('xueshi', Object.freeze(api))
