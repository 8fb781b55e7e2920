import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { screenshot } from './support/browser'
import { claimRow, importClaims, importRoster, PEOPLE } from './support/officerData'
import { openSession, type Session } from './support/session'

const { wangFang, liQiang, zhaoMin, chenGang, liuYang } = PEOPLE

/** Claims #1–#8 in import order (ids follow it); the queue lists the newest first. */
const CLAIMS = [
  claimRow(wangFang, { kind: '培训班', category: '公需科目', title: '2026年公需科目培训', start: '2026-03-02', end: '2026-03-05', days: 4, evidence: '培训通知、培训课程表、培训签到表' }),
  claimRow(wangFang, { kind: '网络课程', category: '专业科目', title: '临床诊疗新进展', start: '2026-04-01', end: '2026-04-30', hours: 40, evidence: '课程时长、结业证书' }),
  claimRow(wangFang, { kind: '发表论文', title: '社区慢病管理研究', end: '2026-05-10', role: '第一作者', rank: 1, evidence: '刊物封面、刊号、目录' }),
  claimRow(liQiang, { kind: '培训班', category: '专业科目', title: '急诊技能进修', start: '2026-06-01', end: '2026-06-05', days: 5, evidence: '培训通知' }),
  claimRow(liQiang, { kind: '学术会议', category: '专业科目', title: '全省内科学术年会', start: '2026-07-10', end: '2026-07-11', days: 2, evidence: '其他辅证材料' }),
  claimRow(zhaoMin, { kind: '发明专利', title: '一种可吸收缝合器', end: '2026-08-01', rank: 2, evidence: '专利证书' }),
  claimRow(chenGang, { kind: '职业资格考试', title: '执业药师考试', end: '2026-09-20', quantity: 2, evidence: '成绩单' }),
  claimRow(liuYang, { kind: '培训班', category: '公需科目', title: '公需科目专题培训', start: '2026-10-12', end: '2026-10-12', days: 1, evidence: '培训通知、培训日程安排、其他签到形式' })
]

const detailTitle = (page: Page) => page.getByTestId('review-detail').locator('.ant-card-head-title')
const press = async (page: Page, key: string) => {
  await page.keyboard.press(key)
}
const listTotal = (page: Page) => page.getByTestId('review-list').getByText(/^共 \d+ 条$/).textContent()

