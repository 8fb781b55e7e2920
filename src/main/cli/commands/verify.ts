import { verifyCertificate } from '../../services/exporting'
import { DB_HELP, EXIT_OK, EXIT_REFUSED, UsageError, type Command } from '../command'
import { withApp } from '../withApp'

export const verifyCommand: Command = {
  name: 'verify',
  summary: '按学时证明上的验证码查验：是谁的证明、证明了什么',
  help: ['用法：xueshi verify CODE [--json] [--db PATH]', '', '选项：', '  --json          以 JSON 输出', DB_HELP].join('\n'),
  options: { json: { type: 'boolean' } },
  run: (args, io) => {
    const code = args.positionals[0]
    if (!code || args.positionals.length > 1) throw new UsageError('请给出一个验证码')
    return withApp(args, ({ app }) => {
      const found = verifyCertificate(app, code)
      if (args.values.json) {
        io.out(JSON.stringify({ code, valid: found !== null, certificate: found }, null, 2))
        return found ? EXIT_OK : EXIT_REFUSED
      }
      if (!found) {
        io.err(`验证码「${code}」无效：本单位没有签发过此学时证明，或证明内容已被改动。`)
        return EXIT_REFUSED
      }
      io.out(
        [
          `验证码 ${found.code} 有效：`,
          `  ${found.unitName || '（未设置单位名称）'} ${found.year} 年度继续教育学时证明`,
          `  姓名：${found.name}（${found.idNumberMasked}），部门：${found.department}`,
          `  公需 ${found.publicHours} 学时，专业 ${found.professionalHours} 学时，合计 ${found.totalHours} 学时`,
          `  ${found.yearMet ? '视为完成当年继续教育学时；' : ''}${found.compliant ? '已达标' : '未达标'}`,
          `  签发时间：${new Date(found.issuedAt).toLocaleString('zh-CN', { hour12: false })}`
        ].join('\n')
      )
      return EXIT_OK
    })
  }
}
