import { randomBytes } from 'node:crypto'
import { rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/**
 * An output written under a temporary name beside the final one and renamed only when complete,
 * so a cancelled or failed export never leaves a half file under the name the user chose.
 * Same folder, so the rename is atomic on one file system.
 */
export interface AtomicFile {
  /** Where to write. */
  tempPath: string
  finalPath: string
  /** Moves the finished file into place (replacing an older export of the same name). */
  commit(): Promise<void>
  /** Removes the temporary file; safe to call more than once or after commit. */
  discard(): Promise<void>
}

export function atomicFile(finalPath: string): AtomicFile {
  const tempPath = join(dirname(finalPath), `.${basename(finalPath)}.${randomBytes(6).toString('hex')}.part`)
  let committed = false
  return {
    tempPath,
    finalPath,
    async commit() {
      await rename(tempPath, finalPath)
      committed = true
    },
    async discard() {
      if (!committed) await rm(tempPath, { force: true })
    }
  }
}
