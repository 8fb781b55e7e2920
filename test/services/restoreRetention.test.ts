import { afterEach, describe, expect, it } from 'vitest'
import { backupNow, listBackups, restore } from '../../src/main/services/backup'
import { getSettings, updateSettings } from '../../src/main/services/settings'
import { tempStore, type TempStore } from '../helpers/tempStore'

let store: TempStore | undefined
afterEach(() => store?.cleanup())

describe('backup retention', () => {
  it('orders backups taken within one second by when they were written', async () => {
    store = await tempStore()
    for (let i = 0; i < 12; i++) {
      updateSettings(store.ctx, { unitName: `版本${i}` })
      await backupNow(store.ctx, 'manual')
    }
    const kept = listBackups(store.ctx)
    expect(kept).toHaveLength(10)
    // Newest first: the last one written, whatever its name ("-10" sorts before "-2").
    await restore(store.ctx, kept[0]!.path)
    expect(getSettings(store.ctx).unitName).toBe('版本11')
  })

  it('spares the backup being restored from, though the restore’s own snapshot prunes the oldest', async () => {
    store = await tempStore()
    for (let i = 0; i < 10; i++) {
      updateSettings(store.ctx, { unitName: `版本${i}` })
      await backupNow(store.ctx, 'manual')
    }
    const oldest = listBackups(store.ctx).at(-1)!
    await restore(store.ctx, oldest.path)
    expect(getSettings(store.ctx).unitName).toBe('版本0')
  })
})
