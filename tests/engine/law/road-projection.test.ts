// Law-style cases for the projection (the road to 120). Every expected number is derived by hand
// from the contract (rules §1) in the comment above the case; asOf is 2026-11-27 throughout.
import { describe, expect, it } from 'vitest'
import type { ProjectOptions } from '../../../src/engine/project'
import { earliestReach, project } from '../../fixtures/engine'
import type { Profile } from '../../../src/engine/schema'
import type { ItemId } from '../../../src/engine/types'

const AS_OF = '2026-11-27'

interface Case {
  cite: string
  name: string
  profile: Profile
  options?: ProjectOptions
  /** Totals expected on given dates (the step function's value on that day). */
  totals: Record<string, number>
  reach: string | null
  dropsBelow?: string | null
  /** Changes expected, exactly, for the items listed (other items are not checked). */
  changes?: { item: ItemId; list: [date: string, from: number, to: number][] }[]
}

const cases: Case[] = [
  {
    // Age 43 → 30; 本科+学士 90: 120 on asOf. On 2027-03-14 (the 44th birthday) age → 29: 119.
    cite: 'B1 age',
    name: 'the 44th birthday costs 1 point on the birthday itself, and the total falls back below 120',
    profile: { version: 1, birthDate: '1983-03-14', education: 'bachelorDegree' },
    totals: { '2026-11-27': 120, '2027-03-01': 120, '2027-03-13': 120, '2027-03-14': 119, '2028-03-14': 117 },
    reach: AS_OF,
    dropsBelow: '2027-03-14',
    changes: [{ item: 'age', list: [['2027-03-14', 30, 29], ['2028-03-14', 29, 27], ['2029-03-14', 27, 25]] }],
  },
  {
    // Age 31 → 30; 本科 60; SI 2021-01…2026-10 = 70 months → 5 yrs → 15: 105 on asOf.
    // Paying on: 2027-01-01 72 months → 18 (108). 环卫 since 2022-07-15: 5 full years on
    // 2027-07-15 → 4 × 5 = 20 → 128, on that day (not at a month start).
    cite: 'A6 public service',
    name: 'the 5-year public-service gate opens on the 5th anniversary and reaches 120 that day',
    profile: {
      version: 1,
      birthDate: '1995-01-10',
      education: 'bachelor',
      socialInsurance: [{ from: '2021-01', to: '2026-10', base: 6000 }],
      publicServiceSince: '2022-07-15',
    },
    totals: { '2026-11-27': 105, '2027-01-01': 108, '2027-07-14': 108, '2027-07-15': 128, '2028-07-15': 135 },
    reach: '2027-07-15',
    changes: [{ item: 'publicService', list: [['2027-07-15', 0, 20], ['2028-07-15', 20, 24], ['2029-07-15', 24, 28]] }],
  },
  {
    // Age 36 → 30; 大专 50; SI 2024-01…2026-10 at 12,500 (≥ 1× every month: 12,183 / 12,307 /
    // 12,434): 34 months → 2 yrs → 6; window 34 < 36 → 0: total 86. Paying on at 12,500:
    // 2026-12-01 35 months, still 86; 2027-01-01 36 months → 9 and 36 of 48 at ≥ 1× → 50: 139.
    cite: 'A5 contribution base',
    name: 'the 1× band counts on the first day of the month after the 36th qualifying month',
    profile: { version: 1, birthDate: '1990-05-01', education: 'associate', socialInsurance: [{ from: '2024-01', to: '2026-10', base: 12500 }] },
    totals: { '2026-11-27': 86, '2026-12-01': 86, '2026-12-31': 86, '2027-01-01': 139 },
    reach: '2027-01-01',
    changes: [
      { item: 'contributionBase', list: [['2027-01-01', 0, 50]] },
      { item: 'socialInsuranceYears', list: [['2027-01-01', 6, 9], ['2028-01-01', 9, 12]] },
    ],
  },
  {
    // As above with one unpaid month (2026-12): 2027-01-01 has 35 months (86); the 36th paid
    // month is 2027-01, so 2027-02-01 → 9 + 50 = 139.
    cite: 'A5 contribution base',
    name: 'an assumed one-month gap delays the 36-month window by one month',
    profile: { version: 1, birthDate: '1990-05-01', education: 'associate', socialInsurance: [{ from: '2024-01', to: '2026-10', base: 12500 }] },
    options: { assumptions: { gap: { from: '2026-12', months: 1 } } },
    totals: { '2027-01-01': 86, '2027-02-01': 139 },
    reach: '2027-02-01',
  },
  {
    // Same person, not paying any more: 34 months forever → 86 until the 44th birthday
    // (2034-05-01) → 85. Never 120.
    cite: 'A5 contribution base',
    name: 'without further contributions the window never fills',
    profile: { version: 1, birthDate: '1990-05-01', education: 'associate', socialInsurance: [{ from: '2024-01', to: '2026-10', base: 12500 }] },
    options: { assumptions: { keepPaying: false } },
    totals: { '2027-01-01': 86, '2034-04-30': 86, '2034-05-01': 85 },
    reach: null,
  },
  {
    // Age 36 → 30; 大专 50; spouse since 2017-06-01: 9 yrs → 36: 116. 2027-06-01 → 10 yrs → 40
    // (the cap): 120. 2028-06-01 → 11 yrs, still 40: no change.
    cite: 'A10 spouse',
    name: 'the spouse item stops growing at its 40-point cap',
    profile: { version: 1, birthDate: '1990-05-01', education: 'associate', spouseHukouSince: '2017-06-01' },
    totals: { '2027-05-31': 116, '2027-06-01': 120, '2028-06-01': 120, '2030-06-01': 120 },
    reach: '2027-06-01',
    changes: [{ item: 'spouse', list: [['2027-06-01', 36, 40]] }],
  },
  {
    // Age 23 → 30; 本科+学士 90; 应届 10: 130. The graduation window is at least the rest of 2026
    // (rules §Q9), so the bonus is dropped on 2027-01-01: 120.
    cite: 'A8 fresh graduate',
    name: 'the fresh-graduate bonus is not projected past the end of the year',
    profile: { version: 1, birthDate: '2003-06-01', education: 'bachelorDegree', freshGraduate: true },
    totals: { '2026-12-31': 130, '2027-01-01': 120 },
    reach: AS_OF,
    dropsBelow: null,
    changes: [{ item: 'freshGraduate', list: [['2027-01-01', 10, 0]] }],
  },
  {
    // 140 points of title would count, but a serious criminal record vetoes the application.
    cite: 'V1 veto',
    name: 'a vetoed profile never reaches 120',
    profile: { version: 1, birthDate: '1990-05-01', education: 'doctorate', seriousCrime: true },
    totals: { '2026-11-27': 140 },
    reach: null,
  },
]

