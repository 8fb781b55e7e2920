import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openSession, type Session } from './support/session'

/** 工作台, 设置, 基地 and 帮助 against a fresh database through `xueshi serve`. */
describe('工作台、设置、国家级基地、帮助', () => {
  let s: Session

  beforeAll(async () => {
    s = await openSession(2026)
  })

  afterAll(async () => {
    await s?.close()
  })

  it('opens on an empty 工作台 that says to import the roster first', async () => {
    const { page } = s
    await page.getByText('还没有人员名册').waitFor()
    expect(await page.getByRole('button', { name: '导入人员名册' }).count()).toBeGreaterThan(0)
    expect(await page.getByRole('menuitem', { name: /人员名册/ }).count()).toBe(1)
    expect(await page.title()).toBe('学时核认助手 — 未设置单位名称 2026年度')
    await s.shot('home-empty')
  })

  it('saves the unit name and officer and shows them in the header and the window title', async () => {
    const { page } = s
    await s.goto('settings')
    await page.getByLabel('单位名称').fill('湖南省示例人民医院')
    await page.getByLabel('经办人').fill('李华')
    await page.getByRole('button', { name: /保\s*存/ }).first().click()
    await page.getByText('单位信息已保存').waitFor()
    await expect.poll(() => page.getByTestId('header-unit').textContent()).toContain('湖南省示例人民医院')
    expect(await page.getByText('经办人：李华').count()).toBe(1)
    expect(await page.title()).toBe('学时核认助手 — 湖南省示例人民医院 2026年度')
    await s.shot('settings-unit')
  })

  it('saves the year policy in 学时 and reads it back after a reload', async () => {
    const { page } = s
    await page.getByText('默认值（尚未单独设置）').waitFor()
    const pub = page.getByLabel('公需科目不少于')
    await pub.fill('24')
    await page.getByRole('button', { name: /保\s*存/ }).nth(1).click()
    await page.getByText('2026 年度学时要求已保存', { exact: false }).waitFor()
    await page.reload()
    await page.getByText('2026 年度学时要求').waitFor()
    await expect.poll(() => page.getByLabel('公需科目不少于').inputValue()).toBe('24')
    expect(await page.getByText('已设置', { exact: true }).count()).toBe(1)
  })

  it('switches the year from the header: the title and the policy card follow', async () => {
    const { page } = s
    await page.getByTestId('header-year').click()
    await page.locator('.ant-picker-cell-inner', { hasText: /^2025$/ }).click()
    await page.getByText('2025 年度学时要求').waitFor()
    expect(await page.title()).toBe('学时核认助手 — 湖南省示例人民医院 2025年度')
    await page.getByText('默认值（尚未单独设置）').waitFor()
    await page.getByTestId('header-year').click()
    await page.locator('.ant-picker-cell-inner', { hasText: /^2026$/ }).click()
    await page.getByText('已设置', { exact: true }).waitFor()
  })

  it('takes a backup and lists it; the audit log shows the settings change', async () => {
    const { page } = s
    await page.getByRole('tab', { name: '数据与备份' }).click()
    await page.getByRole('button', { name: /立即备份/ }).click()
    await page.getByText(/已备份：xueshi-/).waitFor()
    await page.getByRole('cell', { name: '手动备份' }).first().waitFor()
    expect(await page.getByText('数据库文件').count()).toBe(1)
    await s.shot('settings-data')

    await page.getByRole('tab', { name: '操作日志' }).click()
    await page.getByRole('cell', { name: '修改单位设置' }).first().waitFor()
    expect(await page.getByRole('cell', { name: '修改年度要求' }).count()).toBe(1)
    expect(await page.getByRole('cell', { name: '李华' }).count()).toBeGreaterThan(0)
    await s.shot('settings-audit')
  })

  it('restores the backup after confirmation: later changes are undone and the header follows', async () => {
    const { page } = s
    await page.getByRole('tab', { name: '单位与年度要求' }).click()
    await page.getByLabel('单位名称').fill('临时改名')
    await page.getByRole('button', { name: /保\s*存/ }).first().click()
    await expect.poll(() => page.getByTestId('header-unit').textContent()).toContain('临时改名')

    await page.getByRole('tab', { name: '数据与备份' }).click()
    const manual = page.locator('.ant-table-row', { hasText: '手动备份' })
    await manual.getByRole('button', { name: /恢\s*复/ }).click()
    const confirm = page.getByRole('dialog', { name: /用 .* 的备份恢复数据？/ })
    await confirm.getByText('恢复前程序会先自动备份当前数据').waitFor()
    await confirm.getByRole('button', { name: /恢\s*复/ }).click()
    await page.getByText(/已恢复。恢复前的数据已备份为 xueshi-/).waitFor()
    await expect.poll(() => page.getByTestId('header-unit').textContent()).toContain('湖南省示例人民医院')
    await page.getByRole('cell', { name: '恢复前自动备份' }).waitFor()
    expect(await page.title()).toBe('学时核认助手 — 湖南省示例人民医院 2026年度')
  })

  it('lists the 2026 national bases with their platforms as links', async () => {
    const { page } = s
    await s.goto('bases')
    await page.getByRole('cell', { name: '中南大学' }).waitFor()
    for (const name of ['湖南大学', '长沙理工大学', '湖南工学院']) expect(await page.getByRole('cell', { name }).count()).toBe(1)
    const link = page.getByRole('link', { name: /sypx\.csu\.edu\.cn/ })
    expect(await link.getAttribute('href')).toBe('https://sypx.csu.edu.cn')
    expect(await link.getAttribute('target')).toBe('_blank')
    await s.shot('bases')
    await page.getByTestId('header-year').click()
    await page.locator('.ant-picker-cell-inner', { hasText: /^2025$/ }).click()
    await page.getByText('没有 2025 年的基地名单', { exact: false }).waitFor()
    await page.getByTestId('header-year').click()
    await page.locator('.ant-picker-cell-inner', { hasText: /^2026$/ }).click()
    await page.getByRole('cell', { name: '中南大学' }).waitFor()
  })

  it('shows the verification overview, where the program fits, and the shortcuts', async () => {
    const { page } = s
    await s.goto('help')
    await page.getByText('以下个人端、单位端步骤为概述，不是官方操作指南').waitFor()
    expect(await page.getByText('登录湖南省专业技术人员继续教育平台（个人端）。').count()).toBe(1)
    expect(await page.getByText('导出年度汇总', { exact: true }).count()).toBe(1)
    expect(await page.getByText('撤销上一次审核操作').count()).toBe(1)
    await s.shot('help')

    // "?" opens the shortcuts popover from anywhere (not while typing).
    await page.locator('body').press('?')
    await page.getByRole('tooltip').getByText('键盘快捷键').waitFor()
    await page.locator('body').press('Escape')
  })

  it('Alt+2 goes to 人员名册; the app had no page errors', async () => {
    const { page } = s
    await s.goto('home')
    await page.locator('body').press('Alt+2')
    await page.waitForURL(/#\/roster$/)
    await page.getByText('名册中还没有人员').waitFor()
    await s.shot('roster-empty')
    expect(s.errors).toEqual([])
  })
})
