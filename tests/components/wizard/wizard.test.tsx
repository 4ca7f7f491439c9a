// The wizard, step by step: typing changes the live score as the engine says it should, errors
// appear at their field without wiping anything, and every step is reachable directly.
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { Calculator } from '../../../src/app/Calculator'
import { setLang } from '../../../src/i18n/i18n'
import { createSafeStorage } from '../../../src/lib/storage'
import { flushWrites } from '../../../src/state/persist'
import { reloadFromStorage, replaceDraft, setStep, useDraftStore, type StepId } from '../../../src/state/draft-store'
import { english, engine, fieldErrors, storageNotices, wizardSteps } from '../../fixtures/ready'

await Promise.all([english(), engine(), fieldErrors(), wizardSteps(), storageNotices()])

const AS_OF = '2026-06-15'

function start(step: StepId, profile: Record<string, unknown> = { version: 1 }) {
  replaceDraft({ ...profile, asOf: AS_OF })
  setStep(step)
  const user = userEvent.setup()
  render(<Calculator />)
  return user
}

const total = () => Number(/\d+/.exec(screen.getByTestId('score-total').textContent ?? '')?.[0])
const itemLine = (id: string) => document.querySelector(`[data-item="${id}"]`) as HTMLElement

beforeEach(() => {
  localStorage.clear()
  reloadFromStorage(createSafeStorage(() => localStorage))
  setLang('zh')
})

describe('step 1: you', () => {
  it('typing a birth date scores age: 36 years old on the assessment date gives 30', async () => {
    const user = start('you')
    expect(total()).toBe(0)
    await user.type(screen.getByLabelText('出生日期'), '1990-05-01')
    expect(total()).toBe(30)
    expect(within(itemLine('age')).getByText('评估日 36 周岁')).toBeInTheDocument()
  })

  it('a year still being typed ("0199-…") is not judged until the field is left: no "too early" flashing', () => {
    start('you')
    const box = screen.getByLabelText('出生日期')
    fireEvent.change(box, { target: { value: '0199-05-01' } })
    expect(box).toHaveValue('0199-05-01')
    expect(box).not.toHaveAttribute('aria-invalid', 'true')
    expect(useDraftStore.getState().draft.birthDate).toBeUndefined()
    fireEvent.change(box, { target: { value: '1990-05-01' } })
    expect(useDraftStore.getState().draft.birthDate).toBe('1990-05-01')
    fireEvent.change(box, { target: { value: '0002-05-01' } })
    fireEvent.blur(box)
    // Left with a year of 2: kept, and now its error shows.
    expect(useDraftStore.getState().draft.birthDate).toBe('0002-05-01')
    expect(box).toHaveAttribute('aria-invalid', 'true')
  })

  it('age 50 scores 5 + 2 × (56 − 50) = 17, and moving the assessment date ahead a year gives 15', async () => {
    const user = start('you', { version: 1, birthDate: '1976-01-10' })
    expect(total()).toBe(17)
    const asOf = screen.getByLabelText('评估日期')
    await user.clear(asOf)
    await user.type(asOf, '2027-06-15')
    expect(total()).toBe(15)
    await user.click(screen.getByRole('button', { name: '改回今天' }))
    expect(useDraftStore.getState().asOfOverride).toBeUndefined()
  })

  it('a birth date after the assessment date is reported at the field and kept as typed', async () => {
    const user = start('you')
    await user.type(screen.getByLabelText('出生日期'), '2030-01-01')
    expect(screen.getByText('出生日期晚于评估日期，请检查。')).toBeInTheDocument()
    expect(screen.getByLabelText('出生日期')).toHaveValue('2030-01-01')
    expect(screen.getByLabelText('出生日期')).toHaveAttribute('aria-invalid', 'true')
    expect(total()).toBe(0)
  })
})

