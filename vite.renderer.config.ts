import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig, type UserConfig } from 'vite'

/**
 * The renderer's build, shared by electron-vite (the desktop app) and by the loopback HTTP host
 * (browser mode and UI tests), so both serve the very same bundle.
 */
export const rendererConfig: UserConfig = {
  root: resolve(__dirname, 'src/renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve(__dirname, 'out/renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: { input: resolve(__dirname, 'src/renderer/index.html') }
  }
}

export default defineConfig(rendererConfig)
