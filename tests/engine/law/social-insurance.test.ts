// Years of Shanghai employee social insurance (在本市工作及缴纳职工社会保险年限), rules §1
// `socialInsuranceYears`: 3 × floor(months / 12), months = all distinct history months before the
// asOf month, no cap; a gap and a value above 30 give findings. Plus the basic eligibility rule
// (≥6 months of SI in the 12 before asOf) as a finding.
import { describe, it } from 'vitest'
import { checkCase, type LawCase } from './law-case'

const SI = 'rules §1 socialInsuranceYears; rules §B4'
const MONTHS = 'rules §1 ("the N months before asOf"; the asOf month is not complete)'
const OVERLAP = 'rules §1 (months are counted once where periods overlap)'
const ELIG = 'issue 2 findings (fewer than 6 months in the 12 before asOf); rules §E0'

// asOf 2026-03-15 throughout: the asOf month is 2026-03, so the last counted month is 2026-02.
const AS_OF = '2026-03-15'
const at = (from: string, to: string, base = 10000) => ({ from, to, base })

const cases: LawCase[] = [
  {
    cite: SI,
    name: '11 months (2025-04…2026-02) → 0',
    asOf: AS_OF,
    profile: { socialInsurance: [at('2025-04', '2026-02')] },
    expect: { items: { socialInsuranceYears: 0 }, reasons: { socialInsuranceYears: 'conditionNotMet' } },
  },
  {
    cite: SI,
    name: '12 months (2025-03…2026-02) → 3',
    asOf: AS_OF,
    profile: { socialInsurance: [at('2025-03', '2026-02')] },
    expect: { items: { socialInsuranceYears: 3 } },
  },
  {
    cite: SI,
    name: '23 months (2024-04…2026-02) → 3',
    asOf: AS_OF,
    profile: { socialInsurance: [at('2024-04', '2026-02')] },
    expect: { items: { socialInsuranceYears: 3 } },
  },
  {
    cite: SI,
    name: '24 months (2024-03…2026-02) → 6',
    asOf: AS_OF,
    profile: { socialInsurance: [at('2024-03', '2026-02')] },
    expect: { items: { socialInsuranceYears: 6 } },
  },
  {
    cite: `${SI}; ${MONTHS}`,
    name: 'the asOf month does not count: 2025-04…2026-03 is 11 months → 0, with monthsAfterAsOfIgnored',
    asOf: AS_OF,
    profile: { socialInsurance: [at('2025-04', '2026-03')] },
    expect: {
      items: { socialInsuranceYears: 0 },
      findings: [{ code: 'monthsAfterAsOfIgnored', item: 'socialInsuranceYears', params: { months: 1, asOfMonth: '2026-03' } }],
    },
  },
  {
    cite: `${SI}; ${MONTHS}`,
    name: 'the month before asOf counts: 2025-03…2026-02 is 12 months, even with asOf on the 1st → 3',
    asOf: '2026-03-01',
    profile: { socialInsurance: [at('2025-03', '2026-02')] },
    expect: { items: { socialInsuranceYears: 3 }, noFindings: ['monthsAfterAsOfIgnored'] },
  },
  {
    cite: `${SI}; ${MONTHS}`,
    name: 'a period entirely after asOf counts nothing (12 months 2026-03…2027-02 ignored)',
    asOf: AS_OF,
    profile: { socialInsurance: [at('2026-03', '2027-02')] },
    expect: { items: { socialInsuranceYears: 0 }, findings: [{ code: 'monthsAfterAsOfIgnored', params: { months: 12 } }] },
  },
  {
    cite: `${SI}; ${OVERLAP}`,
    name: 'overlapping periods 2024-01…2024-12 and 2024-07…2025-06 are 18 distinct months, not 24 → 3',
    asOf: AS_OF,
    profile: { socialInsurance: [at('2024-01', '2024-12', 10000), at('2024-07', '2025-06', 20000)] },
    expect: { items: { socialInsuranceYears: 3 } },
  },
  {
    cite: `${SI}; ${OVERLAP}`,
    name: 'the same 12 months entered twice count once → 3',
    asOf: AS_OF,
    profile: { socialInsurance: [at('2025-03', '2026-02', 8000), at('2025-03', '2026-02', 9000)] },
    expect: { items: { socialInsuranceYears: 3 } },
  },
  {
    cite: `${SI} (cumulative; a gap gives a finding); rules §Q5`,
    name: 'two years with a one-year gap are cumulative → 6, with socialInsuranceGap',
    asOf: AS_OF,
    profile: { socialInsurance: [at('2020-01', '2020-12'), at('2022-01', '2022-12')] },
    expect: {
      items: { socialInsuranceYears: 6 },
      findings: [{ code: 'socialInsuranceGap', item: 'socialInsuranceYears', params: { months: 12, firstGap: '2021-01' } }],
    },
  },
  {
    cite: SI,
    name: 'adjacent periods leave no gap',
    asOf: AS_OF,
    profile: { socialInsurance: [at('2020-01', '2020-12'), at('2021-01', '2021-12', 15000)] },
    expect: { items: { socialInsuranceYears: 6 }, noFindings: ['socialInsuranceGap'] },
  },
  {
    cite: `${SI} (no cap; a value above 30 gives a finding)`,
    name: 'exactly 10 years (2016-03…2026-02, 120 months) → 30, no cap-doubt finding',
    asOf: AS_OF,
    profile: { socialInsurance: [at('2016-03', '2026-02')] },
    expect: { items: { socialInsuranceYears: 30 }, noFindings: ['socialInsuranceYearsCapDoubt'] },
  },
  {
    cite: `${SI} (no cap; a value above 30 gives a finding)`,
    name: '11 years (2015-03…2026-02, 132 months) → 33, not capped, with socialInsuranceYearsCapDoubt',
    asOf: AS_OF,
    profile: { socialInsurance: [at('2015-03', '2026-02')] },
    expect: { items: { socialInsuranceYears: 33 }, findings: [{ code: 'socialInsuranceYearsCapDoubt', item: 'socialInsuranceYears' }] },
  },
  {
    cite: SI,
    name: 'base 0 months still count as months of history (30 years → 90)',
    asOf: AS_OF,
    profile: { socialInsurance: [at('1996-03', '2026-02', 0)] },
    expect: { items: { socialInsuranceYears: 90 } },
  },
  {
    cite: 'format §1 (missing facts score 0 with a missing finding)',
    name: 'no history → 0 with missingFact(socialInsurance)',
    asOf: AS_OF,
    profile: {},
    expect: {
      items: { socialInsuranceYears: 0, contributionBase: 0 },
      reasons: { socialInsuranceYears: 'missing' },
      findings: [{ code: 'missingFact', item: 'socialInsuranceYears', params: { field: 'socialInsurance' } }],
    },
  },
  {
    cite: 'format §1 (missing facts score 0 with a missing finding)',
    name: 'an empty history array is missing too',
    asOf: AS_OF,
    profile: { socialInsurance: [] },
    expect: { items: { socialInsuranceYears: 0 }, findings: [{ code: 'missingFact', item: 'socialInsuranceYears' }] },
  },
  // Basic eligibility: ≥6 of the 12 months before asOf (2025-03…2026-02).
  {
    cite: ELIG,
    name: '6 months in the 12 before asOf (2025-09…2026-02): no eligibility finding',
    asOf: AS_OF,
    profile: { socialInsurance: [at('2025-09', '2026-02')] },
    expect: { noFindings: ['eligibilitySixMonths'] },
  },
  {
    cite: ELIG,
    name: '5 months in the 12 before asOf (2025-10…2026-02): eligibilitySixMonths',
    asOf: AS_OF,
    profile: { socialInsurance: [at('2025-10', '2026-02')] },
    expect: { findings: [{ code: 'eligibilitySixMonths', params: { months: 5, required: 6, window: 12 } }] },
  },
  {
    cite: ELIG,
    name: 'ten old years do not help: 2010…2020 plus 5 recent months → 33 points but eligibilitySixMonths',
    asOf: AS_OF,
    // 2010-01…2020-12 = 132 months, + 5 = 137 → 11 years → 33.
    profile: { socialInsurance: [at('2010-01', '2020-12'), at('2025-10', '2026-02')] },
    expect: { items: { socialInsuranceYears: 33 }, findings: [{ code: 'eligibilitySixMonths', params: { months: 5 } }] },
  },
  {
    cite: `${ELIG}; ${MONTHS}`,
    name: 'the asOf month is not one of the 12: 2025-10…2026-03 is still 5 → eligibilitySixMonths',
    asOf: AS_OF,
    profile: { socialInsurance: [at('2025-10', '2026-03')] },
    expect: { findings: [{ code: 'eligibilitySixMonths', params: { months: 5 } }] },
  },
]

describe('social-insurance years (社保年限) and the 6-month eligibility rule', () => {
  it.each(cases)('$cite: $name', checkCase)
})
