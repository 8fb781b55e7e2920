import type { NationalBase } from '../../shared/reference/bases'
import type { AppContext } from '../context'
import { listBases as listBaseRows } from '../db/repos/bases'

/** National-level bases valid in `year` (an empty list when the year has none on record). */
export function listBases(ctx: AppContext, year: number): NationalBase[] {
  return listBaseRows(ctx.db, year)
}
