import { prepare } from './prepare'
import { formatResult } from './protocol'
import { STEPS } from './steps'
import { type Outcome, timed, type Variant } from './steps/types'
import { type SizeName, workspace } from './workspace'

/*
 * One measured variant of one step, in a process of its own so its peak RSS is its own:
 * `child.ts STEP VARIANT DIR SIZE`, printing one result line for the parent.
 */

async function run(stepId: string, variant: Variant, dir: string, sizeName: SizeName): Promise<Outcome> {
  const ws = workspace(dir, sizeName)
  if (stepId === 'prepare') return timed(() => prepare(ws))
  const step = STEPS.find((s) => s.id === stepId)
  if (!step) throw new Error(`unknown step ${stepId}`)
  return variant === 'ours' ? step.ours(ws) : step.baseline(ws)
}

async function main(): Promise<void> {
  const [stepId, variant, dir, sizeName] = process.argv.slice(2)
  if (!stepId || (variant !== 'baseline' && variant !== 'ours') || !dir || (sizeName !== 'quick' && sizeName !== 'full')) {
    throw new Error('usage: child.ts STEP baseline|ours DIR quick|full')
  }
  const outcome = await run(stepId, variant, dir, sizeName)
  process.stdout.write(formatResult({ outcome, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }))
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`)
  process.exit(1)
})
