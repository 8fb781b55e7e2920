import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { idNumber } from '../../helpers/idNumbers'
import { XUESHI, ROOT } from './serve'
import type { Served } from './serve'
import { writeWorkbook } from './workbook'

/** A small unit for the officer's day: six people in three departments. */
export const PEOPLE = {
  wangFang: { name: '王芳', id: idNumber(11, true), department: '内科' },
  liQiang: { name: '李强', id: idNumber(12), department: '内科' },
  zhaoMin: { name: '赵敏', id: idNumber(13, true), department: '外科' },
  chenGang: { name: '陈刚', id: idNumber(14), department: '外科' },
  liuYang: { name: '刘洋', id: idNumber(15), department: '检验科' },
  zhouJie: { name: '周杰', id: idNumber(16), department: '检验科' }
} as const

const ROSTER_HEADER = ['姓名', '身份证号', '性别', '部门', '专业技术职务', '职称级别', '手机号码', '人员状态']
export const CLAIM_HEADER = [
  '身份证号', '姓名', '年度', '继续教育形式', '科目类别', '项目名称', '开始日期', '结束日期', '天数', '半天数',
  '学时', '级别', '角色', '排名', '等次', '数量', '考核结果', '已提供材料', '备注'
]

type Person = (typeof PEOPLE)[keyof typeof PEOPLE]

/** A claims template row from the columns that matter. */
export function claimRow(p: Person, c: { kind: string; category?: string; title: string; start?: string; end: string; days?: number; hours?: number; role?: string; rank?: number; quantity?: number; evidence: string }): (string | number)[] {
  return [p.id, p.name, 2026, c.kind, c.category ?? '', c.title, c.start ?? '', c.end, c.days ?? '', '', c.hours ?? '', '', c.role ?? '', c.rank ?? '', '', c.quantity ?? '', '', c.evidence, '']
}

function xueshi(args: string[]): string {
  const run = spawnSync(process.execPath, [XUESHI, ...args], { cwd: ROOT, encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`xueshi ${args.join(' ')} failed (${run.status}): ${run.stdout}${run.stderr}`)
  return run.stdout
}

/** Writes the roster workbook and imports it with the command line, as an officer's script would. */
export async function importRoster(dir: string, db: string): Promise<void> {
  const rows = Object.values(PEOPLE).map((p) => [p.name, p.id, '', p.department, '主治医师', '中级', '', '在职'])
  const file = await writeWorkbook(join(dir, '人员名册.xlsx'), '人员名册', ROSTER_HEADER, rows)
  xueshi(['import', 'roster', file, '--db', db])
}

export async function importClaims(dir: string, db: string, rows: (string | number)[][]): Promise<void> {
  const file = await writeWorkbook(join(dir, '学时申报.xlsx'), '学时申报', CLAIM_HEADER, rows)
  xueshi(['import', 'claims', file, '--db', db])
}

/** Calls the services as the renderer does, over the loopback host with the run's token. */
export async function call<T>(served: Served, name: string, input: unknown): Promise<T> {
  const res = await fetch(`${served.origin}/api/call/${name}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${served.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(input)
  })
  const result = (await res.json()) as { ok: true; value: T } | { ok: false; error: { message: string } }
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`)
  return result.value
}
