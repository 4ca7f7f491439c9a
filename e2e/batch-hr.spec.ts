// Issue 11 on the built app: a 20-row list written the way an HR department keeps it (Chinese
// headers and values, separate social-insurance columns, 至今) imports without errors, as an
// .xlsx workbook (written here by SheetJS's own writer) and as CSV, and scores exactly as the CLI
// does on the equivalent profiles. The default table fits 1280 px without horizontal scrolling.
import type { Page } from '@playwright/test'
import { utils, write } from '@e965/xlsx'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect } from './fixtures'

const AS_OF = '2026-11-27'
const EDU = [
  ['本科', 'bachelor'],
  ['本科+学士', 'bachelorDegree'],
  ['硕士', 'master'],
  ['大专', 'associate'],
  ['博士', 'doctorate'],
] as const
const QUAL = [
  ['无', 'none'],
  ['中级职称', 'titleIntermediate'],
  ['技师', 'skill2'],
  ['副高', 'titleSenior'],
  ['高级工', 'skill3'],
] as const
const HEADER = ['姓名', '评估日期', '出生日期', '学历', '是否全日制', '职称', '社保起始月', '社保截止月', '缴费基数', '社保起始月2', '社保截止月2', '缴费基数2', '备注']

interface Person {
  name: string
  birth: { y: number; m: number; d: number }
  edu: (typeof EDU)[number]
  fullTime: boolean
  qual: (typeof QUAL)[number]
  first: { from: string; to: string; base: number }
  second: { from: string; base: number } | null
}

const pad = (n: number) => String(n).padStart(2, '0')
const people: Person[] = Array.from({ length: 20 }, (_, i) => ({
  name: `员工${pad(i + 1)}`,
  birth: { y: 1975 + i, m: 1 + (i % 12), d: 1 + ((i * 7) % 28) },
  edu: EDU[i % EDU.length]!,
  fullTime: i % 3 !== 0,
  qual: QUAL[i % QUAL.length]!,
  first: { from: `${2012 + (i % 6)}-${pad(1 + (i % 12))}`, to: '2022-12', base: 8000 + i * 1700 },
  second: i % 4 === 3 ? null : { from: '2023-01', base: 12000 + i * 2100 },
}))

/** The equivalent profiles, as the CLI reads them (至今 = the assessment month). */
const profiles = people.map((p) => ({
  version: 1,
  asOf: AS_OF,
  birthDate: `${p.birth.y}-${pad(p.birth.m)}-${pad(p.birth.d)}`,
  education: p.edu[1],
  fullTimeStudy: p.fullTime,
  qualification: p.qual[1],
  socialInsurance: [
    { from: p.first.from, to: p.first.to, base: p.first.base },
    ...(p.second ? [{ from: p.second.from, to: AS_OF.slice(0, 7), base: p.second.base }] : []),
  ],
}))

/** HR's own way of writing each row: 1990/5/1-style dates in CSV, real date cells in the workbook. */
function hrRow(p: Person, dateCell: (y: number, m: number, d: number) => string | Date) {
  return [
    p.name,
    dateCell(2026, 11, 27),
    dateCell(p.birth.y, p.birth.m, p.birth.d),
    p.edu[0],
    p.fullTime ? '是' : '否',
    p.qual[0],
    p.first.from.replace('-', '/'),
    `${p.first.to.slice(0, 4)}年${Number(p.first.to.slice(5))}月`,
    String(p.first.base),
    p.second?.from ?? '',
    p.second ? '至今' : '',
    p.second ? String(p.second.base) : '',
    '',
  ]
}

function cliScores(): { total: number; status: string }[] {
  const dir = mkdtempSync(join(tmpdir(), 'batch-hr-'))
  const file = join(dir, 'profiles.json')
  writeFileSync(file, JSON.stringify(profiles))
  const out = execFileSync('npx', ['tsx', 'src/cli/score.ts', file], { encoding: 'utf8' })
  return (JSON.parse(out) as { total: number; status: string }[]).map((a) => ({ total: a.total, status: a.status }))
}

async function exportedScores(page: Page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()])
  const rows = JSON.parse(readFileSync(await download.path(), 'utf8')) as { candidate: string; status: string; total: number; findings: { text: string }[] }[]
  return rows
}

const expected = cliScores()

