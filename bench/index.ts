import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, freemem, tmpdir, totalmem } from 'node:os'
import { join, resolve } from 'node:path'
import { totalClaims } from './generate/unit'
import type { ChildResult } from './protocol'
import { type Figure, msOf, ratioOf, type StepFigures, table } from './report'
import { medianSample, sampleTimes } from './samples'
import { runChild } from './spawn'
import { STEPS } from './steps'
import type { Variant } from './steps/types'
import { type SizeName, sizeOf } from './workspace'

/**
 * `npm run bench [-- --quick] [-- --json FILE] [--keep] [--profile DIR] [--only a,b]`: generates a
 * synthetic unit, then times each step of the deadline week (import, approve, summary, export,
 * certificates) against what its library does at best, side by side in the same run.
 */
interface Args {
  size: SizeName
  json?: string
  keep: boolean
  profileDir?: string
  only?: string[]
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { size: 'full', keep: false }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    const value = (): string => {
      const v = argv[++i]
      if (v === undefined) throw new Error(`${a} needs a value`)
      return v
    }
    if (a === '--quick') args.size = 'quick'
    else if (a === '--full') args.size = 'full'
    else if (a === '--json') args.json = resolve(value())
    else if (a === '--keep') args.keep = true
    else if (a === '--profile') args.profileDir = resolve(value())
    else if (a === '--only') args.only = value().split(',')
    else throw new Error(`unknown option ${a}`)
  }
  return args
}

/** Which figure each step feeds: both imports are summed into importRatio. */
const STEP_RATIO: Record<string, Figure> = {
  importRoster: 'importRatio',
  importClaims: 'importRatio',
  approve: 'approveRatio',
  summary: 'summaryRatio',
  export: 'exportRatio',
  certificates: 'certificatesRatio'
}

/** What a step reads that an earlier step leaves behind. */
const NEEDS: Record<string, readonly string[]> = {
  importClaims: ['importRoster'],
  summary: ['approve'],
  export: ['approve'],
  certificates: ['approve']
}

function selected(only: readonly string[] | undefined): (id: string) => boolean {
  if (!only) return () => true
  const wanted = new Set(only.flatMap((id) => [id, ...(NEEDS[id] ?? [])]))
  return (id) => wanted.has(id)
}

async function attempt(step: string, variant: Variant, dir: string, args: Args): Promise<ChildResult | { failed: string }> {
  try {
    // Baselines are never profiled: the profile is for finding where our time goes.
    return await runChild(step, variant, dir, args.size, variant === 'ours' && args.profileDir ? { profileDir: args.profileDir } : {})
  } catch (e) {
    return { failed: e instanceof Error ? e.message : String(e) }
  }
}

function machine(): Record<string, string | number> {
  return {
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? '',
    totalMemGb: Math.round(totalmem() / 1e8) / 10,
    freeMemGb: Math.round(freemem() / 1e8) / 10,
    date: new Date().toISOString()
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2))
  const size = sizeOf(args.size)
  const dir = mkdtempSync(join(tmpdir(), 'xueshi-bench-'))
  if (args.profileDir) mkdirSync(args.profileDir, { recursive: true })
  const log = (line: string) => process.stderr.write(`${line}\n`)
  log(`${args.size}: ${size.people} people, ${size.claimsPerYear} claims a year × ${size.years.length} years, in ${dir}`)
  try {
    const prepared = await runChild('prepare', 'baseline', dir, args.size)
    if (!('ms' in prepared.outcome)) throw new Error('prepare measured nothing')
    log(`prepared in ${Math.round(prepared.outcome.ms / 1000)} s: ${JSON.stringify(prepared.outcome.detail)}`)

    const figures: StepFigures[] = []
    const wanted = selected(args.only)
    for (const step of STEPS) {
      if (!wanted(step.id)) continue
      // Baseline and ours alternate, so a slow spell of the host falls on both.
      const runs: { baseline: StepFigures['baseline'][]; ours: StepFigures['ours'][] } = { baseline: [], ours: [] }
      for (let i = 0; i < (step.samples ?? 1); i++) {
        for (const variant of ['baseline', 'ours'] as const) {
          const result = await attempt(step.id, variant, dir, args)
          log(`${step.id} ${variant}: ${String(msOf(result))}`)
          runs[variant].push(result)
        }
      }
      figures.push({
        id: step.id,
        label: step.label,
        baseline: medianSample(runs.baseline),
        ours: medianSample(runs.ours),
        samples: { baseline: sampleTimes(runs.baseline), ours: sampleTimes(runs.ours) }
      })
    }

    const ratios: Partial<Record<Figure, number | string>> = {}
    for (const figure of new Set(Object.values(STEP_RATIO))) {
      const steps = figures.filter((f) => STEP_RATIO[f.id] === figure)
      if (steps.length) ratios[figure] = ratioOf(steps)
    }
    const rss = figures.flatMap((f) => ('failed' in f.ours || 'unavailable' in f.ours.outcome ? [] : [f.ours.maxRssMb]))
    ratios.peakRssMb = rss.length ? Math.max(...rss) : 'nothing measured'

    process.stdout.write(`${table(figures, ratios, STEP_RATIO)}\n`)
    if (args.json) {
      const steps = Object.fromEntries(figures.map((f) => [f.id, { baseline: f.baseline, ours: f.ours, samplesMs: f.samples }]))
      const out = { ...ratios, people: size.people, claims: totalClaims(size), size: args.size, prepare: prepared, steps, machine: machine() }
      writeFileSync(args.json, `${JSON.stringify(out, null, 2)}\n`)
      log(`figures written to ${args.json}`)
    }
  } finally {
    if (args.keep) log(`kept ${dir}`)
    else rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`)
  process.exit(1)
})
