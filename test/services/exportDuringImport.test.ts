import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { gateOf } from '../../src/main/db/gate'
import { addClaim } from '../../src/main/services/claims'
import { exportCertificates } from '../../src/main/services/exporting'
import { approve } from '../../src/main/services/review'
import { addEmployee } from '../../src/main/services/roster'
import { trainingFacts } from '../helpers/claimFacts'
import { idNumber } from '../helpers/idNumbers'
import { tempStore, type TempStore } from '../helpers/tempStore'

let store: TempStore
beforeEach(async () => {
  store = await tempStore({ start: '2026-12-01T09:00:00' })
  const person = addEmployee(store.ctx, { idNumber: idNumber(1), name: '张喆', department: '内科' })
  approve(store.ctx, [addClaim(store.ctx, { employeeId: person.id, title: '培训', facts: trainingFacts() }).id])
})
afterEach(() => store.cleanup())

const codes = (): number => (store.ctx.db.prepare('SELECT count(*) AS n FROM certificates').get() as { n: number }).n

describe('a certificate export that ends while an import holds the database', () => {
  it('renders meanwhile, then writes its codes after the import, not inside its transaction', async () => {
    const db = store.ctx.db
    let endImport!: () => void
    // An import that will roll back (a dry run, or a refused file), holding the connection.
    const importing = gateOf(db).exclusive(async () => {
      db.exec('BEGIN IMMEDIATE')
      await new Promise<void>((resolve) => (endImport = resolve))
      db.exec('ROLLBACK')
    })
    let exported = false
    const exporting = exportCertificates(store.ctx, 2026, join(store.dir, '学时证明.pdf')).then((r) => ((exported = true), r))
    // The PDF is rendered on its own connection; only the codes wait for the import.
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(exported).toBe(false)
    endImport()
    await importing
    expect((await exporting).pages).toBe(1)
    expect(codes()).toBe(1)
  }, 30_000)
})
