import { z } from 'zod'
import type { NationalBase } from '../reference/bases'
import { call } from './define'
import { yearSchema } from './common'

export const basesCalls = {
  'bases.list': call<NationalBase[]>()(z.object({ year: yearSchema }))
}
