#!/usr/bin/env node
// Before `npm start`: make sure Electron's binary and an Electron-ABI build of better-sqlite3
// exist. Both need the internet, which a user's machine has and the build machines do not:
// `npm ci` denies electron's install script (package.json allowScripts), so it runs here.
// The Electron build of better-sqlite3 goes to .native/ and is loaded via `nativeBinding`,
// leaving node_modules' Node build alone: `npm test` and `npm start` work in either order.
const { execFileSync } = require('node:child_process')
const { existsSync, mkdirSync, cpSync, copyFileSync, rmSync, mkdtempSync } = require('node:fs')
const { join } = require('node:path')
const { tmpdir } = require('node:os')

const root = join(__dirname, '..')
const electronDir = join(root, 'node_modules', 'electron')
const electronVersion = require(join(electronDir, 'package.json')).version

function run(cmd, args, cwd) {
  execFileSync(cmd, args, { cwd, stdio: 'inherit', shell: process.platform === 'win32' })
}

function ensureElectronBinary() {
  if (existsSync(join(electronDir, 'path.txt'))) return
  console.log(`正在下载 Electron ${electronVersion}（首次启动需要联网）… / Downloading Electron ${electronVersion}…`)
  run(process.execPath, [join(electronDir, 'install.js')], electronDir)
}

function nativeTarget() {
  return join(root, '.native', `electron-${electronVersion}-${process.platform}-${process.arch}`, 'better_sqlite3.node')
}

function ensureElectronSqlite() {
  const target = nativeTarget()
  if (existsSync(target)) return
  console.log('正在为 Electron 准备 better-sqlite3… / Preparing better-sqlite3 for Electron…')
  const work = mkdtempSync(join(tmpdir(), 'xueshi-native-'))
  try {
    const src = join(root, 'node_modules', 'better-sqlite3')
    cpSync(src, work, { recursive: true, filter: (p) => !p.includes(`${join('better-sqlite3', 'build')}`) })
    const bin = join(root, 'node_modules', '.bin')
    try {
      run(join(bin, 'prebuild-install'), ['--runtime', 'electron', '--target', electronVersion, '--arch', process.arch], work)
    } catch {
      // npm tells its scripts where its own node-gyp is.
      const gyp = process.env.npm_config_node_gyp
      const gypArgs = ['rebuild', '--release', `--target=${electronVersion}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers']
      if (gyp) run(process.execPath, [gyp, ...gypArgs], work)
      else run('npx', ['--yes', 'node-gyp', ...gypArgs], work)
    }
    mkdirSync(join(target, '..'), { recursive: true })
    copyFileSync(join(work, 'build', 'Release', 'better_sqlite3.node'), target)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

try {
  ensureElectronBinary()
  ensureElectronSqlite()
} catch (e) {
  console.error('准备 Electron 失败：请确认本机可以访问互联网后重试 `npm start`。')
  console.error(`Preparing Electron failed (${e && e.message}); check the internet connection and run npm start again.`)
  process.exit(1)
}
