// The first screen is in index.html (prerendered at build time) and the app takes it over without
// rebuilding it: no hydration warning, no removed node, no layout shift.
import { test, expect } from './fixtures'

// As a visitor has it: the service worker registers after the first render (and says nothing).
test.use({ serviceWorkers: 'allow' })

/** Before any script of the page: count removed elements, layout shifts and console complaints. */
async function watch(page: import('@playwright/test').Page) {
  const complaints: string[] = []
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && complaints.push(m.text()))
  page.on('pageerror', (e) => complaints.push(e.message))
  await page.addInitScript(() => {
    const w = window as unknown as { removed: number; cls: number }
    w.removed = 0
    w.cls = 0
    new MutationObserver((records) => {
      // <template> marks a boundary the build left to the browser (prerender.tsx): not content.
      for (const r of records) for (const n of r.removedNodes) if (n.nodeType === Node.ELEMENT_NODE && n.nodeName !== 'TEMPLATE') w.removed++
    }).observe(document, { childList: true, subtree: true })
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) w.cls += e.value
    }).observe({ type: 'layout-shift', buffered: true })
  })
  return complaints
}

const counters = (page: import('@playwright/test').Page) =>
  page.evaluate(() => {
    const w = window as unknown as { removed: number; cls: number }
    return { removed: w.removed, cls: w.cls }
  })

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })
  test('the calculator first screen, with its score, is in the HTML', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('上海居住证积分自测')
    await expect(page.getByRole('heading', { name: '基本信息' })).toBeVisible()
    await expect(page.getByLabel('出生日期')).toBeVisible()
    await expect(page.getByTestId('score-total')).toContainText('0')
    await expect(page.getByTestId('data-version')).toHaveText(/^规则 sh-\d{4} · 社平工资至 \d{4}-\d{2}$/)
  })
})

test('a first visit hydrates the prerendered screen: no node rebuilt, no warning, no layout shift', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  const complaints = await watch(page)
  await page.goto('/')
  await expect(page.getByRole('heading', { name: '基本信息' })).toBeVisible()
  const title = await page.getByRole('heading', { name: '基本信息' }).elementHandle()
  // React has taken over the markup the server sent (it marks the nodes it owns).
  await page.waitForFunction(() => Object.keys(document.querySelector('header')!).some((k) => k.startsWith('__reactFiber')))
  const { removed, cls } = await counters(page)
  expect(removed).toBe(0)
  expect(cls).toBeLessThanOrEqual(0.01)
  // Interactive: typing a birth date scores at once, in the very nodes that were prerendered.
  await page.getByLabel('出生日期').fill('1990-05-01')
  await expect(page.getByTestId('score-total')).not.toContainText(/^\s*0\s*分/)
  expect(await title!.evaluate((el) => el.isConnected)).toBe(true)
  expect(complaints).toEqual([])
})

test('a saved draft in English replaces the prerendered screen, which it never shows, without a warning', async ({ page }) => {
  await page.goto('/')
  await page.evaluate(() => {
    localStorage.setItem('sh-points:lang', 'en')
    localStorage.setItem('sh-points:draft', JSON.stringify({ v: 1, draft: { version: 1, birthDate: '1990-05-01' }, stepId: 'you', asOfOverride: '2026-11-15' }))
  })
  const complaints = await watch(page)
  await page.addInitScript(() =>
    // After the entry has run, before the app has (it waits for a frame).
    document.addEventListener('DOMContentLoaded', () => {
      ;(window as unknown as { parsedVisibility: string }).parsedVisibility = getComputedStyle(document.getElementById('root')!).visibility
    }),
  )
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Shanghai Residence Permit Points')
  expect(await page.evaluate(() => (window as unknown as { parsedVisibility: string }).parsedVisibility)).toBe('hidden')
  await expect(page.getByLabel('Date of birth')).toHaveValue('1990-05-01')
  await expect(page.getByTestId('score-total')).not.toContainText(/^\s*0\s/)
  const { cls } = await counters(page)
  expect(cls).toBeLessThanOrEqual(0.01)
  expect(complaints).toEqual([])
})

test('on a later day than the build, the prerendered screen is hydrated and then shows that day', async ({ page }) => {
  const later = new Date(Date.now() + 5 * 86_400_000)
  const day = later.toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' })
  await page.clock.setFixedTime(later)
  const complaints = await watch(page)
  // The header as parsed from the HTML, before any script ran.
  await page.addInitScript(() =>
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') (window as unknown as { parsed: Element | null }).parsed = document.querySelector('header')
    }),
  )
  await page.goto('/')
  await expect(page.getByLabel('评估日期')).toHaveValue(day)
  expect(await page.evaluate(() => document.querySelector('header') === (window as unknown as { parsed: Element | null }).parsed)).toBe(true)
  expect(complaints).toEqual([])
})

test('the widget never shows the calculator’s prerendered screen: it stays hidden until the widget renders', async ({ page }) => {
  const complaints = await watch(page)
  await page.addInitScript(() =>
    // After the entry has run, before the app has (it waits for a frame).
    document.addEventListener('DOMContentLoaded', () => {
      ;(window as unknown as { parsedVisibility: string }).parsedVisibility = getComputedStyle(document.getElementById('root')!).visibility
    }),
  )
  await page.goto('/?embed=1')
  await expect(page.getByLabel('出生日期')).toBeVisible()
  expect(await page.evaluate(() => (window as unknown as { parsedVisibility: string }).parsedVisibility)).toBe('hidden')
  await expect(page.getByRole('banner')).toHaveCount(0)
  expect(complaints).toEqual([])
})

test('a date typed into the prerendered form before the app has loaded reaches the draft and the score', async ({ page }) => {
  // Hold the app's chunk until the visitor has typed (a slow phone on the metro).
  let release!: () => void
  const held = new Promise<void>((r) => (release = r))
  await page.route('**/assets/app-*.js', async (route) => {
    await held
    await route.continue()
  })
  await page.goto('/')
  await page.getByLabel('出生日期').fill('1990-05-01')
  release()
  await page.waitForFunction(() => Object.keys(document.querySelector('header')!).some((k) => k.startsWith('__reactFiber')))
  await expect(page.getByLabel('出生日期')).toHaveValue('1990-05-01')
  await expect(page.getByTestId('score-total')).not.toContainText(/^\s*0\s*分/)
  await expect.poll(() => page.evaluate(() => localStorage.getItem('sh-points:draft') ?? '')).toContain('"birthDate":"1990-05-01"')
})
