// The widget on a consultancy's page (another origin, content above and below it): the score stays
// in the visitor's view at every field of every step; results only after input, with status; the
// call to action only when pressed; a burst of prefills neither freezes the widget nor floods the host.
import AxeBuilder from '@axe-core/playwright'
import type { Frame, Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { hostMessages, widgetFrame, widgetMessages } from './helpers'

const PORT = Number(process.env.E2E_PORT ?? 4173)
const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? PORT + 1)
const APP = `http://127.0.0.1:${PORT}`
const HOST = `http://localhost:${HOST_PORT}`

// Age 30 → 30; master → 100; paid since 2025-01 at 12,000, about 1× the reference wage → 3 (rules §1): 133.
const MASTER_PAYING = {
  version: 1,
  asOf: '2026-06-15',
  birthDate: '1996-01-01',
  education: 'master',
  socialInsurance: [{ from: '2025-01', to: '2026-05', base: 12000 }],
}

const prefill = (page: Page, profile: unknown) => page.evaluate((p) => (window as unknown as { prefill: (p: unknown) => void }).prefill(p), profile)

type Box = { x: number; y: number; width: number; height: number }
/** consultancy.html has a fixed 56 px header (data-top-offset="56"): visible means below it. */
const HEADER = 56
const within = (b: Box, height: number) => b.y >= HEADER - 1 && b.y + b.height <= height + 1
const overlaps = (a: Box, b: Box) => a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1

/** Where the score bar and the focused element are on the host's screen (main-viewport coordinates). */
async function positions(page: Page, frame: Frame) {
  const offset = await page.locator('iframe').boundingBox()
  const inFrame = await frame.evaluate(() => {
    const el = document.activeElement
    if (!el || el === document.body) return null
    const box = (r: DOMRect) => ({ x: r.x, y: r.y, width: r.width, height: r.height })
    return {
      bar: box(document.querySelector('[data-testid="widget-score"]')!.getBoundingClientRect()),
      field: box(el.getBoundingClientRect()),
      inBar: !!el.closest('[data-testid="widget-score"]'),
      label: `${el.tagName} ${el.id || el.getAttribute('name') || el.textContent?.trim().slice(0, 30)}`,
    }
  })
  if (!inFrame || !offset) return null
  const shift = (b: Box) => ({ ...b, x: b.x + offset.x, y: b.y + offset.y })
  return { ...inFrame, bar: shift(inFrame.bar), field: shift(inFrame.field) }
}

/** Tabs through the current step until its Next button, checking the score and the field at every stop. */
async function walkStep(page: Page, frame: Frame, step: number) {
  const height = page.viewportSize()!.height
  for (let stop = 0; stop < 120; stop++) {
    await page.keyboard.press('Tab')
    const focusedText = await frame.evaluate(() => (document.activeElement === document.body ? null : (document.activeElement?.textContent ?? '')))
    if (focusedText === null) throw new Error(`focus left the widget on step ${step}`)
    await expect
      .poll(
        async () => {
          const p = await positions(page, frame)
          if (!p) return 'nothing focused'
          const problems = [
            !within(p.bar, height) && 'score off screen',
            !within(p.field, height) && 'field off screen',
            !p.inBar && overlaps(p.bar, p.field) && 'field under the score',
          ].filter(Boolean)
          return problems.length ? `${p.label}: ${problems.join(', ')}` : 'ok'
        },
        { message: `step ${step}, stop ${stop}`, timeout: 3000 },
      )
      .toBe('ok')
    if (/^(Next|See the result)\b/.test(focusedText.trim())) return stop
  }
  throw new Error(`no Next button reached on step ${step}`)
}

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
]) {
  test(`at ${viewport.width}×${viewport.height} the score and the focused field are both on screen at every field of every step`, async ({ page }) => {
    test.setTimeout(120_000)
    await page.setViewportSize(viewport)
    await page.goto(`${HOST}/consultancy.html`)
    const frame = await widgetFrame(page)
    await expect(frame.getByTestId('score-total')).toHaveText(/^0\b/)
    await frame.locator('#step-title').focus()
    const shots = `/tmp/embed-in-view-${viewport.width}`
    for (let step = 1; step <= 5; step++) {
      if (step === 3) {
        // Social insurance: one period, so that its fields are walked too.
        await frame.getByRole('button', { name: 'Add a period' }).click()
        await frame.locator('#step-title').focus()
      }
      const stops = await walkStep(page, frame, step)
      expect(stops).toBeGreaterThan(0)
      await page.screenshot({ path: `${shots}-step${step}.png` })
      await page.keyboard.press('Enter')
      await expect(frame.getByRole('listitem').filter({ has: frame.locator('[aria-current="step"]') })).toContainText(String(step + 1))
    }
    // The result, in the frame, short: verdict, total and the way to the full report, with the score.
    await expect(frame.getByTestId('widget-result')).toBeVisible()
    const box = await frame.getByTestId('widget-result').boundingBox()
    expect(box!.height).toBeLessThan(viewport.height * 1.5)
    await page.screenshot({ path: `${shots}-result.png` })
    expect((await new AxeBuilder({ page }).include('iframe').analyze()).violations).toEqual([])
    await frame.getByTestId('full-report').scrollIntoViewIfNeeded()
    const bar = await frame.getByTestId('widget-score').boundingBox()
    expect(within(bar!, viewport.height)).toBe(true)
  })
}

