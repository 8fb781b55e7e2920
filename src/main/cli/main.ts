import { isAppError } from '../../shared/errors'
import { EXIT_OK, EXIT_REFUSED, EXIT_USAGE, parseCommandArgs, UsageError, type Command, type Io } from './command'
import { commands } from './commands'

// `xueshi summary | head` closes the pipe early: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0)
  })
}

const stdio: Io = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`)
}

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length))
  return [
    '学时核认助手 命令行（xueshi）',
    '',
    '用法：xueshi <命令> [选项]',
    '',
    '命令：',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    '每个命令都接受 --db PATH 与 --help。退出码：0 成功，1 输入被拒绝（未做任何更改），2 用法错误。'
  ].join('\n')
}

/** Runs one command line; never lets a stack trace reach the user. */
export async function main(argv: string[], io: Io = stdio): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(overview())
    return name ? EXIT_OK : EXIT_USAGE
  }
  const command: Command | undefined = commands.find((c) => c.name === name)
  if (!command) {
    io.err(`未知的命令：${name}\n\n${overview()}`)
    return EXIT_USAGE
  }
  try {
    const args = parseCommandArgs(command, rest)
    if (args.values.help) {
      io.out(command.help)
      return EXIT_OK
    }
    return await command.run(args, io)
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${e.message}\n\n${command.help}`)
      return EXIT_USAGE
    }
    if (isAppError(e)) {
      io.err(`错误：${e.message}`)
      return EXIT_REFUSED
    }
    if (process.env.XUESHI_DEBUG) io.err(e instanceof Error ? (e.stack ?? e.message) : String(e))
    io.err('内部错误：操作未完成，数据未更改。设置环境变量 XUESHI_DEBUG=1 可查看技术细节。')
    return EXIT_REFUSED
  }
}
