import type { BrowserWindowConstructorOptions } from 'electron'

/** The scheme the renderer is loaded from (never file://). */
export const APP_SCHEME = 'app'
export const APP_HOST = 'xueshi'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

/** Hosts that external links may open in the system browser (the national bases' platforms). */
export const EXTERNAL_HOST_ALLOW_LIST = [
  'sypx.csu.edu.cn',
  'jxjyjd.hnu.edu.cn',
  'jxjy.csust.edu.cn',
  'sydw.hnit.edu.cn',
  'rst.hunan.gov.cn'
] as const

export function isAllowedExternalUrl(url: string): boolean {
  try {
    const u = new URL(url)
    return u.protocol === 'https:' && (EXTERNAL_HOST_ALLOW_LIST as readonly string[]).includes(u.hostname)
  } catch {
    return false
  }
}

/** True for URLs of our own renderer: the only origin allowed to navigate or call main. */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url)
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST
  } catch {
    return false
  }
}

/**
 * The one window's options; pure so a test can assert the security settings without Electron.
 * `iconPath`: the window and taskbar icon (resources/icon.png) on Windows and Linux.
 */
export function createWindowOptions(preloadPath: string, iconPath?: string): BrowserWindowConstructorOptions {
  return {
    ...(iconPath ? { icon: iconPath } : {}),
    width: 1440,
    height: 900,
    minWidth: 1100,
    minHeight: 700,
    show: false,
    title: '学时核认助手',
    autoHideMenuBar: false,
    backgroundColor: '#f5f5f5',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      spellcheck: false,
      safeDialogs: true
    }
  }
}
