import type { settingsCalls } from '../../shared/contract/settings'
import type { Handlers } from '../transport/registry'
import { getPolicy, getSettings, setPolicy, updateSettings } from '../services/settings'

export const settingsHandlers: Handlers<typeof settingsCalls> = {
  'settings.get': (_input, { app }) => getSettings(app),
  'settings.update': (patch, { app }) => updateSettings(app, patch),
  'settings.policy': ({ year }, { app }) => getPolicy(app, year),
  'settings.setPolicy': (policy, { app }) => setPolicy(app, policy)
}