/** The officer's day: imported claims reviewed with the keyboard, batch approval, undo, the year's export. */
describe('审核与年度汇总', () => {
  let s: Session

  beforeAll(async () => {
    s = await openSession(2026)
    const db = join(s.dir, 'xueshi.db')
    await importRoster(s.dir, db)
    await importClaims(s.dir, db, CLAIMS)
    await s.goto('review')
  })

  afterAll(async () => {
    await s?.close()
  })

  it('lists the pending claims, newest first, with the first one open beside the list', async () => {
    const { page } = s
    await expect.poll(() => listTotal(page)).toBe('共 8 条')
    await expect.poll(() => detailTitle(page).textContent()).toContain('#8 刘洋 · 培训班')
    await page.getByTestId('evaluation-hours').getByText('8 学时').waitFor()
    await page.getByTestId('evaluation-explanation').getByText(/二\.1/).waitFor()
    expect(await page.getByTestId('review-detail').getByText('材料齐全（第(1)种）').count()).toBeGreaterThan(0)
    await page.getByTestId('claim-history').getByText('导入申报').waitFor()
    await screenshot(page, 'review-queue')
  })

  it('moves with J/K, approves with A, returns with R and rejects with X, each with a reason', async () => {
    const { page } = s
    await press(page, 'j')
    await expect.poll(() => detailTitle(page).textContent()).toContain('#7 陈刚')
    await press(page, 'k')
    await expect.poll(() => detailTitle(page).textContent()).toContain('#8 刘洋')
    await press(page, 'a')
    await page.getByText('已审核通过 1 条申报').waitFor()
    await expect.poll(() => listTotal(page)).toBe('共 7 条')
    await expect.poll(() => detailTitle(page).textContent()).toContain('#7 陈刚')

    await press(page, 'r')
    const dialog = page.getByRole('dialog', { name: '退回申报' })
    await dialog.waitFor()
    // Keys typed into the reason are text, not commands: nothing is approved or moved.
    await page.getByTestId('reason-input').pressSequentially('ajk')
    expect(await page.getByTestId('reason-input').inputValue()).toBe('ajk')
    expect(await listTotal(page)).toBe('共 7 条')
    await page.getByTestId('reason-input').fill('')
    await dialog.getByRole('button', { name: /退回申报/ }).click()
    await dialog.getByText('请填写原因').waitFor()
    await page.getByTestId('reason-input').fill('请补充成绩单原件')
    await screenshot(page, 'review-return-reason')
    await page.getByTestId('reason-input').press('Control+Enter')
    await page.getByText('已退回 1 条申报').waitFor()
    await expect.poll(() => listTotal(page)).toBe('共 6 条')
    await expect.poll(() => detailTitle(page).textContent()).toContain('#6 赵敏')

    await press(page, 'x')
    await page.getByTestId('reason-input').fill('专利授权不在申报年度')
    await page.getByRole('dialog', { name: '不予认定' }).getByRole('button', { name: /不予认定/ }).click()
    await page.getByText('已将 1 条申报设为不予认定').waitFor()
    await expect.poll(() => listTotal(page)).toBe('共 5 条')
    await expect.poll(() => detailTitle(page).textContent()).toContain('#5 李强 · 学术会议')
  })

  it('refuses to approve a claim whose evidence is incomplete, with the Chinese reason', async () => {
    const { page } = s
    await press(page, 'j')
    await expect.poll(() => detailTitle(page).textContent()).toContain('#4 李强 · 培训班')
    await page.getByTestId('review-detail').getByText('材料不全').first().waitFor()
    await press(page, 'a')
    await page.getByText(/不能审核通过：申报 #4（李强 · 培训班）材料不全：缺少/).waitFor()
    expect(await listTotal(page)).toBe('共 5 条')
  })

  it('selects with space, approves the selection, and undoes that decision with Ctrl+Z', async () => {
    const { page } = s
    await press(page, 'k')
    await press(page, ' ')
    await press(page, 'j')
    await press(page, 'j')
    await expect.poll(() => detailTitle(page).textContent()).toContain('#3 王芳 · 发表论文')
    await press(page, ' ')
    await page.getByTestId('approve-selected').getByText('通过所选（2）').waitFor()
    await page.getByTestId('approve-selected').click()
    await page.getByText('已审核通过 2 条申报').waitFor()
    await expect.poll(() => listTotal(page)).toBe('共 3 条')
    await page.getByTestId('last-decision').getByText(/审核通过 2 条/).waitFor()

    await press(page, 'Control+z')
    await page.getByText('已撤销：审核通过（2 条）').waitFor()
    await expect.poll(() => listTotal(page)).toBe('共 5 条')
    // The undone claims are pending again, and their history says so.
    await page.getByRole('row', { name: /全省内科学术年会/ }).click()
    await expect.poll(() => detailTitle(page).textContent()).toContain('#5 李强')
    await page.getByTestId('claim-history').getByText('撤销审核决定').waitFor()
  })

  it('overrides the hours of a claim with a reason', async () => {
    const { page } = s
    await page.getByTestId('review-detail').getByRole('button', { name: '调整' }).click()
    const dialog = page.getByRole('dialog', { name: '调整认定学时' })
    await dialog.getByLabel('认定学时').fill('12')
    await dialog.getByRole('button', { name: /调\s*整/ }).click()
    await dialog.getByText('请填写调整理由').waitFor()
    await dialog.getByLabel('调整理由').fill('实际参会一天半')
    await dialog.getByRole('button', { name: /调\s*整/ }).click()
    await page.getByText('已调整认定学时').waitFor()
    await page.getByTestId('review-detail').getByText('认定 12 学时').waitFor()
    await page.getByRole('row', { name: /全省内科学术年会/ }).getByText('12*').waitFor()
  })

  it('approves all pending claims of the year and lists the one left with its reason', async () => {
    const { page } = s
    await page.getByTestId('approve-all').click()
    await page.locator('.ant-popconfirm').getByRole('button', { name: '全部通过' }).click()
    const dialog = page.getByRole('dialog', { name: '2026 年度待审核申报批量通过' })
    await dialog.getByText('已通过 4 条').waitFor()
    await dialog.getByText('1 条未通过，仍为待审核：').waitFor()
    await dialog.locator('.not-approved').getByRole('cell', { name: '#4' }).waitFor()
    await dialog.locator('.not-approved').getByText(/材料不全/).waitFor()
    await screenshot(page, 'review-approve-all')
    await dialog.getByRole('button', { name: 'Close' }).or(dialog.getByLabel('Close')).first().click()
    await expect.poll(() => listTotal(page)).toBe('共 1 条')
    await page.getByTestId('filter-status').click()
    await page.locator('.ant-select-dropdown').getByText('已通过', { exact: true }).click()
    await expect.poll(() => listTotal(page)).toBe('共 5 条')
    await screenshot(page, 'review-approved')
  })

  it('shows the year per person on 年度汇总, and the exported workbook has the same figures', async () => {
    const { page } = s
    await s.goto('summary')
    const table = page.getByTestId('summary-table')
    await table.getByRole('row', { name: /王芳/ }).waitFor()
    const screen = await readScreen(page)
    expect(screen.get(wangFang.name)).toEqual({ public: '32', professional: '70', total: '102', compliant: '达标' })
    expect(screen.get(liQiang.name)).toEqual({ public: '0', professional: '12', total: '12', compliant: '未达标' })
    expect(screen.get(liuYang.name)).toEqual({ public: '8', professional: '0', total: '8', compliant: '未达标' })
    expect(screen.size).toBe(6)
    await table.getByRole('row', { name: /李强/ }).getByText('待审核 40').waitFor()
    await table.getByRole('row', { name: /李强/ }).getByText('78', { exact: true }).waitFor()
    const stats = page.getByTestId('summary-stats')
    expect(await stats.textContent()).toMatch(/2026 年度人数6达标1未达标5达标率16\.7%/)
    await screenshot(page, 'summary')

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-annual').click()])
    const file = join(s.dir, download.suggestedFilename())
    await download.saveAs(file)
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(file)
    const sheet = wb.getWorksheet('汇总')
    expect(sheet).toBeDefined()
    const header: string[] = []
    sheet?.getRow(1).eachCell((cell, n) => (header[n] = cell.text))
    const col = (name: string) => {
      const n = header.indexOf(name)
      if (n < 1) throw new Error(`汇总 has no column ${name}: ${header.join(',')}`)
      return n
    }
    let rows = 0
    sheet?.eachRow((row, n) => {
      if (n === 1) return
      rows++
      const name = row.getCell(col('姓名')).text
      const shown = screen.get(name)
      expect(shown, name).toBeDefined()
      expect(row.getCell(col('公需学时')).text).toBe(shown?.public)
      expect(row.getCell(col('专业学时')).text).toBe(shown?.professional)
      expect(row.getCell(col('合计')).text).toBe(shown?.total)
      expect(row.getCell(col('是否达标')).text).toBe(shown?.compliant)
      // 显示完整身份证号 was off: the numbers are masked.
      expect(row.getCell(col('身份证号')).text).not.toMatch(/^\d{17}[\dX]$/)
    })
    expect(rows).toBe(6)
    const liRow = findRow(sheet, col('姓名'), liQiang.name)
    expect(liRow?.getCell(col('差额')).value).toBe(78)
  })

  it('filters to the people short of hours and exports certificates of the selected rows', async () => {
    const { page } = s
    await page.getByTestId('only-short').click()
    await expect.poll(() => page.getByTestId('summary-table').getByText(/^共 \d+ 人$/).textContent()).toBe('共 5 人')
    expect(await page.getByTestId('summary-table').getByRole('row', { name: /王芳/ }).count()).toBe(0)
    await page.getByTestId('only-short').click()
    await expect.poll(() => page.getByTestId('summary-table').getByText(/^共 \d+ 人$/).textContent()).toBe('共 6 人')

    await page.getByRole('row', { name: /王芳/ }).getByRole('checkbox').check()
    await page.getByRole('button', { name: /学时证明/ }).hover()
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: '所选人员（1）' }).click()
    ])
    const pdfPath = join(s.dir, pdf.suggestedFilename())
    await pdf.saveAs(pdfPath)
    expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-')
    await page.getByText(/已导出所选 1 人的学时证明/).waitFor()

    await page.getByRole('row', { name: /王芳/ }).getByRole('button', { name: '学时认定单' }).click()
    const dialog = page.getByRole('dialog', { name: '导出学时认定单：王芳' })
    const [record] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: /导\s*出/ }).click()])
    const recordPath = join(s.dir, record.suggestedFilename())
    await record.saveAs(recordPath)
    expect(readFileSync(recordPath).subarray(0, 5).toString()).toBe('%PDF-')

    const [unit] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /单位核认报告/ }).click()])
    expect(unit.suggestedFilename()).toMatch(/\.pdf$/)
    const unitPath = join(s.dir, unit.suggestedFilename())
    await unit.saveAs(unitPath)
    expect(readFileSync(unitPath).subarray(0, 5).toString()).toBe('%PDF-')
    expect(s.errors).toEqual([])
  })
})

