// The live score panel and the result step: the total against 120, the gap or "met", the veto
// apart from points, a debounced polite announcement, and a breakdown that explains every item.
import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { assess } from '../../../src/engine/assess'
import { SOURCES } from '../../../src/engine/data/sources'
import { ITEM_IDS } from '../../../src/engine/types'
import { Calculator } from '../../../src/app/Calculator'
import { ScorePanel } from '../../../src/components/result/ScorePanel'
import { setLang, translate } from '../../../src/i18n/i18n'
import { createSafeStorage } from '../../../src/lib/storage'
import { reloadFromStorage, replaceDraft, setField, setStep } from '../../../src/state/draft-store'
import { engine, fieldErrors, wizardSteps } from '../../fixtures/ready'

await Promise.all([engine(), fieldErrors(), wizardSteps()])

const AS_OF = '2026-06-15'

beforeEach(() => {
  localStorage.clear()
  reloadFromStorage(createSafeStorage(() => localStorage))
  setLang('zh')
})
afterEach(() => vi.useRealTimers())

describe('score panel', () => {
  it('shows the total and how many points are still missing ("还差 N 分"), with the status as a hook', () => {
    // Age 36 → 30; 大专 50; 2025-06…2026-05 at 8,000: 12 months → 3. 83, below.
    replaceDraft({ version: 1, asOf: AS_OF, birthDate: '1990-05-01', education: 'associate', socialInsurance: [{ from: '2025-06', to: '2026-05', base: 8000 }] })
    render(<ScorePanel />)
    expect(screen.getByTestId('score-total')).toHaveTextContent('83 分')
    expect(screen.getByTestId('verdict')).toHaveTextContent('还差 37 分')
    expect(screen.getByTestId('verdict')).toHaveAttribute('data-status', 'below')
  })

  it('a profile without social insurance reads as provisional, never as met, even at 120 points', () => {
    replaceDraft({ version: 1, asOf: AS_OF, birthDate: '1998-03-01', education: 'bachelorDegree' })
    render(<ScorePanel />)
    expect(screen.getByTestId('score-total')).toHaveTextContent('120 分')
    expect(screen.getByTestId('verdict')).toHaveTextContent('资料未填完 · 目前 120 分（暂估）')
    expect(screen.getByTestId('verdict')).toHaveAttribute('data-status', 'incomplete')
    expect(document.body).not.toHaveTextContent('达标')
  })

  it('says "cannot apply yet" when 6 of the last 12 months are not paid, whatever the points', () => {
    replaceDraft({ version: 1, asOf: AS_OF, birthDate: '1990-05-01', education: 'doctorate', socialInsurance: [{ from: '2026-03', to: '2026-05', base: 9000 }] })
    render(<ScorePanel />)
    expect(screen.getByTestId('verdict')).toHaveTextContent('暂不能申请 · 条件未满足')
    expect(screen.getByTestId('verdict')).toHaveAttribute('data-status', 'notEligible')
  })

  it('says the threshold is met at exactly 120, and by how much above it', () => {
    // Age 36 → 30; 本科+学士 90; 6 months paid (eligible), 0 years. Exactly 120.
    replaceDraft({ version: 1, asOf: AS_OF, birthDate: '1990-05-01', education: 'bachelorDegree', socialInsurance: [{ from: '2025-12', to: '2026-05', base: 8000 }] })
    const { rerender } = render(<ScorePanel />)
    expect(screen.getByText('已达标')).toBeInTheDocument()
    expect(screen.getByTestId('verdict')).toHaveAttribute('data-status', 'meets')
    act(() => setField('shortageMajor', true))
    rerender(<ScorePanel />)
    expect(screen.getByText('已达标，超出 30 分')).toBeInTheDocument()
  })

  it('shows the veto apart from the points, even when the points are enough', () => {
    replaceDraft({ version: 1, asOf: AS_OF, innovation: 'startupFounder', seriousCrime: true })
    render(<ScorePanel />)
    expect(screen.getByTestId('score-total')).toHaveTextContent('120')
    expect(screen.getByTestId('score-veto')).toHaveTextContent('一票否决：不能申请')
  })

  it('announces a new score politely, once typing has paused, and not on first render', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    replaceDraft({ version: 1, asOf: AS_OF })
    setStep('education')
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
    render(<Calculator />)
    const live = within(screen.getByRole('complementary', { name: '您的积分' })).getByRole('status')
    expect(live).toHaveAttribute('aria-live', 'polite')
    expect(live).toBeEmptyDOMElement()
    await user.click(screen.getByRole('radio', { name: '大专（高职）' }))
    await user.click(screen.getByRole('radio', { name: '硕士研究生' }))
    expect(live).toBeEmptyDOMElement()
    act(() => vi.advanceTimersByTime(1300))
    // No birth date nor social insurance yet: the score is provisional.
    expect(live).toHaveTextContent('积分 100 分，资料未填完 · 目前 100 分（暂估）。')
  })
})

