// axe (WCAG 2.2 A/AA rules) on every wizard step, in both languages, at phone and desktop widths,
// with a filled-in draft that also holds one invalid answer (so error states are scanned too).
import AxeBuilder from '@axe-core/playwright'
import { test, expect } from './fixtures'

const STEPS = ['you', 'education', 'insurance', 'bonuses', 'deductions', 'result'] as const
const DRAFT = {
  version: 1,
  birthDate: '1990-05-01',
  education: 'master',
  fullTimeStudy: true,
  qualification: 'titleIntermediate',
  socialInsurance: [
    { from: '2019-07', to: '2022-06', base: 9000 },
    { from: '2022-07', to: '2026-05', base: 'about 26000' },
  ],
  keyArea: { kind: 'lingang', since: '2021-03-01' },
  deductions: { detentions: 1 },
}

for (const lang of ['zh', 'en'] as const)
  for (const width of [360, 1280])
    for (const stepId of STEPS)
      test(`no axe violations: step "${stepId}" (${lang}, ${width} px)`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 })
        await page.goto('/')
        await page.evaluate(
          ([l, d, s]) => {
            localStorage.setItem('sh-points:lang', l)
            localStorage.setItem('sh-points:draft', JSON.stringify({ v: 1, draft: d, stepId: s, asOfOverride: '2026-06-15' }))
          },
          [lang, DRAFT, stepId] as const,
        )
        await page.reload()
        await expect(page.locator('#step-title')).toBeVisible()
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()
        expect(results.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
      })
