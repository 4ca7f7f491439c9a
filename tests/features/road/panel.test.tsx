// The road panel from the user's side: the date 120 is reached (announced politely), the chart
// and its table, assumptions that change the projection, ranked actions drawn on the chart,
// what-if scenarios, the documents checklist and the calendar file. asOf is fixed.
import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { assess } from '../../../src/engine/assess'
import type { Profile } from '../../../src/engine/schema'
import { RoadPanel } from '../../../src/features/road/RoadPanel'
import { reloadRoadStore } from '../../../src/state/road-store'
import { setLang } from '../../../src/i18n/i18n'
import { createSafeStorage } from '../../../src/lib/storage'
import { captureDownloads } from '../../fixtures/downloads'
import { english, engine, wizardSteps } from '../../fixtures/ready'

// The scenario editor asks with the wizard's own fields, the later steps' among them.
await Promise.all([english(), engine(), wizardSteps()])

const AS_OF = '2026-11-27'
// Age 36 → 30; 大专 50; SI 2024-01…2026-10 at 12,500 (≥ 1×): 34 months → 6; total 86. Paying on,
// 2027-01-01 brings 36 months: +3 and the 1× band +50 → 139 (tests/engine/law/road-projection.test.ts).
const WINDOW: Profile = { version: 1, birthDate: '1990-05-01', education: 'associate', fullTimeStudy: true, socialInsurance: [{ from: '2024-01', to: '2026-10', base: 12500 }] }

let downloads: Blob[] = []

beforeEach(() => {
  localStorage.clear()
  reloadRoadStore(createSafeStorage(() => localStorage))
  setLang('zh')
  downloads = captureDownloads()
})
afterEach(() => vi.restoreAllMocks())
// Each keystroke re-projects (tens of milliseconds, more under jsdom): allow for a slow machine.
vi.setConfig({ testTimeout: 30_000 })

function renderPanel(profile: Profile = WINDOW) {
  const user = userEvent.setup()
  render(<RoadPanel profile={profile} asOf={AS_OF} assessment={assess(profile, AS_OF)} />)
  return user
}

const summary = () => screen.getByTestId('road-summary')

describe('when 120 is reached', () => {
  it('says the date and how long it takes, in a polite live region', () => {
    renderPanel()
    expect(summary()).toHaveAttribute('aria-live', 'polite')
    expect(summary()).toHaveTextContent('您预计在 2027-01-01 达到 120 分，还需 1 个月')
  })

  it('warns when a birthday takes the total back below 120', () => {
    // Age 43 → 30 and 本科+学士 90: 120 now; the 44th birthday (2027-03-14) costs 1.
    renderPanel({ version: 1, birthDate: '1983-03-14', education: 'bachelorDegree' })
    expect(summary()).toHaveTextContent('您在评估日（2026-11-27）已达到 120 分')
    expect(summary()).toHaveTextContent('2027-03-14 起总分会回落到 120 分以下')
  })

  it('a vetoed profile gets no date and no action', () => {
    renderPanel({ ...WINDOW, education: 'doctorate', seriousCrime: true })
    expect(summary()).toHaveTextContent('一票否决')
    expect(screen.getByText('一票否决的情形无法通过任何措施消除，因此不提供建议。')).toBeInTheDocument()
    expect(screen.queryByTestId('road-chart-reach')).toBeNull()
  })
})

describe('chart and table', () => {
  it('is an image named and described in words, with the day of reaching 120 marked', () => {
    renderPanel()
    const chart = screen.getByRole('img', { name: /推算总分/ })
    // On 2036-11-27: age 46 → 25; 大专 50; 2024-01…2036-10 = 154 months → 12 yrs → 36; 1× band 50: 161.
    expect(chart).toHaveAccessibleDescription('2026-11-27 为 86 分，2036-11-27 为 161 分。 2027-01-01 达到 120 分。')
    expect(within(screen.getByTestId('road-chart-reach')).getByText('2027-01-01 达到')).toBeInTheDocument()
  })

  it('has a table alternative with each projected date, its total and its changes', async () => {
    const user = renderPanel()
    await user.click(screen.getByText('以表格查看推算数据'))
    const table = screen.getByRole('table', { name: '每个推算日期的总分和当天的变化' })
    const row = within(table).getByRole('row', { name: /^2027-01 139/ })
    expect(row).toHaveTextContent('社保缴费基数：0 → 50 分（+50）')
    expect(within(table).getByRole('row', { name: /^2026-11-27 86/ })).toBeInTheDocument()
  })

  it('lists the dated changes with their cause', () => {
    renderPanel()
    const list = screen.getByTestId('road-changes')
    expect(list).toHaveTextContent('2027-01达到档次要求的月数已够 · 社保缴费基数：0 → 50 分（+50）')
    expect(list).toHaveTextContent('2027-01社保累计满 3 年 · 在本市缴纳职工社保年限：6 → 9 分（+3）')
  })
})