describe('step 2: education and title', () => {
  it('only the higher of education and title counts, and the note says which', async () => {
    const user = start('education')
    await user.click(screen.getByRole('radio', { name: '本科学历＋学士学位' }))
    expect(total()).toBe(90)
    expect(screen.getByText('目前计入：教育背景，90 分。')).toBeInTheDocument()
    await user.click(screen.getByRole('radio', { name: '技能三级（高级工）' }))
    // 60 < 90: education keeps its points; the skill level shows 0 with the pick-one reason.
    expect(total()).toBe(90)
    expect(within(itemLine('qualification')).getByText(/本可得 60 分/)).toBeInTheDocument()
  })

  it('an intermediate title without 6 months at 1× the reference wage scores 0, with the reason', async () => {
    const user = start('education')
    await user.click(screen.getByRole('radio', { name: '中级职称' }))
    expect(total()).toBe(0)
    expect(within(itemLine('qualification')).getByText('已填写，但尚未满足计分条件。')).toBeInTheDocument()
  })
})

describe('step 3: social insurance', () => {
  it('quick entry "since 2020-06 at ¥12,000" adds one period to last month and scores the years and the base', async () => {
    const user = start('insurance')
    await user.type(screen.getByLabelText('从哪个月开始'), '2020-06')
    await user.type(screen.getByLabelText('每月缴费基数大约'), '12,000')
    await user.click(screen.getByRole('button', { name: '添加：从该月到上个月' }))
    expect(useDraftStore.getState().draft.socialInsurance).toEqual([{ from: '2020-06', to: '2026-05', base: 12000 }])
    // 2020-06…2026-05 = 72 months = 6 full years → 18. The 48 months before June 2026 (2022-06…2026-05)
    // are all ≥ 0.8× their reference wage (0.8 × 12,434 = 9,947), but only 13 are ≥ 1× (10,338 in
    // 2022-06 and 11,396 in 2022-07…2023-06): 36 months at 0.8× → 25.
    expect(within(itemLine('socialInsuranceYears')).getByText('+18')).toBeInTheDocument()
    expect(within(itemLine('contributionBase')).getByText('+25')).toBeInTheDocument()
    expect(total()).toBe(43)
  })

  it('quick entry filled in but not added: 下一步 adds it, so nothing typed is lost', async () => {
    const user = start('insurance')
    await user.type(screen.getByLabelText('从哪个月开始'), '2020-06')
    await user.type(screen.getByLabelText('每月缴费基数大约'), '12000')
    await user.click(screen.getByRole('button', { name: /下一步/ }))
    expect(useDraftStore.getState().draft.socialInsurance).toEqual([{ from: '2020-06', to: '2026-05', base: 12000 }])
    expect(useDraftStore.getState().stepId).toBe('bonuses')
  })

  it('quick entry half filled: leaving the step (下一步 or a step circle) stays, keeps the text and says why', async () => {
    const user = start('insurance')
    await user.type(screen.getByLabelText('从哪个月开始'), '2020-06')
    await user.click(screen.getByRole('button', { name: /下一步/ }))
    expect(useDraftStore.getState().stepId).toBe('insurance')
    expect(screen.getByText(/请填写开始月份（年-月）和缴费基数（数字），或清空这两项/)).toBeInTheDocument()
    expect(screen.getByLabelText('从哪个月开始')).toHaveValue('2020-06')
    expect(screen.getByLabelText('从哪个月开始')).toHaveFocus()
    await user.click(screen.getByRole('button', { name: /加分项目/ }))
    expect(useDraftStore.getState().stepId).toBe('insurance')
    expect(useDraftStore.getState().draft.socialInsurance).toBeUndefined()
  })

  it("the base question says today's 1× and 3× and where to find one's base", () => {
    start('insurance')
    expect(screen.getByText(/目前社平工资（1 倍）为 ¥12,434\/月，3 倍为 ¥37,302\/月。.*随申办/)).toBeInTheDocument()
  })

  it('each period shows its base as a multiple of the reference wage of those months', () => {
    start('insurance', { version: 1, socialInsurance: [{ from: '2023-07', to: '2024-06', base: 24366 }] })
    // 2023-07…2024-06 reference wage 12,183: 24,366 / 12,183 = 2.00.
    expect(screen.getByText('约为当期社平工资的 2.00 倍')).toBeInTheDocument()
  })

  it('rows can be added, duplicated and removed', async () => {
    const user = start('insurance', { version: 1, socialInsurance: [{ from: '2020-01', to: '2020-12', base: 8000 }] })
    await user.click(screen.getByRole('button', { name: '复制第 1 段' }))
    expect(screen.getAllByRole('group', { name: /^第 \d 段$/ })).toHaveLength(2)
    await user.click(screen.getByRole('button', { name: '+ 添加一段' }))
    expect(screen.getAllByRole('group', { name: /^第 \d 段$/ })).toHaveLength(3)
    expect(document.activeElement).toHaveAttribute('id', 'si-2-from')
    await user.click(screen.getByRole('button', { name: '删除第 1 段' }))
    expect(useDraftStore.getState().draft.socialInsurance).toEqual([{ from: '2020-01', to: '2020-12', base: 8000 }, {}])
    expect(screen.getByText('已删除第 1 段。')).toBeInTheDocument()
  })

  it('a base typed as text is reported, kept as typed, and the other period still scores', async () => {
    const user = start('insurance', {
      version: 1,
      socialInsurance: [
        { from: '2020-01', to: '2021-12', base: 9000 },
        { from: '2022-01', to: '2022-12', base: 9000 },
      ],
    })
    expect(total()).toBe(9) // 36 months → 3 years → 9
    const base = screen.getByLabelText('月缴费基数', { selector: '#si-1-base' })
    await user.clear(base)
    await user.type(base, '九千')
    expect(base).toHaveValue('九千')
    expect(screen.getByText('请只输入数字，不要带单位或其他文字。')).toBeInTheDocument()
    expect(total()).toBe(6) // only the first period (24 months) counts
    expect(useDraftStore.getState().draft.socialInsurance?.[1]).toEqual({ from: '2022-01', to: '2022-12', base: '九千' })
  })

  it('an end month before the start month is reported at the end month', () => {
    start('insurance', { version: 1, socialInsurance: [{ from: '2022-05', to: '2021-01', base: 9000 }] })
    expect(screen.getByText('结束月份早于开始月份，请调整。')).toHaveAttribute('id', 'si-0-to-error')
  })
})

