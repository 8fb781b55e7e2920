import { join } from 'node:path'
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { idNumber } from '../helpers/idNumbers'
import { openSession, type Session } from './support/session'
import { writeWorkbook } from './support/workbook'

const ROSTER_HEADER = ['姓名', '身份证号', '性别', '部门', '专业技术职务', '职称级别', '手机号码', '人员状态']
const CLAIMS_HEADER = ['身份证号', '姓名', '年度', '继续教育形式', '科目类别', '项目名称', '开始日期', '结束日期', '天数', '已提供材料']

const ZHANG = idNumber(101)
const IMPORTED = [
  ['王丽', idNumber(202, true), '女', '外科', '主治医师', '中级', '13800000001', '在职'],
  ['陈刚', idNumber(303), '男', '外科', '副主任医师', '副高级', '', '在职'],
  ['刘洋', idNumber(404), '男', '检验科', '检验师', '初级', '', '在职']
]

/** Chooses `file` in the browser's file dialog that clicking `button` opens (browser-mode upload). */
async function chooseFile(page: Page, button: RegExp, file: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: button }).click()])
  await chooser.setFiles(file)
}

/** The count beside the title, once the rows of the current search are in. */
const rosterTotal = (page: Page) => page.getByTestId('page-subtitle').textContent()
const POLL = { timeout: 5000 }

