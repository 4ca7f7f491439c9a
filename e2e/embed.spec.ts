// The embed kit in a real browser: host pages on another origin (localhost:<port+1>) embed the
// widget from the app's origin (127.0.0.1:<port>), through the loader and through a plain iframe.
import AxeBuilder from '@axe-core/playwright'
import type { Frame, Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { hostMessages, widgetFrame, widgetMessages } from './helpers'

const PORT = Number(process.env.E2E_PORT ?? 4173)
const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? PORT + 1)
const APP = `http://127.0.0.1:${PORT}`
const HOST = `http://localhost:${HOST_PORT}`

// Age 30 on 2026-06-15 → 30; master → 100 (rules §1): 130, which meets the 120 threshold.
const MASTER_AGED_30 = { version: 1, asOf: '2026-06-15', birthDate: '1996-01-01', education: 'master' }


const frameHeight = (page: Page) => page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height)
const contentHeight = (frame: Frame) =>
  frame.evaluate(() => Math.ceil(document.querySelector('[data-testid="embed-widget"]')!.getBoundingClientRect().height))

/** The iframe is exactly as tall as the widget's content, nothing scrolls inside, and resizing has stopped. */
async function expectFittedAndSettled(page: Page, frame: Frame) {
  await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame))), { timeout: 5000 }).toBeLessThanOrEqual(1)
  expect(await frame.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)).toBeLessThanOrEqual(1)
  const before = (await widgetMessages(page, 'resize')).length
  const height = await frameHeight(page)
  await page.waitForTimeout(700)
  expect((await widgetMessages(page, 'resize')).length, 'no further resize messages once settled').toBe(before)
  expect(await frameHeight(page)).toBe(height)
}

async function prefill(page: Page, profile: unknown) {
  await page.evaluate((p) => (window as unknown as { prefill: (p: unknown) => void }).prefill(p), profile)
}

const scoreTotal = (frame: Frame) => frame.getByTestId('score-total')

for (const width of [360, 1280]) {
  test.describe(`through the one-line loader at ${width}px`, () => {
    test.use({ viewport: { width, height: 800 } })

    test('the iframe sits after the script tag, says ready, and its height follows the content across steps', async ({ page }) => {
      await page.goto(`${HOST}/loader.html`)
      const frame = await widgetFrame(page)
      // Inserted right after the script tag, before the paragraph that follows it in the markup.
      await expect(page.locator('script[src$="embed.js"] + iframe + p#after-widget')).toHaveCount(1)
      await expect(page.locator('iframe')).toHaveAttribute('title', 'Shanghai residence permit points calculator')
      await expect.poll(async () => (await widgetMessages(page, 'ready')).length).toBe(1)
      expect((await widgetMessages(page, 'ready'))[0]!.origin).toBe(APP)
      await expect.poll(() => page.evaluate(() => (window as unknown as { domEvents: { type: string }[] }).domEvents.some((e) => e.type === 'ready'))).toBe(true)
      await expectFittedAndSettled(page, frame)

      const heights = [await frameHeight(page)]
      for (let step = 0; step < 3; step++) {
        await frame.getByRole('button', { name: /^Next\b/ }).click()
        await expectFittedAndSettled(page, frame)
        heights.push(await frameHeight(page))
      }
      // The steps differ in length, so the frame really followed them.
      expect(new Set(heights).size).toBeGreaterThan(1)
      // A window as tall as the page changes nothing: the widget measures its content, not the viewport.
      const settled = await frameHeight(page)
      await page.setViewportSize({ width, height: await page.evaluate(() => document.documentElement.scrollHeight) })
      await expectFittedAndSettled(page, frame)
      expect(await frameHeight(page)).toBe(settled)
      await page.screenshot({ path: `/tmp/embed-host-loader-${width}.png` })
    })
  })
}

