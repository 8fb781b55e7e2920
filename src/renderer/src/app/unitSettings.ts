import { useEffect, useSyncExternalStore } from 'react'
import type { UnitSettings } from '../../../shared/domain/settings'
import { api } from '../api/client'

/**
 * The unit's settings, shared by the header (unit name, window title) and the settings screen:
 * a save on the settings screen shows in the header at once.
 */
let current: UnitSettings | null = null
let loading: Promise<void> | null = null
const listeners = new Set<() => void>()

function publish(next: UnitSettings): void {
  current = next
  for (const l of listeners) l()
}

export function setUnitSettings(next: UnitSettings): void {
  publish(next)
}

export function reloadUnitSettings(): Promise<void> {
  loading ??= api('settings.get', {})
    .then(publish)
    .finally(() => {
      loading = null
    })
  return loading
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useUnitSettings(): UnitSettings | null {
  const value = useSyncExternalStore(subscribe, () => current)
  useEffect(() => {
    if (current === null) reloadUnitSettings().catch(() => undefined)
  }, [])
  return value
}
