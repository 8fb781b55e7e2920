import { homedir } from 'node:os'
import { join } from 'node:path'

export const PRODUCT_NAME = '学时核认助手'
export const DB_FILE_NAME = 'xueshi.db'

/**
 * The data folder, computed exactly as Electron's app.getPath('userData') would for our product
 * name, so the command line finds the desktop app's database without loading Electron.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME)
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME)
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAME)
}

/** --db beats XUESHI_DB beats the desktop app's database. */
export function resolveDbPath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag ?? env.XUESHI_DB ?? join(defaultDataDir(env), DB_FILE_NAME)
}
