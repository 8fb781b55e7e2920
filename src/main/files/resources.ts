import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

function walkUp(start: string, relative: string): string[] {
  const found: string[] = []
  let dir = resolve(start)
  for (;;) {
    found.push(join(dir, 'resources', relative))
    const parent = dirname(dir)
    if (parent === dir) return found
    dir = parent
  }
}

/**
 * A file shipped in resources/ (`relative` to it, e.g. 'fonts/x.otf'). Packaged, it sits under
 * Electron's resources folder (read from process so this module never loads Electron); from
 * source, the command line and tests, it is found by walking up to the project's resources/.
 */
export function locateResource(relative: string): string | undefined {
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath
  const candidates = [
    ...(resourcesPath ? [join(resourcesPath, relative), join(resourcesPath, 'resources', relative)] : []),
    ...(typeof __dirname === 'string' ? walkUp(__dirname, relative) : []),
    ...walkUp(process.cwd(), relative)
  ]
  return candidates.find((p) => existsSync(p))
}
