import { resolve } from 'node:path'
import { backupTo, restore } from '../../services/backup'
import { DB_HELP, EXIT_OK, requireString, UsageError, type Command } from '../command'
import { withApp } from '../withApp'

export const backupCommand: Command = {
  name: 'backup',
  summary: '把数据库备份到指定文件（在线备份，不影响正在使用的程序）',
  help: ['用法：xueshi backup --out FILE [--db PATH]', '', '选项：', '  --out FILE      备份文件路径', DB_HELP].join('\n'),
  options: { out: { type: 'string' } },
  run: (args, io) =>
    withApp(args, async ({ app }) => {
      const out = await backupTo(app, resolve(requireString(args, 'out')))
      io.out(`已备份到：${out}`)
      return EXIT_OK
    })
}

export const restoreCommand: Command = {
  name: 'restore',
  summary: '从备份文件恢复（先校验备份，再为当前数据做快照，然后替换）',
  help: [
    '用法：xueshi restore FILE [--db PATH]',
    '',
    '先检查备份文件的完整性；备份损坏或不是本程序的数据时拒绝恢复，当前数据保持不变。',
    '恢复前会把当前数据库另存一份快照到数据文件夹的 backups/ 中。',
    '',
    '选项：',
    DB_HELP
  ].join('\n'),
  options: {},
  run: (args, io) =>
    withApp(args, async ({ app }) => {
      const file = args.positionals[0]
      if (!file || args.positionals.length > 1) throw new UsageError('请给出一个备份文件')
      const { snapshot } = await restore(app, resolve(file))
      io.out(`已从「${file}」恢复。恢复前的数据已另存为：${snapshot.name}`)
      return EXIT_OK
    })
}
