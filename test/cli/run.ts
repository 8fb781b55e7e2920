import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import Database from 'better-sqlite3'

const ROOT = join(__dirname, '..', '..')
const BIN = join(ROOT, 'bin', 'xueshi.cjs')

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

/** Runs `xueshi` as a user would: a separate process, its exit code, its output. */
export function xueshi(args: string[], db: string, cwd = ROOT): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    env: { ...process.env, XUESHI_DB: db, XUESHI_DEBUG: '' },
    encoding: 'utf8',
    timeout: 120_000
  })
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr }
}

/** A fingerprint of every row of every table: equal before and after means nothing changed. */
export function dbFingerprint(path: string): string {
  const db = new Database(path, { readonly: true })
  try {
    const hash = createHash('sha256')
    const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all()
    for (const { name } of tables) {
      hash.update(name)
      for (const row of db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).iterate()) hash.update(JSON.stringify(row))
    }
    return hash.digest('hex')
  } finally {
    db.close()
  }
}
