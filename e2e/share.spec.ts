// Share links on the built app: a link copied in one browser opens the same score in a fresh
// one; a visitor's own answers are kept unless they choose otherwise; a damaged link says so.
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'

// Hand-derived (rules §1) on 2026-06-15: born 1990-05-01 → 36 → 30; master → 100;
// 2019-01..2026-05 is 89 months → 7 years → 21. Total 151.
const PROFILE = { version: 1, birthDate: '1990-05-01', education: 'master', socialInsurance: [{ from: '2019-01', to: '2026-05', base: 9000 }] }
const AS_OF = '2026-06-15'

const seed = (page: Page, draft: object, stepId = 'result') =>
  page.evaluate(([d, s, a]) => localStorage.setItem('sh-points:draft', JSON.stringify({ v: 1, draft: d, stepId: s, asOfOverride: a })), [draft, stepId, AS_OF] as const)
const link = (profile: object) => `/#p=${Buffer.from(JSON.stringify(profile)).toString('base64url')}`
/** axe on this feature's part of the page (the calculator under it has its own scans). */
const axe = async (page: Page, selector: string) =>
  (await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()).violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)

test('a link copied in one browser opens the same score in a fresh browser context', async ({ page, browser, baseURL, offOriginRequests }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL })
  await page.goto('/')
  await seed(page, PROFILE)
  await page.reload()
  await expect(page.getByTestId('score-total')).toContainText('151')
  await page.getByRole('button', { name: '复制分享链接' }).click()
  await expect(page.getByText(/链接已复制/)).toBeVisible()
  const url = await page.evaluate(() => navigator.clipboard.readText())
  expect(url).toMatch(/#p=[\w-]+$/)

  const fresh = await browser.newContext({ baseURL })
  fresh.on('request', (r) => {
    if (new URL(r.url()).origin !== new URL(baseURL!).origin && !r.url().startsWith('data:')) offOriginRequests.push(r.url())
  })
  const other = await fresh.newPage()
  await other.goto(url)
  await expect(other.getByTestId('score-total')).toContainText('151')
  await expect(other.getByText(/已打开分享的资料/)).toBeVisible()
  await expect(other).toHaveURL(/\/$/)
  await fresh.close()
})

test('over saved answers, the link asks first; “view” shows it read-only, “keep mine” keeps them', async ({ page }) => {
  await page.goto('/')
  await seed(page, { version: 1, birthDate: '1970-01-01' })
  await page.reload()
  await page.goto(link({ ...PROFILE, asOf: AS_OF }))
  await expect(page.getByText('分享的资料总积分为 151 分（评估日期 2026-06-15）', { exact: false })).toBeVisible()
  expect(await axe(page, 'section[aria-labelledby="share-ask-title"]')).toEqual([])
  await page.getByRole('button', { name: '查看分享的资料' }).click()
  await expect(page.getByRole('heading', { name: '正在查看分享的资料（只读）' })).toBeVisible()
  await expect(page.getByTestId('score-total')).toHaveText('151')
  expect(await axe(page, 'main')).toEqual([])
  await page.getByRole('button', { name: '保留我的资料' }).click()
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('sh-points:draft')!).draft)
  expect(stored).toEqual({ version: 1, birthDate: '1970-01-01' })
})

test('a cut-off link shows a clear notice and changes nothing', async ({ page }) => {
  await page.goto('/')
  await seed(page, { version: 1, birthDate: '1970-01-01' })
  await page.reload()
  await page.goto(link({ ...PROFILE, asOf: AS_OF }).slice(0, 30))
  await expect(page.getByRole('alert')).toContainText('分享链接无法打开')
  await expect(page.getByRole('alert')).toContainText('您的资料没有任何改变。')
  expect(await axe(page, '[role="alert"]')).toEqual([])
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('sh-points:draft')!).draft)
  expect(stored).toEqual({ version: 1, birthDate: '1970-01-01' })
})

test('the share code is not downloaded by a page without a share link', async ({ page }) => {
  const scripts: string[] = []
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()))
  await page.goto('/')
  await expect(page.locator('#step-title')).toBeVisible()
  expect(scripts.filter((s) => /SharedLinkGate|ActionsPanel|BatchPage|PrintPreview|batch\.worker/.test(s))).toEqual([])
})
