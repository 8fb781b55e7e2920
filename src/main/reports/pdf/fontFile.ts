import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { AppError } from '../../../shared/errors'

export const CJK_FONT_FILE = 'NotoSansSC-Subset.otf'

function walkUp(start: string): string[] {
  const found: string[] = []
  let dir = resolve(start)
  for (;;) {
    found.push(join(dir, 'resources', 'fonts', CJK_FONT_FILE))
    const parent = dirname(dir)
    if (parent === dir) return found
    dir = parent
  }
}

/**
 * The bundled CJK font. Packaged, it sits under Electron's resources folder (read from process
 * so this module never loads Electron); from source, the command line and tests, it is found by
 * walking up to the project's resources/fonts.
 */
export function locateCjkFont(): string {
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath
  const candidates = [
    ...(process.env.XUESHI_FONT ? [process.env.XUESHI_FONT] : []),
    ...(resourcesPath ? [join(resourcesPath, 'fonts', CJK_FONT_FILE), join(resourcesPath, 'resources', 'fonts', CJK_FONT_FILE)] : []),
    ...(typeof __dirname === 'string' ? walkUp(__dirname) : []),
    ...walkUp(process.cwd())
  ]
  const path = candidates.find((p) => existsSync(p))
  if (!path) throw new AppError('internal', `找不到 PDF 字库文件 ${CJK_FONT_FILE}`)
  return path
}
