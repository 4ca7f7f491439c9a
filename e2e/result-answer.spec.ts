// The answer first (issue 10) and the verdict in words (issue 9), on the built app at 390 × 844:
// the verdict, the date and the first next step inside the first viewport for each status; the
// quick entry kept on 下一步; a share link without social insurance never says 达标; Ctrl+P
// prints the report; the road never offers a degree before its lead time.
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { openDraft } from './helpers'

const AS_OF = '2026-12-01'
const PHONE = { width: 390, height: 844 }

const CASES = {
  // Age 36 → 30; 大专 50; 47 months at 9,000 (0.72×) → 9. 89, below.
  below: { version: 1, birthDate: '1990-05-01', education: 'associate', fullTimeStudy: false, socialInsurance: [{ from: '2023-01', to: '2026-11', base: 9000 }] },
  // 技能二级 at 12,640 = 1.005 × 12,577: 192, meets, with 75 points within 3 % of the 1× line.
  thin: { version: 1, birthDate: '1995-01-01', education: 'associate', fullTimeStudy: true, qualification: 'skill2', socialInsurance: [{ from: '2022-01', to: '2026-11', base: 12640 }] },
  // 3 of the last 12 months paid: 120 points, but cannot apply before 2027-03-01.
  notEligible: { version: 1, birthDate: '1992-04-01', education: 'bachelorDegree', fullTimeStudy: true, socialInsurance: [{ from: '2026-09', to: '2026-11', base: 15000 }] },
  // No social insurance yet: 120 points, provisional.
  incomplete: { version: 1, birthDate: '1998-03-01', education: 'bachelorDegree', fullTimeStudy: true },
} as const

const open = (page: Page, draft: object, stepId = 'result', lang: 'zh' | 'en' = 'zh') => openDraft(page, draft, { asOf: AS_OF, stepId, lang })

/** The element is fully inside the first viewport (no scrolling). */
async function inFirstScreen(page: Page, testId: string) {
  const box = await page.getByTestId('answer').getByTestId(testId).first().boundingBox()
  expect(box, testId).not.toBeNull()
  expect(box!.y + box!.height, `${testId} bottom`).toBeLessThanOrEqual(PHONE.height)
}

const EXPECTED = {
  below: { status: 'below', zh: ['尚未达到 120 分：89 分，还差 31 分', '取得本科学历＋学士学位'], en: ['Below 120: 89 points, 31 to go', 'Best next steps'] },
  thin: { status: 'meets', zh: ['已达标：192 分，超出 72 分', '您的基数只比 1 倍线高 0.5 %：基数或社平工资变化 3 % 就会少 75 分。'], en: ['Meets 120: 192 points, 72 above', 'only 0.5 % above the 1× line'] },
  notEligible: { status: 'notEligible', zh: ['暂不能申请', '最早 2027-03-01 可以申请'], en: ['Cannot apply yet', 'you can apply from 2027-03-01'] },
  incomplete: { status: 'incomplete', zh: ['资料未填完 · 目前 120 分（暂估）', '还缺：社保缴费记录'], en: ['Not filled in yet · 120 points so far (provisional)', 'Still missing'] },
} as const

for (const lang of ['zh', 'en'] as const)
  for (const [name, draft] of Object.entries(CASES) as [keyof typeof CASES, object][])
    test(`${lang} · ${name}: the verdict, the date and the next step are in the first phone screen`, async ({ page }) => {
      await page.setViewportSize(PHONE)
      await open(page, draft, 'result', lang)
      const expected = EXPECTED[name]
      const verdict = page.getByTestId('answer').getByTestId('verdict')
      await expect(verdict).toHaveAttribute('data-status', expected.status)
      await expect(page.locator('aside').getByTestId('verdict')).toHaveAttribute('data-status', expected.status)
      for (const text of expected[lang]) await expect(page.getByTestId('answer')).toContainText(text)
      await expect(page.getByTestId('answer-date')).toBeVisible()
      await inFirstScreen(page, 'verdict')
      await inFirstScreen(page, 'answer-date')
      if (name === 'incomplete') await inFirstScreen(page, 'answer-date')
      else await inFirstScreen(page, 'answer-steps')
      if (name === 'thin') await inFirstScreen(page, 'thin-margin')
      // Never 达标 for anything but meets, anywhere on the page.
      if (expected.status !== 'meets') await expect(page.locator('body')).not.toContainText(lang === 'zh' ? '已达标' : 'Meets 120')
    })

test('the answer for every status passes axe at 390 px (colours, names, landmarks)', async ({ page }) => {
  await page.setViewportSize(PHONE)
  for (const draft of Object.values(CASES)) {
    await open(page, draft)
    await expect(page.getByTestId('answer-date')).toBeVisible()
    const results = await new AxeBuilder({ page }).include('[data-testid="answer"]').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()
    expect(results.violations.map((v) => v.id)).toEqual([])
  }
})

