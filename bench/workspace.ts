import { join } from 'node:path'
import { FULL, QUICK, type UnitSize } from './generate/unit'

export type SizeName = 'quick' | 'full'

export const sizeOf = (name: SizeName): UnitSize => (name === 'quick' ? QUICK : FULL)

/** The files of one benchmark run, all inside its temporary folder. */
export interface Workspace {
  dir: string
  size: UnitSize
  sizeName: SizeName
  /** 人员名册 workbook (every person). */
  roster: string
  /** 学时申报 workbook (the last year's claims). */
  claims: string
  /** The unit with five years of claims, inserted through the store's bulk functions; last year pending. */
  unitDb: string
  /** Left by the ours import steps: the roster import's database, then the claims import's. */
  importDb: string
  /** The unit after the last year was approved (by the baseline UPDATE): summary, export and certificates read it. */
  approvedDb: string
}

export function workspace(dir: string, sizeName: SizeName): Workspace {
  return {
    dir,
    size: sizeOf(sizeName),
    sizeName,
    roster: join(dir, 'roster.xlsx'),
    claims: join(dir, 'claims.xlsx'),
    unitDb: join(dir, 'unit.db'),
    importDb: join(dir, 'import', 'import.db'),
    approvedDb: join(dir, 'approved.db')
  }
}
