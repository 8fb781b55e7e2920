import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    pool: 'forks',
    // Generous: CI machines are shared; a slow wait should not read as a failure.
    testTimeout: 90_000,
    hookTimeout: 120_000
  }
})
