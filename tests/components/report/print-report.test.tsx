// The one-page report holds what the issue asks for: the answers, every item with its points and
// reference, the findings, the ruleset and both dates, and the disclaimer.
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { assess } from '../../../src/engine/assess'
import type { Profile } from '../../../src/engine/schema'
import { ITEM_IDS } from '../../../src/engine/types'
import PrintPreview from '../../../src/components/report/PrintPreview'
import { PrintReport } from '../../../src/components/report/PrintReport'
import { setLang } from '../../../src/i18n/i18n'
import { english } from '../../fixtures/ready'

await english()

// Hand-derived (rules §1) on 2026-06-15: age 36 → 30; master 100; 2020-01..2026-05 is 77 months → 6 years → 18;
// one detention −50. Total 98, 22 short of 120.
const PROFILE: Profile = {
  version: 1,
  asOf: '2026-06-15',
  birthDate: '1990-05-01',
  education: 'master',
  socialInsurance: [{ from: '2020-01', to: '2026-05', base: 9000 }],
  deductions: { detentions: 1 },
}
const assessment = assess(PROFILE, '2026-06-15')

beforeEach(() => setLang('zh'))

describe('the report', () => {
  it('shows the total against 120 with the points still needed, both dates and the ruleset', () => {
    render(<PrintReport profile={PROFILE} assessment={assessment} generated="2026-06-16" candidate="王五" totalTestId="score-total" />)
    expect(screen.getByTestId('score-total')).toHaveTextContent('98')
    expect(screen.getByTestId('verdict')).toHaveTextContent('尚未达到 120 分：98 分，还差 22 分')
    expect(screen.getByTestId('verdict')).toHaveAttribute('data-status', 'below')
    expect(screen.getByText('候选人：王五')).toBeInTheDocument()
    expect(screen.getByText('2026-06-15')).toBeInTheDocument()
    expect(screen.getByText('2026-06-16')).toBeInTheDocument()
    expect(screen.getByText('2023 年重新发布的积分办法')).toBeInTheDocument()
  })

  it('lists the answers, including every contribution period', () => {
    render(<PrintReport profile={PROFILE} assessment={assessment} generated="2026-06-16" />)
    expect(screen.getByText('硕士研究生')).toBeInTheDocument()
    expect(screen.getByText('2020-01 至 2026-05：¥9,000/月')).toBeInTheDocument()
  })

  it('has a row for every item with its points and its cited indicator line', () => {
    render(<PrintReport profile={PROFILE} assessment={assessment} generated="2026-06-16" />)
    const rows = ITEM_IDS.map((id) => document.querySelector<HTMLElement>(`tr[data-item="${id}"]`)!)
    expect(rows.every(Boolean)).toBe(true)
    expect(within(rows[ITEM_IDS.indexOf('age')]!).getByText('+30')).toBeInTheDocument()
    expect(within(rows[ITEM_IDS.indexOf('detentions')]!).getByText('−50')).toBeInTheDocument()
    for (const item of assessment.items) expect(document.querySelector(`tr[data-item="${item.id}"]`)).toHaveTextContent(item.reference.line)
    expect(screen.getByText(/^\[1\] 《上海市居住证积分管理办法（2023 年重新发布）》/)).toBeInTheDocument()
  })

  it('lists every finding and ends with the disclaimer', () => {
    render(<PrintReport profile={PROFILE} assessment={assessment} generated="2026-06-16" />)
    expect(document.querySelectorAll('[data-finding]')).toHaveLength(assessment.findings.length)
    expect(screen.getByText(/本报告为估算，仅供参考/)).toBeInTheDocument()
  })

  it('is complete in English', () => {
    setLang('en')
    render(<PrintReport profile={PROFILE} assessment={assessment} generated="2026-06-16" />)
    expect(screen.getByText('Below 120: 98 points, 22 to go')).toBeInTheDocument()
    expect(screen.getByText(/An estimate for information only/)).toBeInTheDocument()
  })
})

describe('the print preview', () => {
  it('is a modal dialog that takes focus, hides the page behind, and gives focus back on Escape', async () => {
    const root = document.body.appendChild(Object.assign(document.createElement('div'), { id: 'root' }))
    const opener = root.appendChild(document.createElement('button'))
    opener.focus()
    let open = true
    const { rerender } = render(<PrintPreview reports={[{ profile: PROFILE, assessment }]} onClose={() => (open = false)} />)
    expect(screen.getByRole('heading', { name: '打印预览' })).toHaveFocus()
    expect(root).toHaveAttribute('inert')
    await userEvent.setup().keyboard('{Escape}')
    expect(open).toBe(false)
    rerender(<></>)
    expect(root).not.toHaveAttribute('inert')
    expect(opener).toHaveFocus()
    root.remove()
  })
})