interface ShownRow {
  public: string
  professional: string
  total: string
  compliant: string
}

/** The figures on screen, by name: 公需, 专业, 合计 (without the pending note), 达标. */
async function readScreen(page: Page): Promise<Map<string, ShownRow>> {
  const rows = await page.getByTestId('summary-table').locator('.ant-table-tbody tr.ant-table-row').evaluateAll((trs) =>
    trs.map((tr) => {
      const cells = [...tr.querySelectorAll('td')].map((td) => td)
      const text = (i: number) => cells[i]?.querySelector('.num')?.textContent ?? cells[i]?.textContent ?? ''
      // Columns: selection, 部门, 姓名, 身份证号, 公需, 专业, 合计, 视为完成, 达标, 差额, 操作.
      return [cells[2]?.textContent ?? '', text(4), text(5), text(6), cells[8]?.textContent ?? ''] as const
    })
  )
  return new Map(rows.map(([name, pub, pro, total, ok]) => [name, { public: pub, professional: pro, total, compliant: ok }]))
}

function findRow(sheet: ExcelJS.Worksheet | undefined, column: number, value: string): ExcelJS.Row | undefined {
  let found: ExcelJS.Row | undefined
  sheet?.eachRow((row) => {
    if (row.getCell(column).text === value) found = row
  })
  return found
}
