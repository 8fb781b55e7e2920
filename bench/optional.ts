import { existsSync, readdirSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative, resolve } from 'node:path'

/** The project's root (bench/ sits in it). */
export const ROOT = resolve(__dirname, '..')

const load = createRequire(__filename)

type AnyFunction = (...args: never[]) => unknown

export type Found<F> = { fn: F; module: string } | { missing: string }

function moduleFiles(dir: string): string[] {
  const abs = join(ROOT, dir)
  if (!existsSync(abs) || !statSync(abs).isDirectory()) return []
  const files = readdirSync(abs).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'))
  // index.ts first: the module's public face, when it has one.
  return files.sort((a, b) => (a === 'index.ts' ? -1 : b === 'index.ts' ? 1 : a.localeCompare(b))).map((f) => join(abs, f))
}

/**
 * Finds an exported function of the project by name in the first of `dirs` that has it. The
 * benchmark looks "ours" up at run time, not with a static import, because the modules it
 * measures land while it is written: a missing one makes its step report "not available"
 * instead of failing the whole run (or the typecheck).
 *
 * The caller states the signature it expects (`F`): this is the one unchecked seam of the
 * benchmark, and a wrong call fails loudly in the child, never silently.
 */
export function findExport<F extends AnyFunction>(dirs: readonly string[], name: string): Found<F> {
  for (const dir of dirs) {
    for (const file of moduleFiles(dir)) {
      const mod: unknown = load(file)
      if (mod && typeof mod === 'object' && name in mod) {
        const value: unknown = (mod as Record<string, unknown>)[name]
        if (typeof value === 'function') return { fn: value as F, module: relative(ROOT, file) }
      }
    }
  }
  return { missing: `${name} (looked in ${dirs.join(', ')})` }
}