test.describe('through the one-line loader', () => {
  test('with data-events="result": the widget says so, and each result reaches the page as four fields', async ({ page }) => {
    await page.goto(`${HOST}/loader.html`)
    const frame = await widgetFrame(page)
    await expect(frame.getByRole('note')).toContainText('localhost receives your total score and verdict')
    await prefill(page, MASTER_AGED_30)
    await expect(scoreTotal(frame)).toHaveText(/^130\b/)
    await expect
      .poll(async () => (await widgetMessages(page, 'result')).at(-1)?.data)
      .toEqual({ source: 'sh-points', type: 'result', total: 130, threshold: 120, meetsThreshold: true, status: 'incomplete' })
    for (const m of await widgetMessages(page, 'result')) {
      expect(m.origin).toBe(APP)
      expect(Object.keys(m.data).sort()).toEqual(['meetsThreshold', 'source', 'status', 'threshold', 'total', 'type'])
    }
    const events = await page.evaluate(() => (window as unknown as { domEvents: { type: string; target: string; detail: unknown }[] }).domEvents)
    expect(events.filter((e) => e.type === 'result').at(-1)).toEqual({
      type: 'result',
      target: 'IFRAME',
      detail: { total: 130, threshold: 120, meetsThreshold: true, status: 'incomplete' },
    })
    await expectFittedAndSettled(page, frame)
  })

  test('prefill fills the wizard and the score; a bad prefill gets an error and leaves both as they were', async ({ page }) => {
    await page.goto(`${HOST}/loader.html`)
    const frame = await widgetFrame(page)
    await prefill(page, MASTER_AGED_30)
    await expect(scoreTotal(frame)).toHaveText(/^130\b/)
    await expect(frame.getByLabel('Date of birth')).toHaveValue('1996-01-01')

    await prefill(page, { version: 1, education: 'phd', birthDate: '1980-01-01' })
    await expect.poll(async () => (await widgetMessages(page, 'error')).length).toBe(1)
    const [error] = await widgetMessages(page, 'error')
    expect(error!.origin).toBe(APP)
    expect(error!.data.errors).toEqual([{ path: 'education', message: expect.stringContaining('"phd"') }])
    const events = await page.evaluate(() => (window as unknown as { domEvents: { type: string; detail: unknown }[] }).domEvents)
    expect(events.find((e) => e.type === 'error')?.detail).toEqual({ errors: error!.data.errors })
    // Untouched: same score, same answer, and no result for a change that did not happen.
    await expect(scoreTotal(frame)).toHaveText(/^130\b/)
    await expect(frame.getByLabel('Date of birth')).toHaveValue('1996-01-01')
    await expect.poll(async () => (await widgetMessages(page, 'result')).map((m) => m.data.total)).toEqual([130])
  })

  test('without data-events no result is sent and no notice is shown', async ({ page }) => {
    await page.goto(`${HOST}/loader-quiet.html`)
    const frame = await widgetFrame(page)
    await prefill(page, MASTER_AGED_30)
    await expect(scoreTotal(frame)).toHaveText(/^130\b/)
    await expect.poll(async () => (await widgetMessages(page, 'resize')).length).toBeGreaterThan(0)
    await page.waitForTimeout(300)
    expect(await widgetMessages(page, 'result')).toEqual([])
    await expect(frame.getByRole('note')).toHaveCount(0)
  })
})

