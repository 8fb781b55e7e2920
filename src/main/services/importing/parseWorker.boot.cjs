// The import's worker thread when running from source (tests, the command line, the benchmark):
// the worker is TypeScript, loaded through tsx as bin/xueshi.cjs loads the command line. The
// built app runs out/main/importWorker.js instead (electron.vite.config.ts).
require('tsx/cjs/api').register()
require('./parseWorker.ts')
