import { useCallback, useEffect, useEffectEvent, useState } from 'react'
import { errorText } from './errorText'

export interface Loaded<T> {
  /** The latest answer; kept while a new one loads, so tables do not flash empty. */
  data: T | undefined
  loading: boolean
  error: string | null
  reload(): void
}

/**
 * Loads data for a query named by `key` (everything `load` reads must be in the key): a new key
 * or reload() runs it again; an answer to an older key is dropped.
 */
export function useLoaded<T>(key: string, load: () => Promise<T>): Loaded<T> {
  const [version, setVersion] = useState(0)
  const [state, setState] = useState<{ key: string; data?: T; error: string | null } | null>(null)
  const fullKey = `${key}#${version}`
  const run = useEffectEvent(load)
  useEffect(() => {
    let live = true
    run().then(
      (data) => live && setState({ key: fullKey, data, error: null }),
      (e: unknown) => live && setState((prev) => ({ key: fullKey, data: prev?.data, error: errorText(e) }))
    )
    return () => {
      live = false
    }
  }, [fullKey])
  const reload = useCallback(() => setVersion((v) => v + 1), [])
  return { data: state?.data, loading: state?.key !== fullKey, error: state?.key === fullKey ? state.error : null, reload }
}