describe('result step', () => {
  it('lists every item with its points, its rule, its legal reference and, for a zero, the reason', () => {
    const profile = { version: 1 as const, birthDate: '1980-02-01', education: 'master' as const, socialInsurance: [{ from: '2021-01', to: '2026-05', base: 15000 }] }
    replaceDraft({ ...profile, asOf: AS_OF })
    setStep('result')
    render(<Calculator />)
    const expected = assess(profile, AS_OF)
    for (const item of expected.items) {
      const line = document.querySelector(`[data-item="${item.id}"]`) as HTMLElement
      expect(line, item.id).not.toBeNull()
      expect(line).toHaveTextContent(translate('zh', `engine.item.${item.id}`))
      expect(line).toHaveTextContent(translate('zh', `engine.rule.${item.id}`))
      expect(line).toHaveTextContent(item.reference.line)
      expect(line).toHaveTextContent(SOURCES[item.reference.source].title)
      if (item.reason === 'notClaimed') expect(line).toHaveTextContent('未申报。')
    }
    expect(document.querySelectorAll('li[data-item]')).toHaveLength(ITEM_IDS.length)
    // Items with nothing claimed are one folded line.
    expect(screen.getByTestId('unclaimed-items').querySelectorAll('[data-item]').length).toBe(expected.items.filter((i) => i.points === 0 && i.reason === 'notClaimed').length)
    expect(screen.getByTestId('score-total')).toHaveTextContent(String(expected.total))
  })

  it('lists findings by severity: errors, then warnings, then notes', () => {
    replaceDraft({ version: 1, asOf: AS_OF, seriousCrime: true, qualification: 'titleSenior', keyArea: { kind: 'lingang', since: '2022-01-01' } })
    setStep('result')
    render(<Calculator />)
    const severities = [...document.querySelectorAll('[data-finding]')].map((li) => li.firstElementChild?.textContent)
    const rank = { 重要: 0, 注意: 1, 说明: 2 } as Record<string, number>
    expect(severities.length).toBeGreaterThan(2)
    expect(severities.map((s) => rank[s ?? ''])).toEqual(severities.map((s) => rank[s ?? '']).sort())
    expect(document.querySelector('[data-finding="veto"]')).toHaveTextContent('一票否决')
  })

  it('marks rules resting on uncertain evidence', () => {
    replaceDraft({ version: 1, asOf: AS_OF, keyArea: { kind: 'lingang', since: '2022-01-01' } })
    setStep('result')
    render(<Calculator />)
    const line = document.querySelector('[data-item="keyArea"]') as HTMLElement
    expect(within(line).getByText('规则存疑')).toBeInTheDocument()
  })

  it('lists answers that need a fix, and "fix" goes to their step', async () => {
    replaceDraft({ version: 1, asOf: AS_OF, birthDate: '1990-02-30' })
    setStep('result')
    const user = userEvent.setup()
    render(<Calculator />)
    const box = screen.getByRole('region', { name: '以下填写有误，暂未计入积分' })
    expect(box).toHaveTextContent('出生日期：请输入真实存在的日期')
    await user.click(within(box).getByRole('button', { name: '去修改' }))
    expect(screen.getByRole('heading', { level: 2, name: '基本信息' })).toBeInTheDocument()
  })
})
