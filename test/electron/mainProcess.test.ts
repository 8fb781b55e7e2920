import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRequire } from 'node:module'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * The built Electron main process (out/main/index.js, from `electron-vite build` in `npm test`)
 * run under Node with a stand-in for the `electron` module — Electron itself cannot run here.
 * Everything else is real: the bundle, the database, the registry, the protocol handler.
 */
const ROOT = join(__dirname, '..', '..')
const nodeRequire = createRequire(__filename)

type Listener = (...args: unknown[]) => unknown

interface Fake {
  windows: { options: Record<string, unknown>; url?: string; handlers: Map<string, Listener> }[]
  ipc: Map<string, Listener>
  protocolHandlers: Map<string, (request: Request) => Promise<Response>>
  privileged: unknown[]
  menu: unknown
  quit: number
  errors: string[]
  ready: () => void
}

function fakeElectron(dataHome: string): { module: unknown; fake: Fake } {
  let resolveReady: () => void = () => {}
  const readyPromise = new Promise<void>((r) => (resolveReady = r))
  const fake: Fake = { windows: [], ipc: new Map(), protocolHandlers: new Map(), privileged: [], menu: null, quit: 0, errors: [], ready: () => resolveReady() }
  class BrowserWindow {
    private readonly record: Fake['windows'][number]
    webContents: { setWindowOpenHandler: (h: Listener) => void; on: (e: string, h: Listener) => void }
    constructor(options: Record<string, unknown>) {
      this.record = { options, handlers: new Map() }
      fake.windows.push(this.record)
      this.webContents = {
        setWindowOpenHandler: (h) => this.record.handlers.set('open', h),
        on: (e, h) => this.record.handlers.set(e, h)
      }
    }
    once() {}
    show() {}
    isMinimized() {
      return false
    }
    focus() {}
    loadURL(url: string) {
      this.record.url = url
      return Promise.resolve()
    }
  }
  const module = {
    app: {
      setPath: () => {},
      getPath: (name: string) => join(dataHome, name),
      getAppPath: () => ROOT,
      getVersion: () => '0.0.0-test',
      requestSingleInstanceLock: () => true,
      quit: () => fake.quit++,
      on: () => {},
      whenReady: () => readyPromise
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => fake.privileged.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => fake.protocolHandlers.set(scheme, handler)
    },
    ipcMain: { handle: (channel: string, listener: Listener) => fake.ipc.set(channel, listener) },
    dialog: {
      showErrorBox: (_title: string, message: string) => fake.errors.push(message),
      showMessageBox: () => Promise.resolve({ response: 0 }),
      showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
      showSaveDialog: () => Promise.resolve({ canceled: true })
    },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => (fake.menu = m) },
    shell: { openExternal: () => Promise.resolve(), openPath: () => Promise.resolve('') },
    BrowserWindow
  }
  return { module, fake }
}

let fake: Fake
const savedXdg = process.env.XDG_CONFIG_HOME

beforeAll(async () => {
  const home = mkdtempSync(join(tmpdir(), 'xueshi-electron-'))
  // The data folder is computed like Electron's userData: under XDG_CONFIG_HOME on Linux.
  process.env.XDG_CONFIG_HOME = home
  const stand = fakeElectron(home)
  fake = stand.fake
  nodeRequire.cache[nodeRequire.resolve('electron')] = { exports: stand.module } as NodeJS.Module
  nodeRequire(join(ROOT, 'out', 'main', 'index.js'))
  fake.ready()
  for (let i = 0; i < 200 && fake.windows.length === 0 && fake.errors.length === 0; i++) await new Promise((r) => setTimeout(r, 25))
})

afterAll(() => {
  if (savedXdg === undefined) delete process.env.XDG_CONFIG_HOME
  else process.env.XDG_CONFIG_HOME = savedXdg
})

describe('the Electron main process (built bundle, stand-in electron)', () => {
  it('opens one sandboxed window on the app protocol, with the Chinese menu', () => {
    expect(fake.errors).toEqual([])
    expect(fake.windows).toHaveLength(1)
    const win = fake.windows[0]!
    expect(win.url).toBe('app://xueshi/index.html')
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false })
    expect(String((win.options.webPreferences as { preload: string }).preload)).toMatch(/out[\\/]preload[\\/]index\.js$/)
    expect(fake.privileged).toEqual([expect.objectContaining({ scheme: 'app' })])
    expect((fake.menu as { label: string }[]).map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助'])
  })

  it('denies window.open and navigation away from the app', () => {
    const win = fake.windows[0]!
    expect(win.handlers.get('open')?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' })
    let prevented = false
    win.handlers.get('will-navigate')?.({ preventDefault: () => (prevented = true) }, 'https://evil.example/')
    expect(prevented).toBe(true)
  })

  it('serves the built renderer with the CSP through app://', async () => {
    const handler = fake.protocolHandlers.get('app')!
    const page = await handler(new Request('app://xueshi/index.html'))
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(await page.text()).toContain('<div id="root">')
    expect((await handler(new Request('app://xueshi/../../etc/passwd'))).status).toBe(404)
  })

  it('answers the contract over IPC from our frame, against the real database', async () => {
    const call = fake.ipc.get('xueshi:call')!
    const ours = { senderFrame: { url: 'app://xueshi/index.html', parent: null } }
    const info = (await call(ours, 'app.info', {})) as { ok: boolean; value: { mode: string; dataDir: string } }
    expect(info).toMatchObject({ ok: true, value: { mode: 'desktop' } })
    expect(info.value.dataDir).toContain('学时核认助手')
    const saved = (await call(ours, 'settings.update', { unitName: '湖南省人民医院' })) as { ok: boolean }
    expect(saved.ok).toBe(true)
    const stranger = (await call({ senderFrame: { url: 'https://evil.example/', parent: null } }, 'settings.get', {})) as { ok: boolean }
    expect(stranger.ok).toBe(false)
  })
})
