import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import { rendererConfig } from './vite.renderer.config'

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          // The import's parse thread; partsSource.ts finds it beside index.js.
          importWorker: resolve(__dirname, 'src/main/services/importing/parseWorker.ts')
        }
      }
    }
  },
  preload: {
    // A sandboxed preload can require only electron: bundle zod and the contract into it.
    build: { externalizeDeps: false, rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } } }
  },
  renderer: rendererConfig
})
