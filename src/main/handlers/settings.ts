import type { settingsCalls } from '../../shared/contract/settings'
import type { Handlers } from '../transport/registry'
import { getPolicy, getSettings, setPolicy, updateSettings } from '../services/settings'
import { getDeadline, setDeadline } from '../services/deadline'

export const settingsHandlers: Handlers<typeof settingsCalls> = {
  'settings.get': (_input, { app }) => getSettings(app),
  'settings.update': (patch, { app }) => updateSettings(app, patch),
  'settings.policy': ({ year }, { app }) => getPolicy(app, year),
  'settings.setPolicy': (policy, { app }) => setPolicy(app, policy),
  'settings.deadline': ({ year }, { app }) => ({ deadline: getDeadline(app, year) }),
  'settings.setDeadline': ({ year, deadline }, { app }) => ({ deadline: setDeadline(app, year, deadline) })
}
