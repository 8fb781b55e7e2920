import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { ROOT } from './optional'
import { type ChildResult, parseResult } from './protocol'
import type { Variant } from './steps/types'
import type { SizeName } from './workspace'

export interface SpawnOptions {
  /** Folder for `node --cpu-prof` profiles of the child, when profiling. */
  profileDir?: string
}

/** Runs one variant of one step in a fresh node process and returns what it measured. */
export function runChild(step: string, variant: Variant, dir: string, size: SizeName, options: SpawnOptions = {}): Promise<ChildResult> {
  const flags = options.profileDir ? ['--cpu-prof', '--cpu-prof-dir', options.profileDir, '--cpu-prof-name', `${step}-${variant}.cpuprofile`] : []
  const args = ['--expose-gc', ...flags, join(ROOT, 'bin', 'run-ts.cjs'), join(ROOT, 'bench', 'child.ts'), step, variant, dir, size]
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] })
    let stdout = ''
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk
    })
    child.on('error', reject)
    child.on('close', (code) => {
      const result = parseResult(stdout)
      if (code === 0 && result) resolve(result)
      else reject(new Error(`${step} (${variant}) failed with exit code ${code ?? 'null'}`))
    })
  })
}
