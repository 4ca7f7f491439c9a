// The road to 120 on the built app in Chromium: a lazy chunk fetched only at the result, the
// date 120 is reached with the chart and its table, scenarios that survive a reload, the
// documents checklist, the .ics download, and an axe scan in both languages at 360 and 1280 px.
import AxeBuilder from '@axe-core/playwright'
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { openDraft } from './helpers'

const AS_OF = '2026-11-27'
// Age 36 → 30; 大专 50; SI 2024-01…2026-10 at 14,000 (≥ 1× of every published figure to 12,577):
// 86 now; on 2027-01-01 the 36th month at ≥ 1× gives +50 and the 3rd SI year +3 → 139. The
// windows end in 2026-12, inside published wage rows, so a new yearly row changes nothing here.
const PROFILE = {
  version: 1,
  birthDate: '1990-05-01',
  education: 'associate',
  fullTimeStudy: false,
  socialInsurance: [{ from: '2024-01', to: '2026-10', base: 14000 }],
}

const openResult = (page: Page, lang: 'zh' | 'en' = 'zh', stepId = 'result') => openDraft(page, PROFILE, { asOf: AS_OF, stepId, lang })

test('the panel is a lazy chunk: the first step does not fetch it, the result does', async ({ page }) => {
  const scripts: string[] = []
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url())
  })
  await openResult(page, 'zh', 'you')
  await expect(page.locator('#step-title')).toBeVisible()
  expect(scripts.some((u) => u.includes('RoadPanel'))).toBe(false)
  await page.evaluate(() => {
    const stored = JSON.parse(localStorage.getItem('sh-points:draft')!)
    localStorage.setItem('sh-points:draft', JSON.stringify({ ...stored, stepId: 'result' }))
  })
  await page.reload()
  await expect(page.getByTestId('road-summary')).toContainText('2027-01-01')
  expect(scripts.some((u) => u.includes('RoadPanel'))).toBe(true)
})

test('tells the date of reaching 120, marks it on the chart, and has the table alternative', async ({ page }) => {
  await openResult(page)
  await expect(page.getByTestId('road-summary')).toHaveText('按目前的情况，您预计在 2027-01-01 达到 120 分，还需 1 个月。')
  const chart = page.getByRole('img', { name: '推算总分' })
  await expect(chart).toBeVisible()
  await expect(page.getByTestId('road-chart-reach')).toContainText('2027-01-01 达到')
  await page.getByText('以表格查看推算数据').click()
  await expect(page.getByRole('row', { name: /^2027-01 139/ })).toBeVisible()
  await expect(page.getByTestId('road-changes')).toContainText('社保缴费基数：0 → 50 分（+50）')
})

test('a scenario is compared side by side and survives a reload', async ({ page }) => {
  await openResult(page)
  await page.getByRole('button', { name: '复制当前回答为新情景' }).click()
  await page.getByLabel('情景名称').fill('读硕士')
  await page.getByText('修改「读硕士」的回答').click()
  await page.getByLabel('最高学历').selectOption('master')
  const table = page.getByTestId('road-compare')
  // 硕士 100 instead of 大专 50: 136, reached on asOf.
  await expect(table.getByRole('row', { name: /^总分/ })).toContainText('136')
  await expect(table.getByRole('row', { name: /^与当前不同的分项/ })).toContainText('教育背景 50 → 100')
  await page.reload()
  await expect(page.getByTestId('road-compare').getByRole('columnheader', { name: '读硕士' })).toBeVisible()
  await expect(page.getByTestId('road-compare').getByRole('row', { name: /^总分/ })).toContainText('136')
})

test('the checklist shows the pitfalls of a degree that was not full-time', async ({ page }) => {
  await openResult(page)
  const pitfalls = page.getByTestId('road-pitfalls')
  await expect(pitfalls.getByText(/^前置学历/)).toBeVisible()
  await expect(pitfalls.getByText(/^就读地/)).toBeVisible()
  await expect(page.getByTestId('road-documents').getByText(/^学历（和学位）证书/)).toBeVisible()
})

test('the calendar file downloads from the browser as valid iCalendar', async ({ page }) => {
  await openResult(page)
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载日历提醒（.ics）' }).click()])
  expect(download.suggestedFilename()).toBe('sh-points-road-to-120.ics')
  const text = readFileSync((await download.path())!, 'utf8')
  expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true)
  expect(text).toContain('DTSTART;VALUE=DATE:20270101')
  expect(text).toMatch(/DTSTAMP:\d{8}T\d{6}Z/)
  for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
})

for (const lang of ['zh', 'en'] as const)
  for (const width of [360, 1280])
    test(`axe finds nothing on the result with the road panel open (${lang}, ${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 })
      await openResult(page, lang)
      await expect(page.getByTestId('road-panel')).toBeVisible()
      await page.getByTestId('road-panel').locator('details summary').first().click()
      await page.getByRole('button', { name: lang === 'zh' ? '复制当前回答为新情景' : 'Copy my answers into a new scenario' }).click()
      await page.locator('[data-scenario] summary').click()
      await page.getByRole('button', { name: lang === 'zh' ? '在图上对比' : 'Compare on the chart' }).first().click()
      await expect(page.getByTestId('road-chart-overlay')).toBeVisible()
      const results = await new AxeBuilder({ page }).include('[data-testid="road-panel"]').analyze()
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
    })
