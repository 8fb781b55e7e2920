import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'

export const ROOT = join(__dirname, '..', '..', '..')
export const XUESHI = join(ROOT, 'bin', 'xueshi.cjs')

export interface Served {
  url: string
  origin: string
  token: string
  child: ChildProcess
  stop(): Promise<void>
}

/** Starts `xueshi serve` on a database, as a user would, and waits for the address line. */
export function serve(dbPath: string): Promise<Served> {
  const child = spawn(process.execPath, [XUESHI, 'serve', '--db', dbPath], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
  return new Promise((resolve, reject) => {
    let out = ''
    let err = ''
    const timer = setTimeout(() => reject(new Error(`xueshi serve did not start: ${out}${err}`)), 30_000)
    child.stderr?.on('data', (c: Buffer) => (err += c.toString()))
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString()
      const m = /(http:\/\/127\.0\.0\.1:\d+)\/\?token=([0-9a-f]+)/.exec(out)
      if (m?.[1] && m[2]) {
        clearTimeout(timer)
        resolve({
          url: m[0],
          origin: m[1],
          token: m[2],
          child,
          stop: () =>
            new Promise((r) => {
              if (child.exitCode !== null) return r()
              child.once('exit', () => r())
              child.kill('SIGTERM')
            })
        })
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`xueshi serve exited with ${code}: ${out}${err}`))
    })
  })
}
