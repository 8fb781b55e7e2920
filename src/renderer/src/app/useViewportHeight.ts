import { useSyncExternalStore } from 'react'

function subscribe(listener: () => void): () => void {
  window.addEventListener('resize', listener)
  return () => window.removeEventListener('resize', listener)
}

/** The window's inner height, following resizes (for a table's scroll height). */
export function useViewportHeight(): number {
  return useSyncExternalStore(subscribe, () => window.innerHeight)
}
