import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import type Database from 'better-sqlite3'
import type { BackupInfo } from '../../../shared/domain/backup'
import { newDatabase } from '../../db/connection'

const FILE_PATTERN = /^xueshi-(\d{8})-(\d{6})-([A-Za-z0-9-]+)\.db$/

export function backupsDir(dataDir: string): string {
  return join(dataDir, 'backups')
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

/** Local date and time: the officer reads these names in a folder listing. */
export function stamp(at: Date): { day: string; time: string } {
  return {
    day: `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}`,
    time: `${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`
  }
}

export function slugReason(reason: string): string {
  const slug = reason.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '')
  return slug || 'manual'
}

export function parseBackupName(name: string): { day: string; time: string; reason: string } | undefined {
  const m = FILE_PATTERN.exec(name)
  if (!m?.[1] || !m[2] || !m[3]) return undefined
  return { day: m[1], time: m[2], reason: m[3] }
}

/** Backups in the folder, oldest first (names sort by time). */
export function listBackupFiles(dataDir: string): BackupInfo[] {
  const dir = backupsDir(dataDir)
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .flatMap((name) => {
      const parsed = parseBackupName(name)
      if (!parsed) return []
      const { day, time, reason } = parsed
      const createdAt = `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)} ${time.slice(0, 2)}:${time.slice(2, 4)}:${time.slice(4)}`
      const stat = statSync(join(dir, name))
      return [{ name, path: join(dir, name), size: stat.size, createdAt, reason, sortKey: `${day}${time}`, written: stat.mtimeMs }]
    })
    // Within one second names do not sort by time ("-10" before "-2"): the file's own time decides.
    .sort((a, b) => a.sortKey.localeCompare(b.sortKey) || a.written - b.written || a.name.localeCompare(b.name))
    .map(({ sortKey: _sortKey, written: _written, ...info }) => info)
}

/**
 * Copies the live database with SQLite's online backup (consistent even while it is being
 * written) into the backups folder. It is written under a temporary name and renamed, so a
 * crash never leaves a half backup that looks whole; the copy is switched out of WAL so it is
 * one self-contained file.
 */
export async function writeBackup(db: Database.Database, dataDir: string, at: Date, reason: string): Promise<string> {
  const dir = backupsDir(dataDir)
  mkdirSync(dir, { recursive: true })
  const { day, time } = stamp(at)
  const base = `xueshi-${day}-${time}-${slugReason(reason)}`
  let name = `${base}.db`
  for (let n = 2; existsSync(join(dir, name)); n++) name = `${base}-${n}.db`
  const finalPath = join(dir, name)
  await copyDatabase(db, finalPath)
  return finalPath
}

/**
 * The one way a backup file is made: SQLite's online backup into a temporary name, switched out
 * of WAL so it is one self-contained file, then renamed. A crash leaves no half file that looks
 * whole; on failure the temporary file is removed.
 */
export async function copyDatabase(db: Database.Database, finalPath: string): Promise<void> {
  const tmpPath = join(dirname(finalPath), `.${basename(finalPath)}.partial`)
  rmSync(tmpPath, { force: true })
  try {
    await db.backup(tmpPath)
    const copy = newDatabase(tmpPath)
    try {
      copy.pragma('journal_mode = DELETE')
    } finally {
      copy.close()
    }
    renameSync(tmpPath, finalPath)
  } catch (e) {
    rmSync(tmpPath, { force: true })
    throw e
  }
}

/** Keeps the newest `keepLast` backups and the newest of every month; deletes the rest. */
export function applyRetention(dataDir: string, keepLast = 10, protect: readonly string[] = []): string[] {
  const files = listBackupFiles(dataDir)
  const keep = new Set(files.slice(-keepLast).map((f) => f.name))
  const spared = new Set(protect.map((p) => resolve(p)))
  for (const f of files) if (spared.has(resolve(f.path))) keep.add(f.name)
  const newestOfMonth = new Map<string, string>()
  for (const f of files) newestOfMonth.set(f.name.slice('xueshi-'.length, 'xueshi-'.length + 6), f.name)
  for (const name of newestOfMonth.values()) keep.add(name)
  const removed: string[] = []
  for (const f of files) {
    if (keep.has(f.name)) continue
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${f.path}${suffix}`, { force: true })
    removed.push(f.name)
  }
  return removed
}