describe('assumptions', () => {
  it('not paying any more: the window never fills and the summary says so', async () => {
    const user = renderPanel()
    await user.click(screen.getByLabelText('今后继续在本市正常缴纳职工社保'))
    expect(await screen.findByText(/10 年内（至 2036-11-27）达不到 120 分；推算期内最高为 86 分/)).toBeInTheDocument()
    expect(screen.getByTestId('road-notes')).toHaveTextContent('今后不再缴纳社保')
  })

  it('a two-month break delays the date; bad input keeps its text and gets a specific error', async () => {
    const user = renderPanel()
    await user.type(screen.getByLabelText('起始月份'), '2026-12')
    await user.type(screen.getByLabelText('中断月数'), '2')
    // Paid: 2026-11, then 2027-02 on. The 36th month is 2027-02, so 120 on 2027-03-01.
    expect(await screen.findByText(/您预计在 2027-03-01 达到 120 分/)).toBeInTheDocument()
    const months = screen.getByLabelText('中断月数')
    await user.clear(months)
    await user.type(months, '两个月')
    expect(months).toHaveValue('两个月')
    expect(months).toHaveAccessibleDescription('请只输入数字，不要带单位或其他文字。')
    expect(screen.getByLabelText('中断月数')).toHaveAttribute('aria-invalid', 'true')
  })
})

describe('ranked actions', () => {
  it('lists actions with the time they take, their gain, date, requirements and reference, and draws one on the chart', async () => {
    const user = renderPanel()
    const actions = screen.getByTestId('road-actions')
    // 本科+学士 takes at least 30 months from 2026-12: it counts from 2029-06-01 (86 + 40), after the current path's 2027-01-01.
    const degree = within(actions).getByText('取得本科学历＋学士学位').closest('li')!
    expect(degree).toHaveTextContent('取得所需时间：至少约 2 年 6 个月（我们的估算，参考成人高考与自学考试的常见学制），最早 2029-06-01 起计分。')
    expect(degree).toHaveTextContent('2029-06-01 起 +40 分')
    expect(degree).toHaveTextContent('不会让达到 120 分的日期提前')
    expect(degree).toHaveTextContent('学历须国家承认、可在学信网查询')
    expect(degree).toHaveTextContent('依据：《上海市居住证积分管理办法（2023 年重新发布）》')
    expect(screen.queryByTestId('road-chart-overlay')).toBeNull()
    const compare = within(degree).getByRole('button', { name: '在图上对比' })
    await user.click(compare)
    expect(screen.getByTestId('road-chart-overlay')).toBeInTheDocument()
    expect(within(degree).getByRole('button', { name: '取消图上对比' })).toHaveAttribute('aria-pressed', 'true')
  })

  it('folds the changes of work area or sector into one group', () => {
    renderPanel()
    const group = screen.getByTestId('road-actions-change')
    expect(group.tagName).toBe('DETAILS')
    expect(group).not.toHaveAttribute('open')
    expect(group.querySelector('[data-action="keyArea:lingang"]')).not.toBeNull()
    expect(screen.getByTestId('road-actions').querySelector('[data-action^="keyArea"]')).toBeNull()
  })

  it('shows five actions first, then all of them on request', async () => {
    const user = renderPanel()
    const items = () => within(screen.getByTestId('road-actions')).getAllByRole('listitem').filter((li) => li.hasAttribute('data-action'))
    expect(items()).toHaveLength(5)
    const more = screen.getByRole('button', { name: /显示全部 \d+ 项措施/ })
    await user.click(more)
    expect(items().length).toBeGreaterThan(5)
    expect(more).toHaveAttribute('aria-expanded', 'true')
  })
})

