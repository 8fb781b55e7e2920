#!/usr/bin/env node
// Runs a TypeScript entry point from source (the benchmark, its child steps) without a build:
// `node bin/run-ts.cjs FILE.ts [args…]`. The script sees its own arguments from argv[2] on.
const path = require('node:path')

const entry = process.argv[2]
if (!entry) {
  process.stderr.write('usage: node bin/run-ts.cjs FILE.ts [args…]\n')
  process.exit(2)
}
require('tsx/cjs/api').register()
process.argv.splice(1, 2, path.resolve(entry))
require(path.resolve(entry))
