import { describe, expect, it } from 'vitest'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

// `npm test` runs `electron-vite build` first; these check what Electron would load.
const OUT = join(__dirname, '..', '..', 'out')

describe('the Electron bundles', () => {
  it('gives the sandboxed preload nothing to require but electron', () => {
    const preload = readFileSync(join(OUT, 'preload', 'index.js'), 'utf8')
    const required = [...preload.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1])
    expect(required).toEqual(['electron'])
    expect(preload).toContain('exposeInMainWorld')
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/)
  })

  it('builds the main process and the renderer', () => {
    expect(existsSync(join(OUT, 'main', 'index.js'))).toBe(true)
    expect(readFileSync(join(OUT, 'renderer', 'index.html'), 'utf8')).toContain('<div id="root">')
  })
})
