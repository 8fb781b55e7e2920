import { describe, expect, it } from 'vitest'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { xueshi } from './run'

const db = join(mkdtempSync(join(tmpdir(), 'xueshi-usage-')), 'x.db')

describe('xueshi usage', () => {
  it('lists the commands and answers --help on each with exit 0', () => {
    const all = xueshi(['--help'], db)
    expect(all.code).toBe(0)
    for (const name of ['template', 'import', 'review', 'summary', 'export', 'verify', 'settings', 'backup', 'restore', 'serve']) {
      expect(all.stdout).toContain(name)
      const help = xueshi([name, '--help'], db)
      expect(help.code, name).toBe(0)
      expect(help.stdout, name).toContain('用法：xueshi')
      // Every command that touches the data takes --db; a template is only a file.
      if (name !== 'template') expect(help.stdout, name).toContain('--db PATH')
    }
  }, 120_000)

  it('exits 2 with a Chinese message on a usage error, and never prints a stack', () => {
    const cases = [
      [['nonsense'], '未知的命令'],
      [['summary', '--bogus'], '未知的选项'],
      [['summary'], '缺少选项 --year'],
      [['summary', '--year', '20x6'], '应为年份'],
      [['import', 'people', 'x.xlsx'], '请指定导入类型'],
      [['export', 'annual', '--year', '2026', '--out', 'a.pdf'], '--out 应为 .xlsx 文件'],
      [['review', 'approve', '--year', '2026'], '--all']
    ] as const
    for (const [args, message] of cases) {
      const r = xueshi([...args], db)
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.stderr, args.join(' ')).toContain(message)
      expect(r.stderr).not.toMatch(/at .+\.ts:\d+/)
    }
  }, 120_000)
})
