// The Electron entry: the one window, the app:// protocol, IPC, the menu. Everything it calls
// is plain Node code that the command line and the tests run without Electron.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, shell, type FileFilter } from 'electron'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { createApp, type AppInstance } from './app/createApp'
import { APP_ORIGIN, APP_SCHEME, createWindowOptions, isAllowedExternalUrl, isAppUrl } from './electron/windowOptions'
import { menuTemplate } from './electron/menu'
import { handleAppRequest } from './electron/protocol'
import { bindIpc } from './transport/ipc'
import { DB_FILE_NAME, defaultDataDir } from './storage/paths'
import { networkDriveWarning } from './storage/networkDrive'
import { isAppError } from '../shared/errors'
import { backupNow, ensureDailyBackup } from './services/backup'
import type { DesktopBridge } from './files/desktop'
import { locateResource } from './files/resources'

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } }
])

const dataDir = defaultDataDir()
app.setPath('userData', dataDir)

// A second copy would open the same database; it hands over to the first and quits.
const isFirstInstance = app.requestSingleInstanceLock()

let instance: AppInstance | undefined
let mainWindow: BrowserWindow | undefined

/** The Electron-ABI build of better-sqlite3 prepared by scripts/ensure-electron.cjs. */
function nativeBinding(): string | undefined {
  const path = join(app.getAppPath(), '.native', `electron-${process.versions.electron}-${process.platform}-${process.arch}`, 'better_sqlite3.node')
  return existsSync(path) ? path : undefined
}

const DIALOG_FILTERS: Record<'import' | 'attachment' | 'backup', FileFilter[]> = {
  import: [{ name: '表格文件', extensions: ['xlsx', 'csv', 'xls'] }],
  attachment: [{ name: '证明材料', extensions: ['pdf', 'png', 'jpg', 'jpeg', 'gif', 'webp', 'bmp', 'tif', 'tiff', 'doc', 'docx', 'xlsx'] }],
  backup: [{ name: '备份文件', extensions: ['db'] }]
}

/** The dialogs and shell calls handlers may ask for; the renderer never sees a path. */
function desktopBridge(): DesktopBridge {
  return {
    pickOpen: async (purpose) => {
      const options = { properties: ['openFile' as const], filters: DIALOG_FILTERS[purpose] }
      const r = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options)
      return r.canceled ? null : (r.filePaths[0] ?? null)
    },
    saveAs: async (suggestedName) => {
      const options = { defaultPath: join(app.getPath('documents'), suggestedName) }
      const r = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options)
      return r.canceled ? null : (r.filePath ?? null)
    },
    openPath: async (path) => {
      await shell.openPath(path)
    },
    openExternal: (url) => shell.openExternal(url)
  }
}

function createWindow(rendererDir: string, current: AppInstance): BrowserWindow {
  const win = new BrowserWindow(createWindowOptions(join(__dirname, '../preload/index.js'), locateResource('icon.png')))
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
  win.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  win.webContents.on('will-attach-webview', (event) => event.preventDefault())
  win.once('ready-to-show', () => win.show())
  protocol.handle(APP_SCHEME, (request) => handleAppRequest(request, rendererDir, current.files))
  void win.loadURL(`${APP_ORIGIN}/index.html`)
  return win
}

async function start(): Promise<void> {
  const warning = networkDriveWarning(dataDir)
  if (warning) await dialog.showMessageBox({ type: 'warning', title: '数据文件夹位置', message: warning })
  const binding = nativeBinding()
  try {
    instance = await createApp(join(dataDir, DB_FILE_NAME), { ...(binding ? { nativeBinding: binding } : {}), desktop: desktopBridge() })
  } catch (e) {
    dialog.showErrorBox('无法打开数据', isAppError(e) ? e.message : '数据库无法打开，请联系技术支持。')
    app.quit()
    return
  }
  const current = instance
  await ensureDailyBackup(current.app)
  bindIpc(ipcMain, current.registry, () => ({ app: current.app }))
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({
        backupNow: () => void backupNow(current.app, 'manual'),
        openDataFolder: () => void shell.openPath(dataDir),
        about: () =>
          void dialog.showMessageBox({ type: 'info', title: '关于', message: `学时核认助手 ${app.getVersion()}`, detail: `数据文件夹：${dataDir}` })
      })
    )
  )
  mainWindow = createWindow(join(__dirname, '../renderer'), current)
}

function fail(e: unknown): void {
  console.error(e)
  dialog.showErrorBox('学时核认助手无法启动', isAppError(e) ? e.message : '启动时出错，数据未做任何更改。请重新启动程序，若仍失败请联系技术支持。')
  app.quit()
}

if (!isFirstInstance) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore()
    mainWindow?.focus()
  })
  app.on('window-all-closed', () => {
    instance?.close()
    app.quit()
  })
  app.whenReady().then(start).catch(fail)
}
