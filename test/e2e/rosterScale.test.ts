import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FULL, SyntheticUnit } from '../../bench/generate/unit'
import { writeRoster } from '../../bench/generate/workbooks'
import { openSession, type Session } from './support/session'
import { ROOT, XUESHI } from './support/serve'

const PEOPLE = FULL.people

/** The virtual holder of the roster table (the element that scrolls). */
const HOLDER = '.ant-table-tbody-virtual-holder'

/**
 * 人员名册 at the size the design is for (50,000 people, imported through the command line into
 * the database before the app starts): rows anywhere in the list fetched as pages, never the
 * whole table. How fast is a benchmark's question (bench/ui.ts, docs/performance.md), not a test's:
 * a timed assertion would flake on a busy machine.
 */
describe('人员名册：5 万人', () => {
  let s: Session
  const requests: { offset: number; limit: number }[] = []

  beforeAll(async () => {
    s = await openSession(2026, async (dbPath, dir) => {
      const file = join(dir, 'roster-50k.xlsx')
      await writeRoster(file, new SyntheticUnit({ ...FULL, years: [2026] }).people)
      const imported = spawnSync(process.execPath, [XUESHI, 'import', 'roster', file, '--db', dbPath], { cwd: ROOT, encoding: 'utf8' })
      expect(imported.status, imported.stderr).toBe(0)
    })
    await s.page.getByTestId('figure-people').waitFor()
    s.page.on('request', (r) => {
      if (r.url().endsWith('/api/call/roster.list')) requests.push(JSON.parse(r.postData() ?? '{}') as { offset: number; limit: number })
    })
  }, 90_000)

  afterAll(async () => {
    await s?.close()
  })

  it('shows the first rows, fetching pages of at most 200', async () => {
    const { page } = s
    await s.goto('roster')
    await page.locator('.ant-table-row a').first().waitFor()
    expect(await page.getByTestId('page-subtitle').textContent()).toBe(`共 ${PEOPLE.toLocaleString('zh-CN')} 人`)
    expect(requests.length).toBeGreaterThan(0)
    expect(requests.every((r) => r.limit <= 200)).toBe(true)
  })

  it('jumps to the middle of the list and fills the rows there from their page', async () => {
    const { page } = s
    const before = requests.length
    const holder = page.locator(HOLDER)
    await holder.evaluate((el, top) => {
      el.scrollTop = top
    }, 25_000 * 40)
    await page.mouse.move(800, 500)
    await page.mouse.wheel(0, 200)
    await expect.poll(() => page.locator('.ant-table-row').first().textContent(), { timeout: 15_000 }).toMatch(/^2\d{4}/)
    await expect.poll(() => page.getByText('加载中…').count(), { timeout: 15_000 }).toBe(0)
    const fetched = requests.slice(before)
    expect(fetched.length).toBeGreaterThan(0)
    expect(fetched.length).toBeLessThan(6)
    expect(fetched.every((r) => r.limit <= 200 && r.offset >= 20_000)).toBe(true)
    await s.shot('roster-50k-middle')
  })

  it('searches 50,000 people by department', async () => {
    const { page } = s
    await page.getByLabel('搜索人员').fill('心血管内科')
    await expect.poll(() => page.getByTestId('page-subtitle').textContent(), { timeout: 15_000 }).toMatch(/^共 [\d,]+ 人（已筛选）$/)
    const shown = await page.locator('.ant-table-row').first().textContent()
    expect(shown).toContain('心血管内科')
    expect(s.errors).toEqual([])
  })
})
