import { resolve } from 'node:path'
import { writeTemplate } from '../../import/template'
import { EXIT_OK, requireString, UsageError, type Command } from '../command'

export const templateCommand: Command = {
  name: 'template',
  summary: '生成空白导入模板：人员名册（roster）或学时申报（claims）',
  help: [
    '用法：xueshi template roster|claims --out FILE.xlsx',
    '',
    '模板第一张表为数据表（带下拉选项，身份证号列为文本格式），第二张表「填写说明」逐列说明并给出每种继续教育形式的示例行。',
    '',
    '选项：',
    '  --out FILE      输出的 .xlsx 文件'
  ].join('\n'),
  options: { out: { type: 'string' } },
  async run(args, io) {
    const kind = args.positionals[0]
    if (kind !== 'roster' && kind !== 'claims') throw new UsageError('请指定模板类型：roster（人员名册）或 claims（学时申报）')
    const out = resolve(requireString(args, 'out'))
    if (!out.toLowerCase().endsWith('.xlsx')) throw new UsageError('--out 应为 .xlsx 文件')
    await writeTemplate(kind, out)
    io.out(`已生成${kind === 'roster' ? '人员名册' : '学时申报'}模板：${out}`)
    return EXIT_OK
  }
}
