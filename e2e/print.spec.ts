// The print view on the built app: Chromium's own PDF output of the preview is one A4 page per
// report, for one's own result and for the batch's selected candidates.
import AxeBuilder from '@axe-core/playwright'
import { test, expect } from './fixtures'

const PROFILE = {
  version: 1,
  asOf: '2026-06-15',
  birthDate: '1988-03-15',
  education: 'master',
  fullTimeStudy: true,
  qualification: 'titleIntermediate',
  socialInsurance: [
    { from: '2016-07', to: '2022-12', base: 15000 },
    { from: '2023-02', to: '2026-05', base: 26000 },
  ],
  keyArea: { kind: 'lingang', since: '2021-04-01' },
  spouseHukouSince: '2019-10-01',
  deductions: { detentions: 1 },
}

/** Pages in a PDF produced by Chromium (one /Type /Page object per page). */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length

test('the result prints as one A4 page with every item, the findings and the disclaimer', async ({ page }) => {
  await page.goto(`/#p=${Buffer.from(JSON.stringify(PROFILE)).toString('base64url')}`)
  await page.getByRole('button', { name: '打印报告' }).click()
  const dialog = page.getByRole('dialog', { name: '打印预览' })
  await expect(dialog).toBeVisible()
  await expect(dialog.locator('tr[data-item]')).toHaveCount(16)
  await expect(dialog.getByText(/本报告为估算，仅供参考/)).toBeVisible()
  expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()).violations.map((v) => v.id)).toEqual([])
  const pdf = await page.pdf({ format: 'A4', printBackground: true })
  expect(pageCount(pdf)).toBe(1)
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('button', { name: '打印报告' })).toBeFocused()
})

test('a report with every kind of finding is zoomed to fit one page (in English, the longer text)', async ({ page }) => {
  const crowded = {
    version: 1,
    asOf: '2026-11-27',
    birthDate: '1964-03-15',
    education: 'associate',
    fullTimeStudy: false,
    qualification: 'titleSenior',
    socialInsurance: [
      { from: '2014-01', to: '2016-12', base: 9000 },
      { from: '2018-02', to: '2022-12', base: 11000 },
      { from: '2023-02', to: '2027-10', base: 9500 },
    ],
    keyArea: { kind: 'lingang', since: '2027-04-01' },
    publicServiceSince: '2010-01-01',
    spouseHukouSince: '2029-10-01',
    award: 'national',
    investment: { avgAnnualTax: 25000000, avgLocalHires: 300 },
    deductions: { detentions: 2, falseMaterials: 1, crimes: 1 },
    shortageMajor: true,
    freshGraduate: true,
    innovation: 'startupFounder',
    seriousCrime: true,
  }
  await page.addInitScript(() => localStorage.setItem('sh-points:lang', 'en'))
  await page.goto(`/#p=${Buffer.from(JSON.stringify(crowded)).toString('base64url')}`)
  await page.getByRole('button', { name: 'Print report' }).click()
  const report = page.getByRole('dialog', { name: 'Print preview' }).locator('.print-report')
  await expect(report).toBeVisible()
  expect(await report.locator('[data-finding]').count()).toBeGreaterThan(12)
  expect(pageCount(await page.pdf({ format: 'A4', printBackground: true }))).toBe(1)
})

test('the batch page prints one page per candidate shown', async ({ page }) => {
  await page.goto('/?view=batch')
  await page.getByLabel('选择 Excel、CSV 或 JSON 文件').setInputFiles('e2e/fixtures/batch-mixed.csv')
  await page.getByRole('button', { name: '打印全部报告（5）' }).click()
  await expect(page.getByRole('dialog', { name: '打印预览' }).getByRole('article')).toHaveCount(5)
  const pdf = await page.pdf({ format: 'A4', printBackground: true })
  expect(pageCount(pdf)).toBe(5)
})
