// The whole wizard in Chromium on the built app: personas typed in step by step end on the total
// the engine gives for the same profile; the draft survives a reload; an unreadable draft is kept.
import type { Page } from '@playwright/test'
import { assess } from '../src/engine/assess'
import type { Profile } from '../src/engine/schema'
import { test, expect } from './fixtures'

const AS_OF = '2026-06-15'

interface Persona {
  name: string
  profile: Profile
  /** How the persona answers, in the wizard's words. */
  fill: (page: Page) => Promise<void>
}

const next = (page: Page) => page.getByRole('button', { name: /下一步|查看结果/ }).click()
const radio = (page: Page, group: string, name: string) =>
  page.getByRole('group', { name: group }).getByRole('radio', { name, exact: true }).check()

async function you(page: Page, birthDate: string) {
  await page.getByLabel('出生日期').fill(birthDate)
  await page.getByLabel('评估日期').fill(AS_OF)
  await next(page)
}

async function period(page: Page, index: number, from: string, to: string, base: string) {
  await page.getByRole('button', { name: '+ 添加一段' }).click()
  await page.locator(`#si-${index}-from`).fill(from)
  await page.locator(`#si-${index}-to`).fill(to)
  await page.locator(`#si-${index}-base`).fill(base)
}

const PERSONAS: Persona[] = [
  {
    name: 'a young full-time graduate paying since 2021 (quick entry)',
    profile: {
      version: 1,
      birthDate: '1998-03-10',
      education: 'bachelorDegree',
      fullTimeStudy: true,
      socialInsurance: [{ from: '2021-07', to: '2026-05', base: 12000 }],
    },
    fill: async (page) => {
      await you(page, '1998-03-10')
      await radio(page, '最高学历', '本科学历＋学士学位')
      await radio(page, '这个学历是全日制的吗？', '是')
      await next(page)
      await page.getByLabel('从哪个月开始').fill('2021-07')
      await page.getByLabel('每月缴费基数大约').fill('12000')
      await page.getByRole('button', { name: '添加：从该月到上个月' }).click()
      await next(page)
      await next(page)
      await next(page)
    },
  },
  {
    name: 'a technician in a new town, married to a Shanghai hukou holder, two periods',
    profile: {
      version: 1,
      birthDate: '1985-08-20',
      education: 'associate',
      fullTimeStudy: false,
      qualification: 'skill2',
      socialInsurance: [
        { from: '2015-03', to: '2021-12', base: 8000 },
        { from: '2022-01', to: '2026-05', base: 15000 },
      ],
      keyArea: { kind: 'newTown', since: '2018-05-01' },
      spouseHukouSince: '2016-09-01',
    },
    fill: async (page) => {
      await you(page, '1985-08-20')
      await radio(page, '最高学历', '大专（高职）')
      await radio(page, '这个学历是全日制的吗？', '否')
      await radio(page, '与现岗位对应的最高职称或技能等级', '技能二级（技师）')
      await next(page)
      await period(page, 0, '2015-03', '2021-12', '8000')
      await period(page, 1, '2022-01', '2026-05', '15000')
      await next(page)
      await radio(page, '是否在以下远郊重点区域工作并居住？', '五个新城')
      await page.getByLabel('从哪天开始在该区域工作并居住？').fill('2018-05-01')
      await page.getByLabel('如配偶是上海户籍，您的结婚日期（选填）').fill('2016-09-01')
      await next(page)
      await next(page)
    },
  },
  {
    name: 'a start-up founder with investment tax and one detention',
    profile: {
      version: 1,
      birthDate: '1979-11-11',
      education: 'master',
      socialInsurance: [{ from: '2019-01', to: '2026-05', base: 40000 }],
      investment: { avgAnnualTax: 250000 },
      innovation: 'startupFounder',
      deductions: { detentions: 1 },
    },
    fill: async (page) => {
      await you(page, '1979-11-11')
      await radio(page, '最高学历', '硕士研究生')
      await next(page)
      await period(page, 0, '2019-01', '2026-05', '40000')
      await next(page)
      await page.getByLabel('您的持股份额对应的近 3 年年均纳税额').fill('250000')
      await radio(page, '是否属于以下创新创业人才？', '创业人才')
      await next(page)
      await page.getByLabel('近 5 年内，受到行政拘留的次数').fill('1')
      await next(page)
    },
  },
  {
    name: 'a doctorate holder with a serious criminal record (veto)',
    profile: { version: 1, birthDate: '1988-01-01', education: 'doctorate', freshGraduate: true, seriousCrime: true },
    fill: async (page) => {
      await you(page, '1988-01-01')
      await radio(page, '最高学历', '博士研究生')
      await next(page)
      await next(page)
      await page.getByRole('checkbox', { name: /全日制应届高校毕业生/ }).check()
      await next(page)
      await radio(page, '是否有严重刑事犯罪记录？', '是')
      await next(page)
    },
  },
]

