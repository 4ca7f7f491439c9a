// Nothing blank, nothing lost, in Chromium on the built app: a year-9999 assessment date is a
// clear error on a usable page; "clear my data" clears every key of ours; the widget's clear
// keeps the calculator's draft; a full storage still loads the saved draft and says 未能保存; a
// newer version's draft is kept; two tabs see each other's changes; the privacy check itself
// flags any origin but the app's own.
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, HOST_ORIGIN, offOrigin, test } from './fixtures'

const link = (profile: object) => `/#p=${Buffer.from(JSON.stringify(profile)).toString('base64url')}`
const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key)
const seed = (page: Page, key: string, value: unknown) =>
  page.evaluate(([k, v]) => localStorage.setItem(k, typeof v === 'string' ? v : JSON.stringify(v)), [key, value] as const)

test.beforeEach(async ({ page }) => {
  await page.goto('/')
  await page.evaluate(() => localStorage.clear())
})

test('the share-link attack asOf 9999-12-31 shows a clear error and the page stays usable, also after a reload', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(link({ version: 1, asOf: '9999-12-31', birthDate: '9970-01-01', education: 'master' }))
  await expect(page.getByText(/日期过晚：请填写 2100 年 12 月 31 日或以前的日期/).first()).toBeVisible()
  await page.waitForTimeout(2500) // the old crash came about 2 s later
  await expect(page.getByTestId('score-total')).toBeVisible()
  await page.reload()
  await expect(page.getByTestId('score-total')).toBeVisible()
  await page.getByLabel('出生日期').fill('1990-05-01')
  await expect(page.getByTestId('score-total')).toHaveText(/^30\b/)
  await page.getByLabel('评估日期').fill('9999-12-31')
  await expect(page.locator('#f-asOf-error')).toHaveText('日期过晚：请填写 2100 年 12 月 31 日或以前的日期。')
  await page.getByRole('button', { name: /结果/ }).first().click()
  await page.waitForTimeout(2500)
  await expect(page.getByTestId('screen-error')).toHaveCount(0)
  await expect(page.locator('#root')).not.toBeEmpty()
  expect(errors).toEqual([])
})

test('clear my data removes the road store too and says what it cleared', async ({ page }) => {
  await seed(page, 'sh-points:draft', { v: 1, draft: { version: 1, birthDate: '1990-05-01' }, stepId: 'you' })
  await seed(page, 'sh-points:road', { v: 1, assumptions: { keepPaying: true }, scenarios: [{ id: 's1', name: '读硕士', draft: { version: 1, education: 'master' } }] })
  await page.reload()
  await page.getByRole('button', { name: '清除我的数据' }).click()
  await page.getByRole('button', { name: '清除', exact: true }).click()
  await expect(page.getByText('已清除所有数据：填写的草稿、“通往 120 分”的设想与方案。')).toBeAttached()
  expect(await stored(page, 'sh-points:road')).toBeNull()
  expect(await stored(page, 'sh-points:draft')).toBeNull()
})

test("clearing inside the widget keeps the calculator's draft", async ({ page }) => {
  const mine = JSON.stringify({ v: 1, draft: { version: 1, birthDate: '1990-05-01' }, stepId: 'you' })
  await seed(page, 'sh-points:draft', mine)
  await page.goto('/?embed=1')
  await page.getByLabel('出生日期').fill('1980-01-01')
  await expect.poll(() => stored(page, 'sh-points:widget-draft')).not.toBeNull()
  await page.getByRole('button', { name: '清除我的数据' }).click()
  await page.getByRole('button', { name: '清除', exact: true }).click()
  expect(await stored(page, 'sh-points:widget-draft')).toBeNull()
  expect(await stored(page, 'sh-points:draft')).toBe(mine)
})