/** 人员名册 end to end: the form, search, delete/restore, imports with their preview, a person's page. */
describe('人员名册', () => {
  let s: Session

  beforeAll(async () => {
    s = await openSession(2026)
    await s.goto('roster')
    await s.page.getByText('名册中还没有人员').waitFor()
  })

  afterAll(async () => {
    await s?.close()
  })

  it('downloads the blank roster template from the empty roster', async () => {
    const { page } = s
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /下载名册模板/ }).click()])
    expect(download.suggestedFilename()).toBe('人员名册模板.xlsx')
    const path = join(s.dir, 'template.xlsx')
    await download.saveAs(path)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(path)
    const header = (wb.getWorksheet('人员名册')?.getRow(1).values ?? []) as unknown[]
    expect(header).toContain('身份证号*')
  })

  it('adds a person through the form; a wrong ID number shows the Chinese error as it is typed', async () => {
    const { page } = s
    await page.getByRole('button', { name: /添加人员/ }).first().click()
    const dialog = page.getByRole('dialog', { name: '添加人员' })
    const id = dialog.getByLabel('身份证号')
    const wrongCheck = ZHANG.slice(0, 17) + (ZHANG[17] === '0' ? '1' : '0')
    await id.pressSequentially(wrongCheck.slice(0, 10))
    await dialog.getByText('身份证号应为 18 位（或 15 位旧号码），当前为 10 位').waitFor()
    await id.pressSequentially(wrongCheck.slice(10))
    await dialog.getByText(/身份证号校验位（第 18 位）应为「.」/).waitFor()
    await s.shot('roster-form-error')
    await id.fill(ZHANG)
    await expect.poll(() => dialog.getByText(/身份证号校验位/).count()).toBe(0)
    await dialog.getByLabel('姓名').fill('张晓明')
    await dialog.getByLabel('部门').fill('内科')
    await dialog.getByLabel('专业技术职务').fill('主治医师')
    await dialog.getByRole('button', { name: /保\s*存/ }).click()
    await page.getByText('已添加「张晓明」').waitFor()
    await page.getByRole('link', { name: '张晓明' }).waitFor()
    await expect.poll(() => rosterTotal(page), POLL).toBe('共 1 人')
  })

  it('checks a roster workbook first: errors by row and column, nothing written', async () => {
    const { page } = s
    const bad = await writeWorkbook(join(s.dir, '名册-有误.xlsx'), '人员名册', ROSTER_HEADER, [
      ...IMPORTED,
      ['赵敏', '43010219900307123', '女', '外科', '', '', '', '在职']
    ])
    await page.getByRole('button', { name: /导入名册/ }).click()
    await chooseFile(page, /选择人员名册文件/, bad)
    const dialog = page.getByRole('dialog', { name: '导入人员名册' })
    await dialog.getByText('文件有 1 处错误，整个文件未导入').waitFor()
    await dialog.getByRole('cell', { name: '5', exact: true }).waitFor()
    expect(await dialog.getByRole('cell', { name: /^身份证号/ }).count()).toBe(1)
    expect(await dialog.getByRole('button', { name: /确认导入/ }).isDisabled()).toBe(true)
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: /下载错误说明/ }).click()])
    expect(download.suggestedFilename()).toBe('名册-有误-错误说明.xlsx')
    await s.shot('roster-import-errors')
  })

  it('imports a corrected workbook after the preview and shows the new rows', async () => {
    const { page } = s
    // Officers' sheets often carry a 序号 column: it is not the template's, reported once and ignored.
    const good = await writeWorkbook(join(s.dir, '名册.xlsx'), '人员名册', [...ROSTER_HEADER, '序号'], IMPORTED.map((r, i) => [...r, String(i + 1)]))
    const dialog = page.getByRole('dialog', { name: '导入人员名册' })
    await chooseFile(page, /重新选择文件/, good)
    await dialog.getByText('检查通过，可以导入').waitFor()
    expect(await dialog.getByText('确认后将新增 3 条、更新 0 条', { exact: false }).count()).toBe(1)
    expect(await dialog.getByText(/序号/).count()).toBe(1)
    expect(await dialog.getByText('第 1 行：未识别的列「序号」，已忽略').count()).toBe(1)
    await s.shot('roster-import-preview')
    expect(await page.getByRole('link', { name: '王丽' }).count()).toBe(0)
    await dialog.getByRole('button', { name: /确认导入/ }).click()
    await dialog.getByText('人员名册导入完成').waitFor()
    await dialog.getByRole('button', { name: /完\s*成/ }).click()
    for (const [name] of IMPORTED) await page.getByRole('link', { name: String(name) }).waitFor()
    await expect.poll(() => rosterTotal(page), POLL).toBe('共 4 人')
    await s.shot('roster')
  })

  it('searches by name and by department, and filters by department', async () => {
    const { page } = s
    const search = page.getByRole('searchbox', { name: '搜索人员' }).or(page.getByLabel('搜索人员'))
    await search.fill('张晓')
    await expect.poll(() => rosterTotal(page), POLL).toBe('共 1 人（已筛选）')
    expect(await page.getByRole('link', { name: '张晓明' }).count()).toBe(1)
    expect(await page.getByRole('link', { name: '王丽' }).count()).toBe(0)
    await search.fill('外科')
    await expect.poll(() => rosterTotal(page), POLL).toBe('共 2 人（已筛选）')
    await search.fill('没有这个人')
    await expect.poll(() => rosterTotal(page), POLL).toBe('共 0 人（已筛选）')
    await search.fill('')
    await expect.poll(() => rosterTotal(page), POLL).toBe('共 4 人')

    await page.locator('.ant-select', { hasText: '全部部门' }).click()
    await page.locator('.ant-select-item-option', { hasText: '检验科（1）' }).click()
    await expect.poll(() => rosterTotal(page), POLL).toBe('共 1 人（已筛选）')
    expect(await page.getByRole('link', { name: '刘洋' }).count()).toBe(1)
    await page.reload()
    await expect.poll(() => rosterTotal(page), POLL).toBe('共 4 人')
  })

  it('soft-deletes a person after confirmation and restores them', async () => {
    const { page } = s
    const row = page.locator('.ant-table-row', { has: page.getByRole('link', { name: '陈刚' }) })
    await row.getByRole('button', { name: /删\s*除/ }).click()
    const confirm = page.getByRole('dialog', { name: '删除人员「陈刚」？' })
    await confirm.getByRole('button', { name: /删\s*除/ }).click()
    await page.getByText('已删除「陈刚」').waitFor()
    await expect.poll(() => page.getByRole('link', { name: '陈刚' }).count()).toBe(0)
    await expect.poll(() => rosterTotal(page), POLL).toBe('共 3 人')

    await page.getByRole('checkbox', { name: '显示已删除' }).check()
    await expect.poll(() => rosterTotal(page), POLL).toBe('共 4 人（已筛选）')
    const deleted = page.locator('.ant-table-row', { has: page.getByRole('link', { name: '陈刚' }) })
    await deleted.getByText('已删除').waitFor()
    await s.shot('roster-deleted')
    await deleted.getByRole('button', { name: /恢\s*复/ }).click()
    await page.getByRole('dialog', { name: '恢复人员「陈刚」？' }).getByRole('button', { name: /恢\s*复/ }).click()
    await page.getByText('已恢复「陈刚」').waitFor()
    await expect.poll(() => deleted.getByText('已删除').count()).toBe(0)
    await page.getByRole('checkbox', { name: '显示已删除' }).uncheck()
    await expect.poll(() => rosterTotal(page), POLL).toBe('共 4 人')
  })

  it('imports claims and shows them on the person page and as pending on 工作台', async () => {
    const { page } = s
    const claims = await writeWorkbook(join(s.dir, '申报.xlsx'), '学时申报', CLAIMS_HEADER, [
      [ZHANG, '张晓明', 2026, '培训班', '专业科目', '心血管内科进修班', '2026-03-09', '2026-03-11', 3, '培训通知、培训课程表、培训签到表'],
      [idNumber(202, true), '王丽', 2026, '培训班', '公需科目', '医德医风专题培训', '2026-04-01', '2026-04-01', 1, '培训通知、结业证书']
    ])
    await page.getByRole('button', { name: /导入学时申报/ }).click()
    await chooseFile(page, /选择学时申报文件/, claims)
    const dialog = page.getByRole('dialog', { name: '导入学时申报' })
    await dialog.getByText('检查通过，可以导入').waitFor()
    await dialog.getByRole('button', { name: /确认导入/ }).click()
    await dialog.getByText('学时申报导入完成').waitFor()
    await dialog.getByRole('button', { name: /完\s*成/ }).click()

    await page.getByRole('link', { name: '张晓明' }).click()
    await page.waitForURL(/#\/roster\/\d+$/)
    await page.getByText(ZHANG).waitFor()
    await page.getByText('2026 年度').waitFor()
    await page.getByRole('cell', { name: '心血管内科进修班' }).waitFor()
    expect(await page.getByText('1 条待审核').count()).toBe(1)
    expect(await page.getByRole('cell', { name: '24', exact: true }).count()).toBe(1)
    await s.shot('roster-person')
    const [record] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /导出学时认定单/ }).click()])
    expect(record.suggestedFilename()).toMatch(/\.pdf$/)
    await page.getByText(/已导出「张晓明」的学时认定单/).waitFor()

    await s.goto('settings')
    const deadline = page.getByLabel('核认截止日期')
    await deadline.click()
    await deadline.fill('2026-12-31')
    await deadline.press('Enter')
    await page.locator('.ant-card', { hasText: '年度核认截止日期' }).getByRole('button', { name: /保\s*存/ }).click()
    await page.getByText('2026 年度核认截止日期已设为 2026-12-31').waitFor()

    await s.goto('home')
    await expect.poll(() => page.getByTestId('figure-pending').textContent()).toContain('2')
    await page.getByText(/年度核认截止日期 2026-12-31（/).waitFor()
    expect(await page.getByTestId('figure-people').textContent()).toContain('4')
    expect(await page.getByText('2 条申报待审核').count()).toBe(1)
    expect(await page.locator('canvas').count()).toBeGreaterThan(0)
    await s.shot('home')
  })

  it('lists the import batches and undoes the claims import', async () => {
    const { page } = s
    await s.goto('roster')
    await page.getByRole('button', { name: /导入记录/ }).click()
    const drawer = page.getByRole('dialog', { name: '导入记录' })
    await drawer.getByRole('cell', { name: '申报.xlsx' }).waitFor()
    expect(await drawer.getByRole('cell', { name: '名册.xlsx' }).count()).toBe(1)
    await s.shot('roster-batches')
    const row = drawer.locator('.ant-table-row', { has: page.getByRole('cell', { name: '申报.xlsx' }) })
    await row.getByRole('button', { name: /撤销导入/ }).click()
    await page.getByRole('dialog', { name: /撤销导入「申报.xlsx」/ }).getByRole('button', { name: /撤销导入/ }).click()
    await page.getByText(/已撤销，恢复了 \d+ 条记录/).waitFor()
    await row.getByText('已撤销').waitFor()
    await drawer.getByRole('button', { name: 'Close' }).or(drawer.getByLabel('Close')).first().click()

    await s.goto('home')
    await expect.poll(() => page.getByTestId('figure-pending').textContent()).toContain('0')
    expect(s.errors).toEqual([])
  })
})