describe('step 4: bonuses', () => {
  it('a shortage major needs an associate degree or more: 0 without education, 30 with', async () => {
    const user = start('bonuses')
    await user.click(screen.getByRole('checkbox', { name: /紧缺急需专业目录/ }))
    expect(within(itemLine('shortageMajor')).getByText('0')).toBeInTheDocument()
    act(() => replaceDraft({ ...useDraftStore.getState().draft, education: 'associate', asOf: AS_OF }))
    expect(total()).toBe(50 + 30)
  })

  it('a new town since 2019-03-01 (7 full years, gate 5) scores 2 × 7 = 14; "not applicable" removes it', async () => {
    const user = start('bonuses')
    await user.click(screen.getByRole('radio', { name: '五个新城' }))
    await user.type(screen.getByLabelText('从哪天开始在该区域工作并居住？'), '2019-03-01')
    expect(total()).toBe(14)
    await user.click(screen.getByRole('radio', { name: '不适用' }))
    expect(useDraftStore.getState().draft.keyArea).toBeUndefined()
    expect(screen.queryByLabelText('从哪天开始在该区域工作并居住？')).toBeNull()
    expect(total()).toBe(0)
  })

  it('a chosen area without its date asks for the date and scores nothing yet', async () => {
    const user = start('bonuses')
    await user.click(screen.getByRole('radio', { name: '南北转型区域' }))
    expect(screen.getByText('请把这一项也填上。')).toBeInTheDocument()
  })

  it('investment: ¥350,000 of average annual tax gives 10 × 3 = 30', async () => {
    const user = start('bonuses')
    await user.type(screen.getByLabelText('您的持股份额对应的近 3 年年均纳税额'), '350000')
    expect(total()).toBe(30)
  })
})