test.beforeEach(async ({ page }) => {
  await page.goto('/')
  await page.evaluate(() => localStorage.clear())
  await page.reload()
  // The prerendered screen shows before the app runs; wait until the app has taken it over (and
  // read the storage), so that what a test stores next is read by the next load, not this one.
  await page.waitForFunction(() => !document.getElementById('root')?.hasAttribute('data-prerender'))
})

for (const persona of PERSONAS) {
  test(`full wizard run: ${persona.name} ends on the engine's total`, async ({ page }) => {
    const expected = assess(persona.profile, AS_OF)
    await persona.fill(page)
    await expect(page.getByRole('heading', { level: 2, name: '结果' })).toBeVisible()
    await expect(page.getByTestId('score-total')).toHaveText(new RegExp(`^${expected.total}\\b`))
    for (const item of expected.items) {
      const points = item.points > 0 ? `\\+${item.points}` : item.points < 0 ? `−${-item.points}` : '0'
      await expect(page.locator(`[data-item="${item.id}"] .tabular-nums`).first(), item.id).toHaveText(new RegExp(`^${points}(?!\\d)`))
    }
    await expect(page.getByTestId('score-veto')).toHaveCount(expected.vetoed ? 1 : 0)
  })
}

test('reload restores the draft, the step and the score', async ({ page }) => {
  await you(page, '1990-05-01')
  await radio(page, '最高学历', '硕士研究生')
  await expect(page.getByTestId('score-total')).toHaveText(/^130\b/)
  await page.reload()
  await expect(page.getByRole('heading', { level: 2, name: '学历与职称' })).toBeVisible()
  await expect(page.getByRole('radio', { name: '硕士研究生' })).toBeChecked()
  await expect(page.getByTestId('score-total')).toHaveText(/^130\b/)
  await page.getByRole('button', { name: /基本信息/ }).click()
  await expect(page.getByLabel('出生日期')).toHaveValue('1990-05-01')
  await expect(page.getByLabel('评估日期')).toHaveValue(AS_OF)
})

test('an unreadable stored draft is kept untouched with a notice, never a crash, until the user discards it', async ({ page }) => {
  await page.evaluate(() => localStorage.setItem('sh-points:draft', '{"v":1,"draft":'))
  await page.reload()
  await expect(page.getByTestId('storage-notice')).toContainText('本设备上保存的数据无法读取。它已原样保留')
  await expect(page.getByTestId('score-total')).toHaveText(/^0\b/)
  await page.getByLabel('出生日期').fill('1990-05-01')
  await expect(page.getByTestId('score-total')).toHaveText(/^30\b/)
  expect(await page.evaluate(() => localStorage.getItem('sh-points:draft'))).toBe('{"v":1,"draft":')
  await page.getByRole('button', { name: '丢弃它并在此重新开始' }).click()
  await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('sh-points:draft') ?? '{}').draft)).toEqual({ version: 1, birthDate: '1990-05-01' })
})

test('the language toggle switches to English, sets <html lang> and is remembered', async ({ page }) => {
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  await page.getByRole('button', { name: 'Switch to English' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 2, name: 'About you' })).toBeVisible()
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByTestId('score-total')).toHaveText(/points/)
})