test('full storage: the saved draft still loads, and a change that cannot be saved says 未能保存 at once', async ({ page }) => {
  await seed(page, 'sh-points:draft', { v: 1, draft: { version: 1, education: 'master' }, stepId: 'you' })
  await page.reload()
  await expect(page.getByText('已自动保存在本设备上')).toBeVisible()
  // Fill the origin's storage with something that is not ours.
  await page.evaluate(() => {
    let i = 0
    for (let size = 256 * 1024; size >= 1; size = Math.floor(size / 4))
      for (;;)
        try {
          localStorage.setItem(`filler-${i++}`, 'x'.repeat(size))
        } catch {
          break
        }
  })
  await page.reload()
  await expect(page.getByTestId('storage-notice')).toHaveCount(0)
  await expect(page.getByTestId('score-total')).toHaveText(/^100\b/)
  await page.getByLabel('出生日期').fill('1990-05-01')
  await expect(page.getByText('未能保存', { exact: true })).toBeVisible()
  await expect(page.getByRole('alert')).toContainText('未能保存：浏览器的本地存储已满或不可用')
  const axe = await new AxeBuilder({ page }).include('main').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  expect(axe.violations.map((v) => v.id)).toEqual([])
})

test('a draft saved by a newer version is kept untouched, read-only, with an export', async ({ page }) => {
  const newer = JSON.stringify({ v: 2, draft: { version: 1, birthDate: '1990-05-01' }, stepId: 'you', added: 'in v2' })
  await seed(page, 'sh-points:draft', newer)
  await page.reload()
  await expect(page.getByTestId('storage-notice')).toContainText('来自本工具的较新版本')
  const axe = await new AxeBuilder({ page }).include('main').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  expect(axe.violations.map((v) => v.id)).toEqual([])
  await page.getByLabel('出生日期').fill('1985-01-01')
  await page.waitForTimeout(200)
  expect(await stored(page, 'sh-points:draft')).toBe(newer)
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出保存的数据' }).click()
  const file = await (await download).path()
  const { readFile } = await import('node:fs/promises')
  expect(await readFile(file, 'utf8')).toBe(newer)
})

test("two tabs: one tab's change reaches the other, which says so", async ({ page, context }) => {
  await page.reload()
  const other = await context.newPage()
  await other.goto('/')
  await page.getByLabel('出生日期').fill('1990-05-01')
  await expect(other.getByText('您在另一个标签页中修改了数据，此页已换成最新的内容。')).toBeVisible()
  await expect(other.getByLabel('出生日期')).toHaveValue('1990-05-01')
  await expect(other.getByTestId('score-total')).toHaveText(/^30\b/)
})

test('the privacy check flags every origin but the app’s own, another localhost port included', async ({ baseURL }) => {
  const app = new URL(baseURL!).origin
  const req = (url: string, frame: string, navigation = false, top = false) =>
    ({ url: () => url, isNavigationRequest: () => navigation, frame: () => ({ url: () => frame, parentFrame: () => (top ? null : {}) }) }) as unknown as Parameters<typeof offOrigin>[0]
  expect(offOrigin(req(`${app}/assets/x.js`, `${app}/`), app)).toBeNull()
  expect(offOrigin(req('http://localhost:9/collect', `${app}/`), app)).not.toBeNull()
  expect(offOrigin(req('http://127.0.0.1:9/collect', `${app}/`), app)).not.toBeNull()
  expect(offOrigin(req(`${HOST_ORIGIN}/collect`, `${app}/?embed=1`), app)).not.toBeNull()
  expect(offOrigin(req(`${HOST_ORIGIN}/host.html`, `${HOST_ORIGIN}/host.html`), app)).toBeNull()
  // The test itself opening the host page from an app page is allowed; the app opening another port is not.
  expect(offOrigin(req(`${HOST_ORIGIN}/host.html`, `${app}/`, true, true), app)).toBeNull()
  expect(offOrigin(req('http://localhost:9/', `${app}/`, true, true), app)).not.toBeNull()
})
