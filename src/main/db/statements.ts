import type Database from 'better-sqlite3'

type AnyStatement = Database.Statement<unknown[], unknown>
const caches = new WeakMap<Database.Database, Map<string, AnyStatement>>()

/**
 * A prepared statement, prepared once per connection and reused: preparing is the costly part
 * of a small query, and bulk imports run the same statement tens of thousands of times.
 */
export function prepared<P extends unknown[] = unknown[], R = unknown>(
  db: Database.Database,
  sql: string
): Database.Statement<P, R> {
  let cache = caches.get(db)
  if (!cache) {
    cache = new Map()
    caches.set(db, cache)
  }
  let statement = cache.get(sql)
  if (!statement) {
    statement = db.prepare<unknown[], unknown>(sql)
    cache.set(sql, statement)
  }
  // The cache is keyed by SQL text, so the same text always carries the same parameter and row types.
  return statement as unknown as Database.Statement<P, R>
}

/** Escapes % _ and \ for a LIKE … ESCAPE '\' pattern that matches `text` anywhere. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}
