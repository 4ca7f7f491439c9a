// The Content-Security-Policy recommended in docs/deploying.md, served on the app's documents: the
// app and the widget run without a single violation, and frame-ancestors decides who may embed.
import { readFileSync } from 'node:fs'
import type { BrowserContext, Page } from '@playwright/test'
import { test, expect } from './fixtures'

const PORT = Number(process.env.E2E_PORT ?? 4173)
const APP = `http://127.0.0.1:${PORT}`
const HOST = `http://localhost:${Number(process.env.E2E_HOST_PORT ?? PORT + 1)}`

// The policy exactly as documented (the Netlify/Cloudflare `_headers` line), with its allow-list swapped.
const DOCUMENTED = /^\s*Content-Security-Policy: (.+)$/m.exec(readFileSync('docs/deploying.md', 'utf8'))![1]!
const policy = (ancestors: string) => DOCUMENTED.replace(/frame-ancestors [^;]+$/, `frame-ancestors ${ancestors}`)

async function serveWithCsp(context: BrowserContext, csp: string) {
  await context.route(`${APP}/**`, async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue()
    const response = await route.fetch()
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } })
  })
}

/** Every CSP report the browser prints, from the page and all its frames. */
function cspReports(page: Page): string[] {
  const reports: string[] = []
  page.on('console', (m) => {
    if (/Content Security Policy|frame-ancestors/i.test(m.text())) reports.push(m.text())
  })
  return reports
}

const readyMessages = (page: Page) =>
  page.evaluate(() => (window as unknown as { rawMessages: { data: { type?: string } }[] }).rawMessages.filter((m) => m.data?.type === 'ready').length)

test('the documented policy keeps frame-ancestors last, so partners can edit the allow-list', () => {
  expect(DOCUMENTED).toMatch(/^default-src 'self'; .*connect-src 'self'; .*frame-ancestors \*$/)
})

test('the calculator, the builder and its live preview run under the documented CSP without a violation', async ({ page, context }) => {
  await serveWithCsp(context, policy("'self'"))
  const reports = cspReports(page)
  await page.goto('/')
  await expect(page.getByTestId('score-total')).toBeVisible()
  await page.goto('/?view=embed')
  await expect.poll(() => page.frames().find((f) => f.url().includes('embed=1'))?.getByTestId('score-total').isVisible()).toBe(true)
  expect(reports).toEqual([])
})

test('a host on the allow-list embeds the widget, which works without a violation', async ({ page, context }) => {
  await serveWithCsp(context, policy(`'self' ${HOST}`))
  const reports = cspReports(page)
  await page.goto(`${HOST}/loader.html`)
  await expect.poll(() => readyMessages(page)).toBe(1)
  const frame = page.frames().find((f) => f.url().includes('embed=1'))!
  await page.evaluate(() =>
    (window as unknown as { prefill: (p: unknown) => void }).prefill({ version: 1, asOf: '2026-06-15', birthDate: '1996-01-01', education: 'master' }),
  )
  // Age 30 → 30, master → 100 (rules §1).
  await expect(frame.getByTestId('score-total')).toHaveText(/^130\b/)
  expect(reports).toEqual([])
})

test('a host not on the allow-list gets no widget', async ({ page, context }) => {
  await serveWithCsp(context, policy("'self' https://partner.example"))
  const reports = cspReports(page)
  await page.goto(`${HOST}/loader.html`)
  await expect.poll(() => reports.some((r) => r.includes('frame-ancestors'))).toBe(true)
  await page.waitForTimeout(500)
  expect(await readyMessages(page)).toBe(0)
})