test('a 20-row HR workbook (Chinese headers and values, separate social-insurance columns, 至今) scores as the CLI does', async ({ page }) => {
  const sheet = utils.aoa_to_sheet([HEADER, ...people.map((p) => hrRow(p, (y, m, d) => new Date(Date.UTC(y, m - 1, d))))], { cellDates: true, UTC: true })
  const buffer = Buffer.from(write({ SheetNames: ['员工'], Sheets: { 员工: sheet } }, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array)
  await page.goto('/?view=batch')
  await page.locator('input[type=file]').setInputFiles({ name: '员工名单.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer })
  await expect(page.getByTestId('count-total')).toHaveText('20')
  await expect(page.getByTestId('count-invalid')).toHaveText('0')
  const rows = await exportedScores(page)
  expect(rows.map((r) => ({ total: r.total, status: r.status }))).toEqual(expected)
  expect(rows.map((r) => r.candidate)).toEqual(people.map((p) => p.name))
})

test('the same list as CSV (1990/5/1 dates, 2019年1月 months) scores the same', async ({ page }) => {
  const csv = `\uFEFF${[HEADER, ...people.map((p) => hrRow(p, (y, m, d) => `${y}/${m}/${d}`))].map((r) => r.join(',')).join('\r\n')}\r\n`
  await page.goto('/?view=batch')
  await page.locator('input[type=file]').setInputFiles({ name: '员工名单.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
  await expect(page.getByTestId('count-total')).toHaveText('20')
  await expect(page.getByTestId('count-invalid')).toHaveText('0')
  const rows = await exportedScores(page)
  expect(rows.map((r) => ({ total: r.total, status: r.status }))).toEqual(expected)
  // Never 达标 unless the status is meets.
  const statuses = page.getByTestId('row-status')
  for (const el of await statuses.all()) {
    const status = await el.getAttribute('data-status')
    if (status !== 'meets') await expect(el).not.toHaveText(/^达标/)
  }
})

for (const [width, height] of [
  [1280, 900],
  [390, 844],
] as const)
  test(`the default table at ${width}×${height}${width === 1280 ? ' shows every default column without horizontal scrolling' : ''}`, async ({ page }) => {
    await page.setViewportSize({ width, height })
    const csv = [HEADER, ...people.map((p) => hrRow(p, (y, m, d) => `${y}/${m}/${d}`))].map((r) => r.join(',')).join('\n')
    await page.goto('/?view=batch')
    await page.locator('input[type=file]').setInputFiles({ name: 'hr.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
    await expect(page.getByTestId('count-total')).toHaveText('20')
    const table = page.getByRole('region', { name: '计分结果表' })
    await table.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `/tmp/batch-hr-${width}.png` })
    if (width === 1280) {
      const { scroll, client } = await table.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }))
      expect(scroll).toBeLessThanOrEqual(client)
      await expect(page.getByRole('button', { name: /^在计算器中打开 员工01/ })).toBeInViewport()
    }
  })

test('hostile files in the real worker: a 3,000-level JSON row and a broken quote each fail their own row only', async ({ page }) => {
  await page.goto('/?view=batch')
  const deep = `${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}`
  const json = `[{"version":1,"education":"master"},${deep},{"version":1,"education":"doctorate"}]`
  await page.locator('input[type=file]').setInputFiles({ name: 'deep.json', mimeType: 'application/json', buffer: Buffer.from(json) })
  await expect(page.getByTestId('count-total')).toHaveText('3')
  await expect(page.getByTestId('count-invalid')).toHaveText('1')
  await expect(page.getByRole('region', { name: '有问题的行' }).locator('[data-error-row="2"]')).toContainText('嵌套超过 32 层')

  const csv = ['姓名,出生日期,学历', '甲,1990-01-01,硕士', '乙,"1990-01-02,硕士', '丙,1990-01-03,硕士', '丁,1990-01-04,硕士', '戊,1990-01-05,硕士', '己,1990-01-06,硕士'].join('\n')
  await page.locator('input[type=file]').setInputFiles({ name: 'quote.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
  await expect(page.getByTestId('count-total')).toHaveText('6')
  await expect(page.getByTestId('count-invalid')).toHaveText('1')
  await expect(page.getByRole('region', { name: '有问题的行' }).locator('[data-error-row="3"]')).toContainText('引号没有闭合')
})

test('unknown headers: the mapping step shows samples, the choice is remembered after a reload', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  const csv = '姓名,生年月日,学历,入职渠道\n张三,1990-05-01,硕士,校招\n李四,1985-03-10,本科,社招\n'
  const file = { name: 'hr.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) }
  await page.goto('/?view=batch')
  await page.locator('input[type=file]').setInputFiles(file)
  const step = page.getByTestId('mapping-step')
  await expect(step.getByRole('row', { name: /生年月日/ })).toContainText('1990-05-01 · 1985-03-10')
  await step.getByRole('combobox', { name: '“生年月日”列对应的资料项' }).selectOption('birthDate')
  await step.screenshot({ path: '/tmp/batch-mapping-390.png' })
  await step.getByRole('button', { name: '按此对应导入' }).click()
  await expect(page.getByTestId('count-total')).toHaveText('2')
  await page.reload()
  await page.locator('input[type=file]').setInputFiles(file)
  await expect(page.getByTestId('count-total')).toHaveText('2')
  await expect(page.getByTestId('mapping-step')).toHaveCount(0)
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.getByRole('button', { name: '张三 的详情' }).click()
  await expect(page.getByTestId('row-details')).toContainText('资料未填完')
  await page.getByTestId('row-details').screenshot({ path: '/tmp/batch-details-1280.png' })
})
