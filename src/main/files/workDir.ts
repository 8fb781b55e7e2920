import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * A scratch folder for this run (uploads, finished exports waiting to be saved), inside the
 * data folder so renames stay on one disk. Each process has its own, since the command line
 * may run beside the desktop app; folders left by runs older than a day are swept.
 */
export function createWorkDir(dataDir: string, now = Date.now()): { path: string; remove(): void } {
  const root = join(dataDir, 'tmp')
  mkdirSync(root, { recursive: true })
  for (const name of readdirSync(root)) {
    const full = join(root, name)
    try {
      if (now - statSync(full).mtimeMs > DAY_MS) rmSync(full, { recursive: true, force: true })
    } catch {
      // Another process may be sweeping too; a folder that vanished is fine.
    }
  }
  const path = join(root, `run-${process.pid}-${randomBytes(4).toString('hex')}`)
  mkdirSync(path, { recursive: true })
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) }
}

/** A fresh folder for one output, so the file keeps its Chinese name for the download. */
export function outputDir(workDir: string): string {
  const dir = join(workDir, randomBytes(8).toString('hex'))
  mkdirSync(dir, { recursive: true })
  return dir
}
