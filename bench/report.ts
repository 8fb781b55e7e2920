import type { ChildResult } from './protocol'

/** One step's two measurements, as the table and the JSON show them. */
export interface StepFigures {
  id: string
  label: string
  baseline: ChildResult | { failed: string }
  ours: ChildResult | { failed: string }
  /** Each run's time when the step was run several times (the figures above are the medians). */
  samples?: { baseline: (number | null)[]; ours: (number | null)[] }
}

export const TARGETS = {
  importRatio: 1.5,
  approveRatio: 3,
  summaryRatio: 1.5,
  exportRatio: 1.5,
  certificatesRatio: 3,
  peakRssMb: 1024
} as const

export type Figure = keyof typeof TARGETS

/** Milliseconds measured, or a reason there are none. */
export function msOf(r: StepFigures['baseline']): number | string {
  if ('failed' in r) return `failed: ${r.failed}`
  if ('unavailable' in r.outcome) return `not available: ${r.outcome.unavailable}`
  return r.outcome.ms
}

export function ratioOf(steps: readonly StepFigures[]): number | string {
  let ours = 0
  let base = 0
  for (const s of steps) {
    const o = msOf(s.ours)
    const b = msOf(s.baseline)
    if (typeof o === 'string') return o
    if (typeof b === 'string') return b
    ours += o
    base += b
  }
  return base > 0 ? Math.round((ours / base) * 100) / 100 : 'no baseline'
}

/** Columns as a terminal shows them: a CJK character takes two. */
const displayWidth = (text: string): number => [...text].reduce((w, c) => w + ((c.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1), 0)

const cell = (v: number | string | undefined, width: number): string => {
  const text = v === undefined ? '' : typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(2)) : v
  const w = displayWidth(text)
  return w >= width ? `${text} ` : text + ' '.repeat(width - w)
}

const rssOf = (r: StepFigures['baseline']): number | string => ('failed' in r ? '—' : r.maxRssMb)

/** The table printed at the end of a run. */
export function table(steps: readonly StepFigures[], ratios: Partial<Record<Figure, number | string>>, stepRatio: Record<string, Figure>): string {
  const lines = [
    `${cell('step', 30)}${cell('baseline ms', 13)}${cell('ours ms', 13)}${cell('ours/base', 11)}${cell('RSS base MB', 13)}${cell('RSS ours MB', 13)}`
  ]
  for (const s of steps) {
    const o = msOf(s.ours)
    const b = msOf(s.baseline)
    const ratio = typeof o === 'number' && typeof b === 'number' && b > 0 ? o / b : '—'
    lines.push(`${cell(s.label, 30)}${cell(typeof b === 'number' ? Math.round(b) : '—', 13)}${cell(typeof o === 'number' ? Math.round(o) : '—', 13)}${cell(ratio, 11)}${cell(rssOf(s.baseline), 13)}${cell(rssOf(s.ours), 13)}`)
    for (const r of [o, b]) if (typeof r === 'string') lines.push(`    ${r}`)
  }
  lines.push('')
  for (const [figure, value] of Object.entries(ratios) as [Figure, number | string][]) {
    const target = TARGETS[figure]
    const verdict = typeof value === 'number' ? (value <= target ? 'ok' : 'OVER TARGET') : ''
    const steps = Object.entries(stepRatio).filter(([, f]) => f === figure).map(([id]) => id).join(' + ')
    lines.push(`${cell(figure, 20)}${cell(typeof value === 'number' ? value : value.replace(/ \(looked in.*\)/, ''), 34)}${cell(`target ≤ ${target}`, 16)}${cell(verdict, 12)}${steps}`)
  }
  return lines.join('\n')
}