describe('step 5: deductions and veto', () => {
  it('one detention takes 50 off; the total never goes below 0', async () => {
    const user = start('deductions', { version: 1, education: 'associate' })
    await user.type(screen.getByLabelText('近 5 年内，受到行政拘留的次数'), '1')
    expect(total()).toBe(0)
    act(() => replaceDraft({ ...useDraftStore.getState().draft, education: 'master', asOf: AS_OF }))
    expect(total()).toBe(50)
  })

  it('a count must be a whole number', async () => {
    const user = start('deductions')
    await user.type(screen.getByLabelText('近 3 年内，被认定提供虚假材料的次数'), '1.5')
    expect(screen.getByText('请输入整数。')).toBeInTheDocument()
  })

  it('the veto is shown apart from the points, which are still counted', async () => {
    const user = start('deductions', { version: 1, education: 'master' })
    await user.click(within(screen.getByRole('group', { name: '是否有严重刑事犯罪记录？' })).getByRole('radio', { name: '是' }))
    expect(total()).toBe(100)
    expect(screen.getByTestId('score-veto')).toHaveTextContent('一票否决：不能申请')
  })
})

describe('navigation', () => {
  it('back/next move one step and move focus to the step heading; any step is reachable from the list', async () => {
    const user = start('you')
    await user.click(screen.getByRole('button', { name: /下一步/ }))
    expect(screen.getByRole('heading', { level: 2, name: '学历与职称' })).toHaveFocus()
    expect(screen.getByText('第 2 步，共 6 步')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: /上一步/ }))
    expect(useDraftStore.getState().stepId).toBe('you')
    const steps = screen.getByRole('navigation', { name: '填写步骤' })
    await user.click(within(steps).getByRole('button', { name: /减分与否决/ }))
    expect(within(steps).getByRole('button', { name: /减分与否决/ })).toHaveAttribute('aria-current', 'step')
  })

  it('a step with an invalid answer is marked in the step list', () => {
    start('you', { version: 1, socialInsurance: [{ from: '2020-13', to: '2021-01', base: 1 }] })
    expect(within(screen.getByRole('navigation', { name: '填写步骤' })).getByRole('button', { name: /社保缴费（有需要修改的内容）/ })).toBeInTheDocument()
  })

  it('clear my data asks first, then empties the draft', async () => {
    const user = start('education', { version: 1, education: 'master' })
    await user.click(screen.getByRole('button', { name: '清除我的数据' }))
    expect(screen.getByRole('button', { name: '取消' })).toHaveFocus()
    await user.click(screen.getByRole('button', { name: '清除' }))
    expect(useDraftStore.getState().draft).toEqual({ version: 1 })
    expect(total()).toBe(0)
    expect(screen.getByText(/^已清除所有数据：填写的草稿/)).toBeInTheDocument()
    expect(localStorage.getItem('sh-points:draft')).toBeNull()
  })

  it('an unreadable stored draft is kept untouched with a notice; the user may export it or discard it', async () => {
    localStorage.setItem('sh-points:draft', '{oops')
    reloadFromStorage(createSafeStorage(() => localStorage))
    const user = userEvent.setup()
    render(<Calculator />)
    expect(screen.getByTestId('storage-notice')).toHaveTextContent('本设备上保存的数据无法读取。它已原样保留、不会被覆盖')
    expect(screen.getByRole('button', { name: '导出保存的数据' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: '学历与职称' }))
    flushWrites()
    expect(localStorage.getItem('sh-points:draft')).toBe('{oops')
    await user.click(screen.getByRole('button', { name: '丢弃它并在此重新开始' }))
    expect(screen.queryByTestId('storage-notice')).toBeNull()
    expect(JSON.parse(localStorage.getItem('sh-points:draft') ?? 'null')).toMatchObject({ v: 1, stepId: 'education' })
  })
})

describe('language', () => {
  it('English mode shows English text with the official Chinese term as a gloss', () => {
    setLang('en')
    start('insurance')
    expect(screen.getByRole('heading', { level: 2, name: 'Social insurance (社保)' })).toBeInTheDocument()
    expect(screen.getByTestId('score-total')).toHaveTextContent('0 points')
  })
})
