import { parseArgs, type ParseArgsConfig } from 'node:util'

export type Options = NonNullable<ParseArgsConfig['options']>

export interface Io {
  out(text: string): void
  err(text: string): void
}

export interface Parsed {
  values: Record<string, string | boolean | string[] | undefined>
  positionals: string[]
}

/** A command of `xueshi`: its own options, help text, and run returning the exit code. */
export interface Command {
  name: string
  /** One line for `xueshi --help`. */
  summary: string
  /** Full help: usage lines and options, Chinese. */
  help: string
  options: Options
  run(args: Parsed, io: Io): Promise<number>
}

/** Exit codes: 0 done, 1 input refused (nothing changed), 2 usage error. */
export const EXIT_OK = 0
export const EXIT_REFUSED = 1
export const EXIT_USAGE = 2

export class UsageError extends Error {}

export const COMMON_OPTIONS: Options = {
  db: { type: 'string' },
  help: { type: 'boolean', short: 'h' }
}

export function parseCommandArgs(command: Command, argv: string[]): Parsed {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...COMMON_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true
    })
    return { values: values as Parsed['values'], positionals }
  } catch (e) {
    throw new UsageError(translateParseError(e instanceof Error ? e.message : String(e)))
  }
}

function translateParseError(message: string): string {
  const unknown = /Unknown option '([^']+)'/.exec(message)
  if (unknown) return `未知的选项：${unknown[1]}`
  const missing = /Option '([^']+)' argument missing/.exec(message)
  if (missing) return `选项 ${missing[1]} 需要一个值`
  return `参数有误：${message}`
}

export function stringOption(args: Parsed, name: string): string | undefined {
  const v = args.values[name]
  return typeof v === 'string' ? v : undefined
}

export function requireString(args: Parsed, name: string): string {
  const v = stringOption(args, name)
  if (v === undefined || v === '') throw new UsageError(`缺少选项 --${name}`)
  return v
}

export function yearOption(args: Parsed, name = 'year'): number {
  const raw = requireString(args, name)
  const year = Number(raw)
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new UsageError(`--${name} 应为年份，例如 2026（收到「${raw}」）`)
  return year
}

export const DB_HELP = '  --db PATH       数据库文件（默认：桌面程序使用的数据库；也可用环境变量 XUESHI_DB 指定）'
