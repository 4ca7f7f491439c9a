// The embed builder: live preview, copy, and the copied code working when pasted into a page on
// another origin.
import AxeBuilder from '@axe-core/playwright'
import type { Frame, Page } from '@playwright/test'
import { test, expect } from './fixtures'

const PORT = Number(process.env.E2E_PORT ?? 4173)
const HOST = `http://localhost:${Number(process.env.E2E_HOST_PORT ?? PORT + 1)}`

async function previewFrame(page: Page, urlPart: string): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().includes(urlPart))).toBe(true)
  const frame = page.frames().find((f) => f.url().includes(urlPart))!
  await frame.waitForSelector('[data-testid="embed-widget"]')
  return frame
}

async function copySnippet(page: Page, region: RegExp): Promise<string> {
  const section = page.getByRole('region', { name: region })
  await section.getByRole('button', { name: 'Copy code' }).click()
  await expect(section.getByRole('status')).toHaveText('Copied to the clipboard.')
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toBe(await section.getByRole('textbox').inputValue())
  return copied
}

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await context.addInitScript(() => localStorage.setItem('sh-points:lang', 'en'))
})

for (const width of [360, 1280]) {
  test(`the builder at ${width}px has no axe violations and a preview that fits its content`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 })
    await page.goto('/?view=embed')
    await expect(page.getByRole('heading', { level: 1, name: 'Embed on your site' })).toBeVisible()
    await page.getByRole('textbox', { name: 'Accent colour', exact: true }).fill('#ffd700')
    await expect(page.getByText(/slightly darker #[0-9a-f]{6}/)).toBeVisible()
    await page.getByRole('checkbox', { name: /Send the visitor’s total/ }).check()
    const frame = await previewFrame(page, 'color=%23ffd700')
    await expect(frame.getByRole('note')).toBeVisible()
    const content = () => frame.evaluate(() => Math.ceil(document.querySelector('[data-testid="embed-widget"]')!.getBoundingClientRect().height))
    const box = () => page.getByTitle('Widget preview').evaluate((el) => el.getBoundingClientRect().height)
    await expect.poll(async () => Math.abs((await box()) - (await content()))).toBeLessThanOrEqual(1)
    const results = await new AxeBuilder({ page }).analyze()
    expect(results.violations).toEqual([])
    await page.setViewportSize({ width, height: await page.evaluate(() => document.documentElement.scrollHeight) })
    await page.screenshot({ path: `/tmp/embed-builder-${width}.png` })
  })
}

test('the preview reports result events to the builder as a host would receive them', async ({ page }) => {
  await page.goto('/?view=embed')
  await page.getByRole('checkbox', { name: /Send the visitor’s total/ }).check()
  const frame = await previewFrame(page, 'events=result')
  // Born 1996-01-01: 30 or older but at most 43 until 2039, so the age item gives 30 (spec §2).
  await frame.getByLabel('Date of birth').fill('1996-01-01')
  await expect(page.getByTestId('preview-last-result')).toHaveText(/total 30, threshold \(标准分值\) 120, threshold not met/)
})

test('the copied one-line install, pasted into a page on another origin, embeds the configured widget', async ({ page }) => {
  await page.goto('/?view=embed')
  await page.getByRole('radio', { name: 'Chinese (中文)' }).check()
  await page.getByRole('textbox', { name: 'Accent colour', exact: true }).fill('#7c3aed')
  await page.getByRole('checkbox', { name: /Send the visitor’s total/ }).check()
  const snippet = await copySnippet(page, /^One-line install/)

  await page.goto(`${HOST}/paste.html?snippet=${encodeURIComponent(snippet)}`)
  const frame = await previewFrame(page, 'embed=1')
  await expect(frame.locator('html')).toHaveAttribute('lang', 'zh-CN')
  await expect(frame.getByRole('note')).toContainText('localhost 会收到您的总分和结论')
  expect(await frame.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--color-accent-600').trim())).toBe('#7c3aed')
  await frame.getByLabel('出生日期').fill('1996-01-01')
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { domEvents: { type: string; detail: unknown }[] }).domEvents.filter((e) => e.type === 'result').at(-1)?.detail))
    .toEqual({ total: 30, threshold: 120, meetsThreshold: false, status: 'incomplete' })
  const fitted = async () =>
    Math.abs(
      (await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height)) -
        (await frame.evaluate(() => Math.ceil(document.querySelector('[data-testid="embed-widget"]')!.getBoundingClientRect().height))),
    )
  await expect.poll(fitted).toBeLessThanOrEqual(1)
})

test('the copied plain iframe, pasted as is, shows the widget at its fixed height', async ({ page }) => {
  await page.goto('/?view=embed')
  await page.getByRole('checkbox', { name: /Compact mode/ }).check()
  const snippet = await copySnippet(page, /^Plain iframe/)
  await page.goto(`${HOST}/paste.html?snippet=${encodeURIComponent(snippet)}`)
  const frame = await previewFrame(page, 'embed=1')
  await expect(frame.getByTestId('embed-widget')).toHaveAttribute('data-compact', 'true')
  await expect(frame.getByTestId('score-total')).toBeVisible()
  expect(await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height)).toBe(900)
  await expect(page.locator('iframe')).toHaveAttribute('title', 'Shanghai residence permit points calculator')
})

test('the preview behaves as on a host page: its score bar stays in view while the builder scrolls', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/?view=embed')
  const frame = await previewFrame(page, 'embed=1')
  await expect(frame.getByTestId('score-total')).toHaveText(/^0\b/)
  const top = await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().top + window.scrollY)
  await page.evaluate((y) => window.scrollTo(0, y + 600), top)
  await expect
    .poll(async () => {
      const bar = await frame.getByTestId('widget-score').boundingBox()
      return bar !== null && bar.y >= -1 && bar.y + bar.height <= 845
    })
    .toBe(true)
})
