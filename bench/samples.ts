import type { ChildResult } from './protocol'

type Sample = ChildResult | { failed: string }

const msOfSample = (s: Sample): number | undefined => ('failed' in s || 'unavailable' in s.outcome ? undefined : s.outcome.ms)

/**
 * The sample of median time among several runs of one variant (the upper median of an even
 * count), carrying the largest peak RSS of them all; a failure or an unavailable outcome wins,
 * so it is reported rather than hidden.
 */
export function medianSample(samples: readonly Sample[]): Sample {
  const bad = samples.find((s) => msOfSample(s) === undefined)
  if (bad || samples.length === 0) return bad ?? { failed: 'no sample' }
  const sorted = [...samples].sort((a, b) => (msOfSample(a) ?? 0) - (msOfSample(b) ?? 0))
  const median = sorted[Math.floor(sorted.length / 2)] as ChildResult
  const maxRssMb = Math.max(...samples.map((s) => (s as ChildResult).maxRssMb))
  return { ...median, maxRssMb }
}

/** The times of the samples, for the JSON (rounded to 0.1 ms). */
export const sampleTimes = (samples: readonly Sample[]): (number | null)[] =>
  samples.map((s) => {
    const ms = msOfSample(s)
    return ms === undefined ? null : Math.round(ms * 10) / 10
  })
