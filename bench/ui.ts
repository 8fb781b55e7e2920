// The UI at scale (issue 7 item 3): with the whole synthetic unit loaded, how long the real
// renderer in headless Chromium takes to show the first rows of 人员名册 and 审核, and to show
// the rows after a jump deep into each list. Measured, not asserted: this is a benchmark.
//
//   node bin/run-ts.cjs bench/ui.ts [--quick] [--json FILE]
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { Page } from 'playwright-core'
import { openSession } from '../test/e2e/support/session'
import { importYear } from './generate/unit'
import { prepare } from './prepare'
import { workspace } from './workspace'

const WAIT = { timeout: 120_000 }
const REVIEW_PAGE_SIZE = 50

async function timed(work: () => Promise<void>): Promise<number> {
  const started = performance.now()
  await work()
  return Math.round(performance.now() - started)
}

/** The page's document, typed just enough for the checks below (this config has no DOM types). */
interface Doc {
  body: { innerText: string }
  querySelector(selector: string): { textContent: string | null } | null
  querySelectorAll(selector: string): { length: number }
}
// Functions passed to the page are serialised: each finds the document itself.
async function noneLoading(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const d = (globalThis as unknown as { document: Doc }).document
      return !d.body.innerText.includes('加载中…') && d.querySelectorAll('.ant-spin-spinning').length === 0
    },
    undefined,
    WAIT
  )
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const sizeName = args.includes('--quick') ? 'quick' : 'full'
  const jsonAt = args.indexOf('--json')
  const jsonFile = jsonAt >= 0 ? args[jsonAt + 1] : undefined
  const dir = mkdtempSync(join(tmpdir(), 'xueshi-bench-ui-'))
  const ws = workspace(dir, sizeName)
  console.log(`准备数据（${sizeName}）：${ws.size.people} 人，每年 ${ws.size.claimsPerYear} 条申报 × ${ws.size.years.length} 年…`)
  await prepare(ws)
  const year = importYear(ws.size)
  const session = await openSession(year, async (dbPath) => copyFileSync(ws.unitDb, dbPath))
  const { page } = session
  try {
    await page.getByTestId('figure-people').waitFor(WAIT)
    const rosterTarget = Math.floor(ws.size.people * 0.9)
    const reviewTarget = Math.min(90_000, Math.floor(ws.size.claimsPerYear * 0.9))

    const rosterFirstRowsMs = await timed(async () => {
      await session.goto('roster')
      await page.locator('.ant-table-row a').first().waitFor(WAIT)
    })
    const rosterJumpMs = await timed(async () => {
      // Scroll to the row's share of the list's full height, as dragging the scrollbar would.
      await page.locator('.ant-table-tbody-virtual-holder').evaluate(
        (el, share) => {
          el.scrollTop = el.scrollHeight * share
        },
        rosterTarget / ws.size.people
      )
      await page.waitForFunction(
        (target) => {
          const d = (globalThis as unknown as { document: Doc }).document
          const first = d.querySelector('.ant-table-row')?.textContent ?? ''
          const n = Number(/^\d+/.exec(first)?.[0] ?? 0)
          return Math.abs(n - target) < target * 0.05 && !d.body.innerText.includes('加载中…')
        },
        rosterTarget,
        WAIT
      )
    })

    const reviewFirstRowsMs = await timed(async () => {
      await session.goto('review')
      await page.locator('.ant-table-row').first().waitFor(WAIT)
      await noneLoading(page)
    })
    const targetPage = Math.floor(reviewTarget / REVIEW_PAGE_SIZE) + 1
    const jumper = page.locator('.ant-pagination-options-quick-jumper input')
    await jumper.fill(String(targetPage))
    const before = await page.locator('.ant-table-row').first().textContent()
    // Rows shown: the new page's rows are in the table (the detail pane beside it loads on its own).
    const reviewJumpMs = await timed(async () => {
      await jumper.press('Enter')
      await page.locator(`.ant-pagination-item-active[title="${targetPage}"]`).waitFor(WAIT)
      await page.waitForFunction(
        (previous) => {
          const d = (globalThis as unknown as { document: Doc }).document
          const first = d.querySelector('.ant-table-row')?.textContent ?? ''
          return first !== '' && first !== previous && d.querySelectorAll('.ant-table .ant-spin-spinning').length === 0
        },
        before,
        WAIT
      )
    })
    await noneLoading(page)
    await session.shot('bench-review-deep')

    const result = {
      sizeName,
      people: ws.size.people,
      claimsInYear: ws.size.claimsPerYear,
      rosterFirstRowsMs,
      rosterJumpRow: rosterTarget,
      rosterJumpMs,
      reviewFirstRowsMs,
      reviewJumpRow: reviewTarget,
      reviewJumpMs
    }
    console.table(result)
    if (jsonFile) writeFileSync(jsonFile, JSON.stringify(result, null, 2))
  } finally {
    await session.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((e: unknown) => {
  console.error(e)
  process.exitCode = 1
})