test('the below-120 answer names the best step with its date, counting the time a degree takes', async ({ page }) => {
  await page.setViewportSize(PHONE)
  await open(page, CASES.below)
  // 30 months of 专升本 from 2027-01: the degree counts from 2029-07-01, never next month.
  await expect(page.getByTestId('answer-steps')).toContainText('取得本科学历＋学士学位 · 2029-07-01 达到 120 分')
  const card = page.locator('[data-action="education:bachelorDegree"]')
  await expect(card.getByTestId('action-lead')).toContainText('至少约 2 年 6 个月')
  await expect(card.getByTestId('action-lead')).toContainText('最早 2029-07-01 起计分')
  // Area and sector changes are one folded group.
  await expect(page.getByTestId('road-actions-change')).not.toHaveAttribute('open')
  await expect(page.getByTestId('road-actions').locator('[data-action^="keyArea"]')).toHaveCount(0)
})

test('a lead time edited in the assumptions moves the date of the action', async ({ page }) => {
  await open(page, CASES.below)
  const box = page.getByLabel('取得本科学历＋学士学位', { exact: true })
  await box.fill('6')
  await expect(page.locator('[data-action="education:bachelorDegree"]').getByTestId('action-lead')).toContainText('按您的设定 6 个月，2027-07-01 起计分')
})

test('above 120: keeping it, with dated risks, instead of actions', async ({ page }) => {
  await open(page, CASES.thin)
  await expect(page.getByRole('heading', { name: '保住 120 分' })).toBeVisible()
  await expect(page.getByTestId('road-keeping').locator('[data-risk="thinMargin"]')).toContainText('2027-07-01')
  await expect(page.getByTestId('road-keeping').locator('[data-risk="baseUnder1x"]')).toContainText('2027-08-01')
  await expect(page.getByTestId('road-actions')).toHaveCount(0)
})

test('quick entry: filled in and 下一步 pressed without 添加, the period is kept', async ({ page }) => {
  await open(page, { version: 1, birthDate: '1990-05-01', education: 'bachelorDegree' }, 'insurance')
  await page.locator('#quick-since').fill('2024-01')
  await page.locator('#quick-base').fill('12000')
  await page.getByRole('button', { name: /下一步/ }).click()
  await expect(page.locator('#step-title')).toHaveText('加分项目')
  await page.getByRole('button', { name: /上一步/ }).click()
  await expect(page.locator('#si-0-from')).toHaveValue('2024-01')
  await expect(page.locator('#si-0-to')).toHaveValue('2026-11')
  await expect(page.locator('#si-0-base')).toHaveValue('12000')
})

test('quick entry half filled: 下一步 stays on the step and says what is missing', async ({ page }) => {
  await open(page, { version: 1, birthDate: '1990-05-01' }, 'insurance')
  await page.locator('#quick-since').fill('2024-01')
  await page.getByRole('button', { name: /下一步/ }).click()
  await expect(page.locator('#step-title')).toHaveText('社保缴费')
  await expect(page.getByText('请填写开始月份（年-月）和缴费基数（数字），或清空这两项')).toBeVisible()
  await expect(page.locator('#quick-since')).toHaveValue('2024-01')
  await expect(page.locator('#quick-since')).toBeFocused()
})

test('a share link of a profile without social insurance shows no 达标 anywhere on the page', async ({ page }) => {
  const profile = { ...CASES.incomplete, asOf: AS_OF }
  await page.goto(`/#p=${Buffer.from(JSON.stringify(profile)).toString('base64url')}`)
  await expect(page.locator('aside').getByTestId('verdict')).toHaveAttribute('data-status', 'incomplete')
  await expect(page.getByTestId('answer').getByTestId('verdict')).toHaveText('资料未填完 · 目前 120 分（暂估）')
  await expect(page.getByTestId('score-total')).toContainText('120')
  await expect(page.locator('body')).not.toContainText('达标')
})

test('a shared profile viewed read-only says its status in words, with its date', async ({ page }) => {
  await page.goto('/')
  await page.evaluate(() => localStorage.setItem('sh-points:draft', JSON.stringify({ v: 1, draft: { version: 1, birthDate: '1970-01-01' }, stepId: 'you' })))
  await page.reload()
  await page.goto(`/#p=${Buffer.from(JSON.stringify({ ...CASES.notEligible, asOf: AS_OF })).toString('base64url')}`)
  await page.getByRole('button', { name: '查看分享的资料' }).click()
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-status', 'notEligible')
  await expect(page.getByTestId('verdict')).toHaveText('暂不能申请：申请条件未满足（目前 120 分）')
  await expect(page.getByTestId('report-road')).toContainText('继续按月缴纳社保，到 2027-03-01 满足申请条件')
  await expect(page.locator('body')).not.toContainText('达标')
})

for (const step of ['result', 'insurance'])
  test(`Ctrl+P on the ${step} step prints the report, not the interface`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 })
    await open(page, CASES.thin, step)
    await expect(page.locator('#step-title')).toBeVisible()
    await expect(page.getByTestId('calculator-print')).toBeAttached()
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')))
    await page.emulateMedia({ media: 'print' })
    const report = page.getByTestId('calculator-print')
    await expect(report).toBeVisible()
    await expect(page.locator('#root')).toBeHidden()
    await expect(report).toContainText('已达标：192 分，超出 72 分')
    await expect(report).toContainText('您的基数只比 1 倍线高 0.5 %')
    await expect(report).toContainText('评估日已达到 120 分')
    await expect(report).toContainText('可能让您失去 120 分的情况')
    // Document numbers not confirmed are said once, not on every line.
    await expect(report).not.toContainText('文号未查到')
    await expect(report.getByText('以下文件的文号尚未核实')).toHaveCount(1)
  })
