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
/**
 * The roster's drawn rows (the virtual list's holder). Checked for 加载中… by its text, which
 * needs no layout: body.innerText laid the page out at every frame it was checked, on the main
 * thread the jump itself needs.
 */
const ROSTER_ROWS = '.ant-table-tbody-virtual-holder'
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
interface EventSink {
  addEventListener(type: string, listener: () => void, options: { capture: boolean; once: boolean }): void
}
interface Frames {
  performance: { now(): number }
  requestAnimationFrame(callback: () => void): void
  scheduler?: { postTask(callback: () => void, options: { priority: 'user-blocking' }): unknown }
  setTimeout(callback: () => void, ms: number): void
}
// Functions passed to the page are serialised: each finds the document itself.

/** What the page-side watcher below keeps on `window` (page clock, ms). */
interface Watch {
  start?: number
  done?: number
}
type Target = { kind: 'roster'; row: number; rows: string } | { kind: 'review'; previous: string | null }

/**
 * The jump timed in the page itself, without Playwright's messages to and from the browser:
 * from the action reaching the page (the scroll set, the key pressed) to the end of the first
 * frame that draws the target rows. The check runs at every frame (requestAnimationFrame, as the
 * page draws) and, once true, stamps the time in a task run right after that frame (a
 * user-blocking task, ahead of the page's own queued work), so the frame's own style, layout and
 * paint count. The checks are the ones Playwright waits for below.
 */
async function watchInPage(page: Page, target: Target): Promise<void> {
  await page.evaluate((t) => {
    const w = globalThis as unknown as { document: Doc & EventSink; __benchWatch: Watch } & Frames
    const watch: Watch = {}
    w.__benchWatch = watch
    const d = w.document
    // Assigned, not declared: the TypeScript runner wraps declared functions in a naming helper
    // that the page does not have.
    const fn: { shown?: () => boolean; frame?: () => void; stamp?: () => void } = {}
    fn.shown = () => {
      const first = d.querySelector('.ant-table-row')?.textContent ?? ''
      if (t.kind === 'roster') {
        const n = Number(/^\d+/.exec(first)?.[0] ?? 0)
        return Math.abs(n - t.row) < t.row * 0.05 && !(d.querySelector(t.rows)?.textContent ?? '').includes('加载中…')
      }
      return first !== '' && first !== t.previous && d.querySelectorAll('.ant-table .ant-spin-spinning').length === 0
    }
    fn.stamp = () => {
      watch.done = w.performance.now()
    }
    fn.frame = () => {
      if (watch.start !== undefined && fn.shown?.() && fn.stamp) {
        if (w.scheduler) w.scheduler.postTask(fn.stamp, { priority: 'user-blocking' })
        else w.setTimeout(fn.stamp, 0)
      } else if (fn.frame) w.requestAnimationFrame(fn.frame)
    }
    d.addEventListener('keydown', () => (watch.start ??= w.performance.now()), { capture: true, once: true })
    w.requestAnimationFrame(fn.frame)
  }, target)
}

async function watchedMs(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => {
      const { start, done } = (globalThis as unknown as { __benchWatch: Watch }).__benchWatch
      return start !== undefined && done !== undefined && done - start
    },
    undefined,
    WAIT
  )
  return Math.round((await handle.jsonValue()) as number)
}

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
    // Found before the clock starts: a locator's evaluate first looks the element up (10–40 ms).
    const holder = await page.locator(ROSTER_ROWS).elementHandle(WAIT)
    await watchInPage(page, { kind: 'roster', row: rosterTarget, rows: ROSTER_ROWS })
    const rosterJumpMs = await timed(async () => {
      // Scroll to the row's share of the list's full height, as dragging the scrollbar would.
      await holder.evaluate(
        (el, share) => {
          const w = globalThis as unknown as { __benchWatch: Watch } & Frames
          w.__benchWatch.start = w.performance.now()
          el.scrollTop = el.scrollHeight * share
        },
        rosterTarget / ws.size.people
      )
      await page.waitForFunction(
        ({ target, rows }) => {
          const d = (globalThis as unknown as { document: Doc }).document
          const first = d.querySelector('.ant-table-row')?.textContent ?? ''
          const n = Number(/^\d+/.exec(first)?.[0] ?? 0)
          return Math.abs(n - target) < target * 0.05 && !(d.querySelector(rows)?.textContent ?? '').includes('加载中…')
        },
        { target: rosterTarget, rows: ROSTER_ROWS },
        WAIT
      )
    })
    const rosterJumpInPageMs = await watchedMs(page)

    const reviewFirstRowsMs = await timed(async () => {
      await session.goto('review')
      await page.locator('.ant-table-row').first().waitFor(WAIT)
      await noneLoading(page)
    })
    const targetPage = Math.floor(reviewTarget / REVIEW_PAGE_SIZE) + 1
    const jumper = page.locator('.ant-pagination-options-quick-jumper input')
    await jumper.fill(String(targetPage))
    const before = await page.locator('.ant-table-row').first().textContent()
    await watchInPage(page, { kind: 'review', previous: before })
    // Rows shown: the new page's rows are in the table (the detail pane beside it loads on its own).
    const reviewJumpMs = await timed(async () => {
      // To the focused 跳至 box (fill focused it): a locator's press would first look it up.
      await page.keyboard.press('Enter')
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
    const reviewJumpInPageMs = await watchedMs(page)
    // The rows are the asked-for page's (checked after the clock: a locator's lookup is 10–40 ms
    // of messages to the browser, which the timing above need not wait for).
    await page.locator(`.ant-pagination-item-active[title="${targetPage}"]`).waitFor(WAIT)
    await noneLoading(page)
    await session.shot('bench-review-deep')

    const result = {
      sizeName,
      people: ws.size.people,
      claimsInYear: ws.size.claimsPerYear,
      rosterFirstRowsMs,
      rosterJumpRow: rosterTarget,
      rosterJumpMs,
      rosterJumpInPageMs,
      reviewFirstRowsMs,
      reviewJumpRow: reviewTarget,
      reviewJumpMs,
      reviewJumpInPageMs
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
