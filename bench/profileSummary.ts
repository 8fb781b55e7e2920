import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { ROOT } from './optional'

/**
 * `node bin/run-ts.cjs bench/profileSummary.ts DIR [N]`: the top self-time functions of each
 * .cpuprofile in DIR (written by `npm run bench -- --profile DIR`), for docs/performance.md.
 */
interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  hitCount?: number
}

interface Profile {
  nodes: ProfileNode[]
  samples?: number[]
  timeDeltas?: number[]
}

function where(frame: ProfileNode['callFrame']): string {
  const url = frame.url.replace(/^file:\/\//, '')
  const file = url.startsWith(ROOT) ? relative(ROOT, url) : url.replace(/.*node_modules\//, '')
  // Lines of .ts files are those of tsx's output, not the source: the function name says more.
  const line = file && !file.endsWith('.ts') ? `:${frame.lineNumber + 1}` : ''
  return `${frame.functionName || '(anonymous)'} ${file || '(native)'}${line}`
}

function summarise(file: string, top: number): string {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const self = new Map<string, number>()
  const samples = profile.samples ?? []
  const deltas = profile.timeDeltas ?? []
  let total = 0
  samples.forEach((id, i) => {
    const node = byId.get(id)
    const ms = (deltas[i] ?? 0) / 1000
    if (!node) return
    total += ms
    const key = where(node.callFrame)
    self.set(key, (self.get(key) ?? 0) + ms)
  })
  const rows = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)
  return [
    `${relative(process.cwd(), file)} — ${Math.round(total)} ms sampled`,
    ...rows.map(([key, ms]) => `  ${String(Math.round(ms)).padStart(7)} ms ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${key}`)
  ].join('\n')
}

const [dir, n] = process.argv.slice(2)
if (!dir) throw new Error('usage: profileSummary.ts DIR [N]')
for (const f of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).sort()) {
  process.stdout.write(`${summarise(join(dir, f), Number(n ?? 15))}\n\n`)
}
