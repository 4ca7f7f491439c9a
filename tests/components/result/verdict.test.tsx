// The verdict in words (rules §11) wherever it is shown: never 达标 but for `meets`, the
// provisional total of an incomplete profile, the date one can apply, and the thin margin as a
// base just above a line. The print report carries the same, with the road and the sources once.
import { render, screen } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { assess } from '../../../src/engine/assess'
import type { Profile } from '../../../src/engine/schema'
import { PrintReport } from '../../../src/components/report/PrintReport'
import { thinMarginText } from '../../../src/components/result/thin-margin'
import { eligibleFromText, verdictText } from '../../../src/components/result/headline'
import { panelStatusText } from '../../../src/components/result/verdict'
import { setLang, translate } from '../../../src/i18n/i18n'
import { registerMessages } from '../../../src/i18n/catalog'
import * as engineDetail from '../../../src/i18n/messages/engine-detail'

registerMessages(engineDetail)
const AS_OF = '2026-12-01'
const zh = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate('zh', key, params)
const en = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate('en', key, params)

// On the fixture wage table (12,434 for the newest months): 技能二级 at 12,497 = 1.005 × 12,434:
// 30 + 100 + 12 + 50 = 192; 75 points within 3 % (技能二级 100 → 大专 50, base band 50 → 25).
const THIN: Profile = { version: 1, birthDate: '1995-01-01', education: 'associate', qualification: 'skill2', socialInsurance: [{ from: '2022-01', to: '2026-11', base: 12497 }] }
const INCOMPLETE: Profile = { version: 1, birthDate: '1998-03-01', education: 'bachelorDegree' }
const NOT_ELIGIBLE: Profile = { version: 1, birthDate: '1992-04-01', education: 'bachelorDegree', socialInsurance: [{ from: '2026-09', to: '2026-11', base: 15000 }] }

beforeEach(() => setLang('zh'))

describe('verdict words', () => {
  it('an incomplete profile reads "资料未填完 · 目前 N 分（暂估）" on the headline and the panel, never 达标', () => {
    const a = assess(INCOMPLETE, AS_OF)
    expect(a.status).toBe('incomplete')
    expect(verdictText(zh, a)).toBe('资料未填完 · 目前 120 分（暂估）')
    expect(panelStatusText(zh, a)).toBe('资料未填完 · 目前 120 分（暂估）')
  })

  it('only `meets` says 达标, in every status', () => {
    for (const profile of [THIN, INCOMPLETE, NOT_ELIGIBLE, { ...THIN, seriousCrime: true }, { ...NOT_ELIGIBLE, socialInsurance: [{ from: '2025-01', to: '2026-11', base: 5000 }], education: 'associate' as const }]) {
      const a = assess(profile, AS_OF)
      for (const text of [verdictText(zh, a), panelStatusText(zh, a)]) expect(text.includes('达标')).toBe(a.status === 'meets')
    }
  })

  it('cannot apply yet: says from when, if paying continues (3 of 12 months now → 2027-03-01)', () => {
    const a = assess(NOT_ELIGIBLE, AS_OF)
    expect(verdictText(zh, a)).toBe('暂不能申请：申请条件未满足（目前 120 分）')
    expect(eligibleFromText(zh, a)).toEqual({ date: '2027-03-01', text: '若从本月起持续缴纳社保，最早 2027-03-01 可以申请。' })
  })

  it('a thin margin names the line and the distance to it: 1.005× is 0.5 % above the 1× line, 75 points at risk', () => {
    const a = assess(THIN, AS_OF)
    expect(verdictText(zh, a)).toBe('已达标：192 分，超出 72 分')
    expect(thinMarginText(zh, a, THIN)).toBe('您的基数只比 1 倍线高 0.5 %：基数或社平工资变化 3 % 就会少 75 分。')
    expect(thinMarginText(en, a, THIN)).toBe('Your base is only 0.5 % above the 1× line: a 3 % change in your base or the reference wage costs 75 points.')
  })

  it('no thin-margin line when the base is well above every line', () => {
    const safe = { ...THIN, socialInsurance: [{ from: '2022-01', to: '2026-11', base: 14000 }] }
    expect(thinMarginText(zh, assess(safe, AS_OF), safe)).toBeNull()
  })
})

describe('the print report', () => {
  it('says the status in words, the thin margin, the road in a few lines, and the unconfirmed document numbers once', () => {
    const a = assess(THIN, AS_OF)
    render(<PrintReport profile={THIN} assessment={a} generated="2026-12-02" totalTestId="score-total" road={{ date: '评估日已达到 120 分', heading: 'keep', steps: ['2027-07-01 · 余量很薄'] }} />)
    expect(screen.getByTestId('verdict')).toHaveTextContent('已达标：192 分，超出 72 分')
    expect(screen.getByText('您的基数只比 1 倍线高 0.5 %：基数或社平工资变化 3 % 就会少 75 分。')).toBeInTheDocument()
    expect(screen.getByTestId('report-road')).toHaveTextContent('评估日已达到 120 分可能让您失去 120 分的情况：2027-07-01 · 余量很薄')
    expect(document.body).not.toHaveTextContent('文号未查到')
    expect(screen.getAllByText(/以下文件的文号尚未核实/)).toHaveLength(1)
  })

  it('an incomplete profile is never 达标 on the report', () => {
    render(<PrintReport profile={INCOMPLETE} assessment={assess(INCOMPLETE, AS_OF)} generated="2026-12-02" totalTestId="score-total" />)
    expect(screen.getByTestId('verdict')).toHaveAttribute('data-status', 'incomplete')
    expect(document.body).not.toHaveTextContent('达标')
  })
})
