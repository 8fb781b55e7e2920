import type Database from 'better-sqlite3'

/**
 * Who may use a connection while a long write keeps a transaction open across awaits (an import
 * writes its rows as a worker thread parses them). Registry calls, and the writes of long jobs
 * (an export's certificate codes), are `shared`; the import is `exclusive`: it starts once no
 * shared call is running, and calls that arrive while it holds the connection wait for its COMMIT
 * or ROLLBACK — otherwise their writes would join its transaction (and vanish with a dry run's
 * rollback) and their reads would see its rows early. While it waits, shared calls still go
 * ahead. Exports read on their own connection (withReadContext), so they never hold the gate
 * while they render.
 */
export class DbGate {
  private running = 0
  private idle: (() => void)[] = []
  private held: Promise<void> | null = null

  async shared<T>(work: () => T | Promise<T>): Promise<T> {
    while (this.held) await this.held
    this.running++
    try {
      return await work()
    } finally {
      if (--this.running === 0) for (const wake of this.idle.splice(0)) wake()
    }
  }

  /** `onWait` is told once when the work must wait for calls still running. */
  async exclusive<T>(work: () => T | Promise<T>, onWait?: () => void): Promise<T> {
    let told = false
    for (;;) {
      while (this.held) await this.held
      // Checked and taken in one synchronous step, so no call slips in between.
      if (this.running === 0) break
      if (!told) onWait?.()
      told = true
      await new Promise<void>((resolve) => this.idle.push(resolve))
    }
    let release!: () => void
    this.held = new Promise<void>((resolve) => (release = resolve))
    try {
      return await work()
    } finally {
      this.held = null
      release()
    }
  }
}

const gates = new WeakMap<Database.Database, DbGate>()

/** The gate of a connection: one per connection, as a transaction is. */
export function gateOf(db: Database.Database): DbGate {
  let gate = gates.get(db)
  if (!gate) {
    gate = new DbGate()
    gates.set(db, gate)
  }
  return gate
}
