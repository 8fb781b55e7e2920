import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { launchBrowser, newPage, screenshot } from './browser'
import { serve, type Served } from './serve'

/** The page's document, typed just enough for the check below (this config has no DOM types). */
interface AnimatedDocument {
  getAnimations(): { playState: string; effect: { getTiming(): { iterations?: number } } | null }[]
}

/** Runs in the page (serialised by playwright, not eval'd, so the app's CSP allows it). */
function animationsDone(): boolean {
  const doc = (globalThis as unknown as { document: AnimatedDocument }).document
  return doc.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity)
}

export interface Session {
  dir: string
  served: Served
  context: BrowserContext
  page: Page
  /** Uncaught errors of the page (pageerror events). */
  errors: string[]
  /** Opens a screen by its hash route, e.g. goto('roster') or goto('roster/3'). */
  goto(route: string): Promise<void>
  /** A screenshot once opening and closing animations (modals, drawers, messages) are over. */
  shot(name: string): Promise<string>
  close(): Promise<void>
}

/**
 * A fresh database in a temp folder, `xueshi serve` on it, and Chromium on its address (the
 * redirect sets the token cookie). `year` is stored as the chosen year before the app starts;
 * `prepare` may fill the database (e.g. through the command line) before it is served.
 */
export async function openSession(year?: number, prepare?: (dbPath: string, dir: string) => Promise<void>): Promise<Session> {
  const dir = mkdtempSync(join(tmpdir(), 'xueshi-e2e-'))
  const dbPath = join(dir, 'xueshi.db')
  await prepare?.(dbPath, dir)
  const served = await serve(dbPath)
  const browser = await launchBrowser()
  const { context, page, errors } = await newPage(browser.browser, served.url)
  // Fail within a test's time with the locator that did not appear, not a bare test timeout.
  context.setDefaultTimeout(30_000)
  if (year !== undefined) {
    await page.evaluate(`localStorage.setItem('xueshi.year', '${year}')`)
    await page.reload()
  }
  return {
    dir,
    served,
    context,
    page,
    errors,
    goto: async (route) => {
      await page.evaluate(`location.hash = ${JSON.stringify(`#/${route}`)}`)
    },
    shot: async (name) => {
      // Spinners loop forever; give up waiting after a while rather than fail the test.
      await page
        .waitForFunction(animationsDone, undefined, { timeout: 3000 })
        .catch(() => undefined)
      return screenshot(page, name)
    },
    close: async () => {
      await browser.close()
      await served.stop()
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
