#!/usr/bin/env node
// Runs the TypeScript command line directly through tsx, so `npx xueshi` works right after
// `npm ci` with no build step.
require('tsx/cjs/api').register()
const { main } = require('../src/main/cli/main.ts')

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  () => {
    process.stderr.write('内部错误：操作未完成。\n')
    process.exitCode = 1
  }
)
