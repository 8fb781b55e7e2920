import { useEffect, useRef, useState } from 'react'

/** The height of an element as it resizes (for a virtual table's scroll height). */
export function useElementHeight<E extends HTMLElement>(fallback: number) {
  const ref = useRef<E>(null)
  const [height, setHeight] = useState(fallback)
  useEffect(() => {
    const el = ref.current
    if (!el) return
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setHeight(Math.max(120, Math.floor(entry.contentRect.height)))
    })
    observer.observe(el)
    return () => observer.disconnect()
  }, [])
  return { ref, height }
}
