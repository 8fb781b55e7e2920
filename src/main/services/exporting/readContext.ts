import type { AppContext } from '../../context'
import { openConnection } from '../../db/connection'

/**
 * Runs an export on its own read-only connection. A long export iterates SQL while it awaits
 * the file; on the main connection that would block every other call ("connection is busy")
 * for minutes. WAL lets this reader see one consistent snapshot while the officer keeps working.
 */
export async function withReadContext<T>(ctx: AppContext, fn: (read: AppContext) => Promise<T>): Promise<T> {
  const db = openConnection(ctx.dbPath, { readonly: true })
  try {
    db.exec('BEGIN')
    return await fn({ ...ctx, db })
  } finally {
    if (db.inTransaction) db.exec('COMMIT')
    db.close()
  }
}
