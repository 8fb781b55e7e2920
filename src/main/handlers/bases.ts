import type { basesCalls } from '../../shared/contract/bases'
import type { Handlers } from '../transport/registry'
import { listBases } from '../services/bases'

export const basesHandlers: Handlers<typeof basesCalls> = {
  'bases.list': ({ year }, { app }) => listBases(app, year)
}
