import type { Workspace } from '../workspace'

/** Figures a step reports beside its time (rows read, cells, pages, bytes written …). */
export type Detail = Record<string, number | string>

/** The measured part of one variant, or why there is nothing to measure yet. */
export type Outcome = { ms: number; detail: Detail } | { unavailable: string }

export type Variant = 'baseline' | 'ours'

export interface Step {
  id: string
  /** Column heading in the table. */
  label: string
  /**
   * Runs of each variant, alternating, of which the median is reported (default 1): a step of
   * a fraction of a second to a few seconds moves by ±30 % with the host between two runs.
   */
  samples?: number
  baseline(ws: Workspace): Promise<Outcome>
  ours(ws: Workspace): Promise<Outcome>
}

const collect = (globalThis as { gc?: () => void }).gc

/**
 * Times only `work`; whatever the variant sets up before calling this is left out. The heap is
 * collected first (children run with --expose-gc): otherwise the garbage of loading the
 * harness's modules is still in the young generation, and whichever variant allocates enough
 * to trigger the next scavenge pays for copying it (up to 5 ms, a quarter of the quick
 * summary's baseline).
 */
export async function timed(work: () => Promise<Detail> | Detail): Promise<Outcome> {
  collect?.()
  const start = process.hrtime.bigint()
  const detail = await work()
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, detail }
}