function totalOnDate(p: ReturnType<typeof project>, date: string): number {
  const last = p.points.filter((pt) => pt.date <= date).at(-1)
  if (!last) throw new Error(`no point on or before ${date}`)
  return last.total
}

describe('projection law cases', () => {
  it.each(cases)('$cite: $name', (c) => {
    const p = project(c.profile, AS_OF, c.options)
    for (const [date, total] of Object.entries(c.totals)) expect({ date, total: totalOnDate(p, date) }).toEqual({ date, total })
    expect(p.reach).toBe(c.reach)
    expect(earliestReach(c.profile, AS_OF, c.options)).toBe(c.reach)
    if (c.dropsBelow !== undefined) expect(p.dropsBelow).toBe(c.dropsBelow)
    for (const { item, list } of c.changes ?? []) {
      const got = p.changes.filter((ch) => ch.item === item).slice(0, list.length).map((ch) => [ch.date, ch.from, ch.to])
      expect(got).toEqual(list)
    }
  })

  it('a change at a month boundary is reported as a month, a birthday as a day', () => {
    const p = project(cases[2]!.profile, AS_OF)
    expect(p.changes.find((ch) => ch.item === 'contributionBase')?.precision).toBe('month')
    const q = project(cases[0]!.profile, AS_OF)
    expect(q.changes.find((ch) => ch.item === 'age')).toMatchObject({ precision: 'day', inputs: { age: 44 }, total: 119 })
  })

  it('the horizon defaults to 10 years and its last day is assessed', () => {
    const p = project(cases[0]!.profile, AS_OF)
    expect(p.until).toBe('2036-11-27')
    expect(p.points.at(-1)?.date).toBe('2036-11-27')
    expect(project(cases[0]!.profile, AS_OF, { years: 1 }).points.at(-1)?.date).toBe('2027-11-27')
  })

  it('a future base from a later month: only months from then on are paid at it', () => {
    // 大专 50, age 30, SI 2024-01…2026-10 at 8,000 (< 0.8× = 9,947.2 of 12,434): no band.
    // From 2027-01 at 12,500 (≥ 1×): 36 qualifying months are 2027-01…2029-12 → 50 on 2030-01-01.
    const profile: Profile = { version: 1, birthDate: '1990-05-01', education: 'associate', socialInsurance: [{ from: '2024-01', to: '2026-10', base: 8000 }] }
    const p = project(profile, AS_OF, { assumptions: { futureBase: 12500, baseFrom: '2027-01' } })
    expect(p.changes.filter((c) => c.item === 'contributionBase').map((c) => [c.date, c.to])).toEqual([['2030-01-01', 50]])
  })

  it('history that ended long ago: payment is assumed to resume this month, and the note says so', () => {
    const profile: Profile = { version: 1, birthDate: '1990-05-01', education: 'associate', socialInsurance: [{ from: '2020-01', to: '2023-12', base: 8000 }] }
    const p = project(profile, AS_OF)
    expect(p.notes).toContainEqual({ code: 'resumesPaying', params: { last: '2023-12', from: '2026-11' } })
    // 48 months before asOf → 12; on 2027-11-01 the months 2026-11…2027-10 make 60 → 15.
    expect(p.changes.find((c) => c.item === 'socialInsuranceYears')).toMatchObject({ date: '2027-11-01', from: 12, to: 15 })
  })
})