test.describe('events', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('no result within 2 s of load with an empty draft; one, with status, after the first answer', async ({ page }) => {
    await page.goto(`${HOST}/consultancy.html`)
    const frame = await widgetFrame(page)
    await expect.poll(async () => (await widgetMessages(page, 'ready')).length).toBe(1)
    const ready = (await widgetMessages(page, 'ready'))[0]!.at!
    await page.waitForTimeout(2000)
    expect(await widgetMessages(page, 'result')).toEqual([])
    expect((await widgetMessages(page, 'ready'))[0]!.at! - ready).toBe(0)

    await frame.getByLabel('Date of birth').fill('1996-01-01')
    await expect.poll(async () => (await widgetMessages(page, 'result')).length).toBe(1)
    const [result] = await widgetMessages(page, 'result')
    expect(result!.origin).toBe(APP)
    // Age only so far: provisional, not 达标.
    expect(result!.data).toEqual({ source: 'sh-points', type: 'result', total: 30, threshold: 120, meetsThreshold: false, status: 'incomplete' })
    await page.waitForTimeout(800)
    expect(await widgetMessages(page, 'result')).toHaveLength(1)
    await expect(frame.getByTestId('verdict')).toHaveAttribute('data-status', 'incomplete')
    await expect(frame.getByRole('note')).toHaveText('localhost receives your total score and verdict (whether it reaches 120 points), none of your answers.')
  })

  test('cta only after the button press, to parentOrigin only, with total and status; the host page opens in a new tab', async ({ page, context }) => {
    await page.goto(`${HOST}/consultancy.html`)
    const frame = await widgetFrame(page)
    await prefill(page, MASTER_PAYING)
    await frame.getByRole('button', { name: 'See result' }).click()
    const cta = frame.getByTestId('cta')
    await expect(cta).toContainText('Book a free call')
    await expect(cta).toContainText('Sends your total and verdict to localhost, none of your answers')
    await page.waitForTimeout(500)
    expect(await widgetMessages(page, 'cta')).toEqual([])

    const [popup] = await Promise.all([context.waitForEvent('page'), cta.click()])
    await popup.waitForLoadState()
    expect(popup.url()).toBe(`${HOST}/contact.html`)
    await expect.poll(async () => (await widgetMessages(page, 'cta')).length).toBe(1)
    const [sent] = await widgetMessages(page, 'cta')
    expect(sent!.origin).toBe(APP)
    expect(sent!.data).toEqual({ source: 'sh-points', type: 'cta', total: 133, status: 'meets' })
    const dom = await page.evaluate(() => (window as unknown as { domEvents: { type: string; detail: unknown }[] }).domEvents.filter((e) => e.type === 'cta'))
    expect(dom.map((e) => e.detail)).toEqual([{ total: 133, status: 'meets' }])
  })

  test('a page that is not parentOrigin never receives the call to action', async ({ page }) => {
    const other = 'https://other.example'
    await page.goto(`${HOST}/iframe.html?lang=en&parentOrigin=${encodeURIComponent(other)}&cta=${encodeURIComponent(`${other}/contact`)}`)
    const frame = await widgetFrame(page)
    await frame.getByLabel('Date of birth').fill('1996-01-01')
    await frame.getByRole('button', { name: 'See result' }).click()
    // The widget has sent its message by the time the click reaches the window; opening
    // https://other.example would leave the machine, so the navigation itself is cancelled.
    await frame.evaluate(() =>
      window.addEventListener('click', (e) => {
        e.preventDefault()
        document.body.dataset.pressed = 'yes'
      }),
    )
    await frame.getByTestId('cta').click()
    await expect(frame.locator('body')).toHaveAttribute('data-pressed', 'yes')
    await page.waitForTimeout(500)
    // Everything was addressed to https://other.example, so this page received nothing at all.
    expect(await hostMessages(page)).toEqual([])
  })

  test('20,000 prefill messages: the widget answers at once and the host gets one result', async ({ page }) => {
    await page.goto(`${HOST}/consultancy.html`)
    const frame = await widgetFrame(page)
    await expect.poll(async () => (await widgetMessages(page, 'ready')).length).toBe(1)
    const started = Date.now()
    await page.evaluate((last) => {
      const target = document.querySelector('iframe')!.contentWindow!
      for (let i = 0; i < 20_000; i++)
        target.postMessage({ source: 'sh-points-host', type: 'prefill', profile: i === 19_999 ? last : { ...last, education: i % 2 ? 'bachelorDegree' : 'associate' } }, '*')
    }, MASTER_PAYING)
    await expect(frame.getByTestId('score-total')).toHaveText(/^133\b/, { timeout: 5000 })
    expect(Date.now() - started).toBeLessThan(5000)
    await page.waitForTimeout(1000)
    const results = await widgetMessages(page, 'result')
    expect(results.map((r) => r.data.total)).toEqual([133])
  })
})