describe('what-if scenarios', () => {
  it('copies the answers, compares side by side, and follows a changed answer', async () => {
    const user = renderPanel()
    await user.click(screen.getByRole('button', { name: '复制当前回答为新情景' }))
    const table = screen.getByTestId('road-compare')
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['当前', '情景 1'])
    expect(within(table).getByRole('row', { name: /^总分/ })).toHaveTextContent('总分8686')
    await user.click(screen.getByText('修改「情景 1」的回答'))
    await user.selectOptions(screen.getByLabelText('最高学历'), 'master')
    // 硕士 100 instead of 大专 50: 136, reached at once.
    expect(within(table).getByRole('row', { name: /^总分/ })).toHaveTextContent('总分86136')
    expect(within(table).getByRole('row', { name: /^达到 120 分/ })).toHaveTextContent('2027-01-012026-11-27')
    expect(within(table).getByRole('row', { name: /^与当前不同的分项/ })).toHaveTextContent('教育背景 50 → 100')
    await user.click(screen.getByRole('button', { name: '删除「情景 1」' }))
    expect(screen.queryByTestId('road-compare')).toBeNull()
  })

  it('an invalid answer in a scenario is kept and explained at its field', async () => {
    const user = renderPanel()
    await user.click(screen.getByRole('button', { name: '复制当前回答为新情景' }))
    await user.click(screen.getByText('修改「情景 1」的回答'))
    const base = screen.getByLabelText('月缴费基数')
    await user.clear(base)
    await user.type(base, '一万二')
    expect(base).toHaveValue('一万二')
    expect(base).toHaveAccessibleDescription('请只输入数字，不要带单位或其他文字。')
    expect(screen.getByText('此情景有 1 处回答需要修正，暂按有效部分计算。')).toBeInTheDocument()
  })

  it('offers no fourth scenario', async () => {
    const user = renderPanel()
    const add = screen.getByRole('button', { name: '复制当前回答为新情景' })
    for (let i = 0; i < 3; i++) await user.click(add)
    expect(add).toBeDisabled()
    expect(screen.getByText('已有 3 个情景，请先删除一个。')).toBeInTheDocument()
  })
})

describe('documents and pitfalls', () => {
  it('a degree that was not full-time brings the 专本套读 and place-of-study pitfalls; a full-time one does not', () => {
    const { unmount } = render(
      <RoadPanel profile={{ ...WINDOW, education: 'bachelorDegree', fullTimeStudy: false }} asOf={AS_OF} assessment={assess({ ...WINDOW, education: 'bachelorDegree', fullTimeStudy: false }, AS_OF)} />,
    )
    const pitfalls = () => screen.getByTestId('road-pitfalls')
    expect(within(pitfalls()).getByText(/^专本套读/)).toBeInTheDocument()
    expect(within(pitfalls()).getByText(/^就读地/)).toBeInTheDocument()
    expect(within(screen.getByTestId('road-documents')).getByText(/^学历（和学位）证书，须可在学信网查询/)).toBeInTheDocument()
    unmount()
    renderPanel({ ...WINDOW, education: 'bachelorDegree', fullTimeStudy: true })
    expect(within(pitfalls()).queryByText(/^专本套读/)).toBeNull()
    expect(within(pitfalls()).getByText(/^补缴/)).toBeInTheDocument()
  })
})

describe('calendar', () => {
  it('downloads an .ics with the day 120 is reached', async () => {
    const user = renderPanel()
    expect(screen.getByTestId('road-ics-events')).toHaveTextContent('2027-01-01：预计达到 120 分')
    await user.click(screen.getByRole('button', { name: '下载日历提醒（.ics）' }))
    expect(downloads).toHaveLength(1)
    expect(downloads[0]!.type).toBe('text/calendar;charset=utf-8')
    const text = await downloads[0]!.text()
    expect(text).toContain('BEGIN:VCALENDAR\r\n')
    expect(text).toContain('DTSTART;VALUE=DATE:20270101')
    expect(screen.getByText(/已生成日历文件，包含 \d 个提醒/)).toBeInTheDocument()
  })
})

describe('English', () => {
  it('is complete: no message key shows through anywhere in the panel', async () => {
    setLang('en')
    const user = renderPanel({ ...WINDOW, fullTimeStudy: false, spouseHukouSince: '2020-01-01', keyArea: { kind: 'lingang', since: '2025-01-01' } })
    await user.click(screen.getByRole('button', { name: /Show all \d+ actions/ }))
    await user.click(screen.getByRole('button', { name: 'Copy my answers into a new scenario' }))
    expect(summary()).toHaveTextContent('On your current path you reach 120 on')
    expect(document.body.textContent).not.toMatch(/\broad\.[a-z]/)
    expect(document.body.textContent).not.toMatch(/\{\w+\}/)
    expect(document.body.textContent).not.toContain('NaN')
    act(() => setLang('zh'))
  })
})