test.describe('through a plain iframe', () => {
  test('host code that follows resize gets a fitted frame, ready, and (opted in) results at its origin', async ({ page }) => {
    await page.goto(`${HOST}/iframe.html?lang=en&events=result&parentOrigin=${encodeURIComponent(HOST)}`)
    const frame = await widgetFrame(page)
    await expect.poll(async () => (await widgetMessages(page, 'ready')).length).toBe(1)
    await expectFittedAndSettled(page, frame)
    await frame.getByRole('button', { name: /^Next\b/ }).click()
    await expectFittedAndSettled(page, frame)
    await prefill(page, MASTER_AGED_30)
    await expect(scoreTotal(frame)).toHaveText(/^130\b/)
    await expect.poll(async () => (await widgetMessages(page, 'result')).at(-1)?.data).toEqual({
      source: 'sh-points',
      type: 'result',
      total: 130,
      threshold: 120,
      meetsThreshold: true,
      status: 'incomplete',
    })
    await expectFittedAndSettled(page, frame)
  })

  test('without parentOrigin ready and resize (no data) still arrive, but no result is sent and no notice shown', async ({ page }) => {
    await page.goto(`${HOST}/iframe.html?lang=en&events=result`)
    const frame = await widgetFrame(page)
    await expect.poll(async () => (await widgetMessages(page, 'ready')).length).toBe(1)
    await expectFittedAndSettled(page, frame)
    await expect(frame.getByRole('note')).toHaveCount(0)
    await frame.getByRole('button', { name: /^Next\b/ }).click()
    await page.waitForTimeout(300)
    expect(await widgetMessages(page, 'result')).toEqual([])
  })

  test('a page at another origin than parentOrigin can neither prefill nor receive anything', async ({ page }) => {
    // The widget is told its host is https://other.example; this page (localhost) is not it.
    await page.goto(`${HOST}/iframe.html?lang=en&events=result&parentOrigin=${encodeURIComponent('https://other.example')}`)
    const frame = await widgetFrame(page)
    await expect(scoreTotal(frame)).toBeVisible()
    const before = await scoreTotal(frame).textContent()
    await prefill(page, MASTER_AGED_30)
    await prefill(page, { version: 1, education: 'phd' })
    await frame.getByRole('button', { name: /^Next\b/ }).click()
    await page.waitForTimeout(500)
    await expect(scoreTotal(frame)).toHaveText(before!)
    // The browser delivers nothing addressed to https://other.example to this page.
    expect(await hostMessages(page)).toEqual([])
  })
})

test.describe('with storage blocked in the third-party frame', () => {
  test.beforeEach(async ({ context }) => {
    // What a browser that blocks third-party storage does: localStorage throws inside the iframe.
    await context.addInitScript(() => {
      if (window !== window.top)
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError')
          },
        })
    })
  })

  test('the widget keeps working in memory and says so only once there is something to lose', async ({ page }) => {
    await page.goto(`${HOST}/loader.html`)
    const frame = await widgetFrame(page)
    await expect(scoreTotal(frame)).toBeVisible()
    const notice = frame.getByText(/lost when you reload or close it/)
    await expect(notice).toHaveCount(0)
    await frame.getByLabel('Date of birth').fill('1996-01-01')
    // Born 1996-01-01: aged 30 to 43 until 2039, so the age item gives 30 (rules §1).
    await expect(scoreTotal(frame)).toHaveText(/^30\b/)
    await expect(notice).toBeVisible()
    await prefill(page, MASTER_AGED_30)
    await expect(scoreTotal(frame)).toHaveText(/^130\b/)
    await expectFittedAndSettled(page, frame)
  })
})

test.describe('accessibility', () => {
  for (const lang of ['zh', 'en']) {
    test(`the widget (${lang}, custom colour, result notice) has no axe violations`, async ({ page }) => {
      await page.goto(`/?embed=1&lang=${lang}&color=%23ffd700&events=result&parentOrigin=${encodeURIComponent(HOST)}`)
      await expect(page.getByTestId('score-total')).toBeVisible()
      await expect(page.getByRole('note')).toBeVisible()
      const results = await new AxeBuilder({ page }).analyze()
      expect(results.violations).toEqual([])
    })
  }

  test('the widget inside the host page has no axe violations', async ({ page }) => {
    await page.goto(`${HOST}/loader.html`)
    const frame = await widgetFrame(page)
    await expect(scoreTotal(frame)).toBeVisible()
    const results = await new AxeBuilder({ page }).include('iframe').analyze()
    expect(results.violations).toEqual([])
  })
})