test.describe('links and parameters', () => {
  test('both install options grant clipboard-write; the full report opens the app (not ?embed=1) with the profile in #p=', async ({ page, context }) => {
    await page.goto(`${HOST}/consultancy.html`)
    await expect(page.locator('iframe')).toHaveAttribute('allow', 'clipboard-write')
    const frame = await widgetFrame(page)
    await prefill(page, MASTER_PAYING)
    await frame.getByRole('button', { name: 'See result' }).click()
    const link = frame.getByTestId('full-report')
    const href = (await link.getAttribute('href'))!
    expect(href.startsWith(`${APP}/#p=`)).toBe(true)
    expect(href).not.toContain('embed=1')
    const [tab] = await Promise.all([context.waitForEvent('page'), link.click()])
    await tab.waitForLoadState()
    // The full app on its own origin, with the same profile: print and share work there.
    await expect(tab.getByTestId('score-total').first()).toHaveText(/^133\b/, { timeout: 10_000 })
    await tab.close()
  })

  test('parentOrigin=https://*.example.com is refused with a clear console error and never shown encoded', async ({ page }) => {
    const warnings: string[] = []
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text())
    })
    await page.goto(`${HOST}/iframe.html?lang=en&events=result&parentOrigin=${encodeURIComponent('https://*.example.com')}`)
    const frame = await widgetFrame(page)
    await expect(frame.getByTestId('score-total')).toBeVisible()
    await expect(frame.getByRole('note')).toHaveCount(0)
    expect(await frame.locator('body').innerText()).not.toContain('%2A')
    expect(warnings.join('\n')).toContain('parentOrigin="https://*.example.com": wildcards (*) are not allowed')
  })
})
