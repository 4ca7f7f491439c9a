// Offline after the first visit: the service worker serves the calculator, the batch page and the
// widget with no network; a returning visitor whose draft was scored with older data is told what
// the new data did to the score.
import type { BrowserContext, Page } from '@playwright/test'
import { test, expect } from './fixtures'

test.use({ serviceWorkers: 'allow' })

/** The first visit: wait until the service worker has cached everything and is active. */
async function firstVisit(page: Page, path = '/') {
  await page.goto(path)
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready
    return reg.active?.state
  })
}

async function goOffline(context: BrowserContext) {
  await context.setOffline(true)
  // Belt and braces: any request that still reaches the network fails.
  await context.route('**/*', (route) => route.abort('internetdisconnected'))
}

test('after the first visit: go offline, reload, enter a profile and get a score', async ({ page, context }) => {
  await firstVisit(page)
  await goOffline(context)
  const response = await page.reload()
  expect(response?.fromServiceWorker()).toBe(true)
  await page.getByLabel('出生日期').fill('1990-05-01')
  await page.getByLabel('评估日期').fill('2026-11-15')
  // Age 36 on that date: 20 points, by the engine, offline.
  await expect(page.getByTestId('score-total')).toContainText(/\d+\s*分/)
  await expect(page.getByTestId('score-total')).not.toContainText(/^\s*[0–-]\s*分/)
  await expect(page.getByTestId('data-version')).toHaveText(/^规则 sh-\d{4} · 社平工资至 \d{4}-\d{2}$/)
  // The later steps load offline too (lazy chunks are precached).
  await page.getByRole('button', { name: '下一步' }).click()
  await expect(page.getByRole('heading', { name: '学历与职称' })).toBeVisible()
})

test('the batch page and the widget open offline after a first visit', async ({ page, context }) => {
  await firstVisit(page)
  await goOffline(context)
  await page.goto('/?view=batch')
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible()
  await expect(page.getByText(/正在加载/)).toHaveCount(0)
  await page.goto('/?embed=1')
  await expect(page.getByLabel('出生日期')).toBeVisible()
})

test('the app is installable: a manifest with icons, served by the app', async ({ page, request }) => {
  await page.goto('/')
  const href = await page.locator('link[rel="manifest"]').getAttribute('href')
  const manifest = await (await request.get(new URL(href!, page.url()).href)).json()
  expect(manifest.display).toBe('standalone')
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']))
  for (const icon of manifest.icons) expect((await request.get(new URL(icon.src, page.url()).href)).headers()['content-type']).toBe('image/png')
})

test('a returning visitor whose draft was scored with older wage data is told what changed and why', async ({ page }) => {
  await page.goto('/')
  // A skill-level-2 applicant whose base (11,000) is below the reference wage.
  await page.evaluate(() =>
    localStorage.setItem(
      'sh-points:draft',
      JSON.stringify({
        v: 1,
        draft: { version: 1, birthDate: '1990-05-01', education: 'bachelorDegree', qualification: 'skill2', socialInsurance: [{ from: '2020-01', to: '2026-10', base: 11000 }] },
        stepId: 'you',
        asOfOverride: '2026-11-15',
      }),
    ),
  )
  await page.reload()
  // The app keeps the score with this build's data (once it has scored the draft).
  await page.waitForFunction(() => localStorage.getItem('sh-points:scored') !== null)
  // Pretend it was scored with last year's data, when the qualification still counted 100 points.
  const now = await page.evaluate(() => {
    const record = JSON.parse(localStorage.getItem('sh-points:scored')!)
    const total = record.total
    record.data = { rules: record.data.rules, wagesFrom: '2025-07', wagesThrough: '2026-06', wage: 12434, wageYear: 2024 }
    record.total += 100
    record.items.qualification = 100
    localStorage.setItem('sh-points:scored', JSON.stringify(record))
    return total as number
  })
  await page.reload()
  const notice = page.getByTestId('what-changed')
  await expect(notice).toContainText('数据已更新：您的积分有变化')
  await expect(notice).toContainText(/\d{4} 年社平工资已公布（[\d,]+ 元）/)
  await expect(notice).toContainText(`您的积分从 ${now + 100} 变为 ${now}`)
  await expect(notice).toContainText('专业技术职称和技能等级：100 → 0 分')
  await notice.getByRole('button', { name: '查看结果与办法' }).click()
  await expect(notice).toHaveCount(0)
  // Told once: the record now holds this build's data.
  await page.reload()
  await expect(page.getByTestId('score-total')).toContainText(/\d+/)
  await expect(page.getByTestId('what-changed')).toHaveCount(0)
})
