import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { resolveDbPath } from '../../storage/paths'
import { createApp } from '../../app/createApp'
import { startHttpHost } from '../../transport/http'
import { DB_HELP, EXIT_OK, stringOption, UsageError, type Command } from '../command'

const RENDERER_DIR = join(__dirname, '..', '..', '..', '..', 'out', 'renderer')

export const serveCommand: Command = {
  name: 'serve',
  summary: '在本机（127.0.0.1）启动浏览器模式，打印带访问令牌的地址',
  help: [
    '用法：xueshi serve [--port N] [--db PATH]',
    '',
    '只在 127.0.0.1 上监听，每次启动生成新的访问令牌；用打印出的完整地址在浏览器中打开。按 Ctrl+C 停止。',
    '',
    '选项：',
    '  --port N        端口（默认随机空闲端口）',
    DB_HELP
  ].join('\n'),
  options: { port: { type: 'string' } },
  async run(args, io) {
    const portText = stringOption(args, 'port')
    const port = portText === undefined ? 0 : Number(portText)
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port 应为 0–65535 的整数（收到「${portText}」）`)
    const instance = await createApp(resolveDbPath(stringOption(args, 'db')))
    const hasRenderer = existsSync(join(RENDERER_DIR, 'index.html'))
    const host = await startHttpHost({
      registry: instance.registry,
      app: instance.app,
      files: instance.files,
      ...(hasRenderer ? { rendererDir: RENDERER_DIR } : {}),
      port
    })
    io.out(`学时核认助手已启动：${host.url}`)
    if (!hasRenderer) io.err('提示：界面尚未构建，只提供接口。请先运行 npm run build:renderer。')
    await new Promise<void>((resolve) => {
      const stop = () => resolve()
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
    })
    await host.close()
    instance.close()
    return EXIT_OK
  }
}
