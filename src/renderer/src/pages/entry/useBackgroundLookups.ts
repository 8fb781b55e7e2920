import { useCallback, useEffect, useRef, useState } from 'react'

const DELAY_MS = 300
const CONCURRENCY = 6
const FLUSH_MS = 60

/**
 * Answers many keyed questions in the background (the rules' preview of each row, the roster
 * entry of each ID number): asked after the keys stop changing for a moment, a few at a time,
 * each key once; answers arrive in batches so hundreds of rows cause a handful of renders.
 */
export function useBackgroundLookups<T>(keys: readonly string[], lookup: (key: string) => Promise<T>) {
  const [answers, setAnswers] = useState<ReadonlyMap<string, T>>(() => new Map())
  const asked = useRef(new Set<string>())
  const lookupRef = useRef(lookup)
  useEffect(() => {
    lookupRef.current = lookup
  })
  const missing = [...new Set(keys)].filter((k) => !answers.has(k))
  const wanted = missing.join('\u0000')

  useEffect(() => {
    if (!wanted) return
    const timer = window.setTimeout(() => {
      const queue = wanted.split('\u0000').filter((k) => !asked.current.has(k))
      queue.forEach((k) => asked.current.add(k))
      const arrived = new Map<string, T>()
      let flushTimer: number | undefined
      const flush = () => {
        flushTimer = undefined
        const batch = new Map(arrived)
        arrived.clear()
        setAnswers((prev) => new Map([...prev, ...batch]))
      }
      const worker = async () => {
        for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
          arrived.set(key, await lookupRef.current(key))
          flushTimer ??= window.setTimeout(flush, FLUSH_MS)
        }
      }
      void Promise.all(Array.from({ length: CONCURRENCY }, worker))
    }, DELAY_MS)
    return () => window.clearTimeout(timer)
  }, [wanted])

  /** Records an answer known without asking (a person picked from the list). */
  const remember = useCallback((key: string, value: T) => {
    asked.current.add(key)
    setAnswers((prev) => new Map(prev).set(key, value))
  }, [])
  return { answers, remember }
}
