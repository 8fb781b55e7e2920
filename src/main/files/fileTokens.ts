import { randomBytes } from 'node:crypto'

export interface FileEntry {
  path: string
  /** The name the user sees (and the download name). */
  name: string
  mime?: string
}

/**
 * Opaque ids for files the renderer may refer to: a picked or uploaded input, an export ready
 * to download. The renderer never sends or receives a filesystem path.
 */
export class FileTokens {
  private readonly entries = new Map<string, FileEntry>()

  add(entry: FileEntry): string {
    const id = randomBytes(12).toString('hex')
    this.entries.set(id, entry)
    return id
  }

  get(id: string): FileEntry | undefined {
    return this.entries.get(id)
  }

  delete(id: string): void {
    this.entries.delete(id)
  }
}
