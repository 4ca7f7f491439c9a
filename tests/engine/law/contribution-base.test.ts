// Contribution base (缴纳职工社会保险费基数), rules §1 `contributionBase` and the reference-wage table.
// Per month, ratio = base ÷ the reference wage of that month. 36 months before asOf: ≥24 months with
// base ≥ 3×ref − 1 → 120. Else 48 months before asOf: ≥36 months at ≥2 → 100, ≥1 → 50, ≥0.8 → 25.
import { describe, expect, it } from 'vitest'
import { assessCase, checkCase, type LawCase } from './law-case'

const CB = 'rules §1 contributionBase; rules §A5'
const TOP = 'rules §1 contributionBase (36 months: ≥24 at ≥ 3×ref − 1 → 120)'
const BANDS = 'rules §1 contributionBase (48 months: ≥36 at ≥2/1/0.8 → 100/50/25)'
const MIXED = 'rules §1 contributionBase (band reached only with months from higher bands → finding); rules §Q6'
const WAGES = 'rules §1 reference-wage table'

// asOf 2026-07-15: the 48 months before asOf are 2022-07…2026-06, exactly four SI years Y1…Y4,
// and the 36 months are Y2…Y4. Reference wages (rules §1), and their multiples worked out by hand:
//   Y1 2022-07…2023-06 11396: 0.8× 9116.8, 2× 22792, 3×−1 34187
//   Y2 2023-07…2024-06 12183: 0.8× 9746.4, 2× 24366, 3×−1 36548
//   Y3 2024-07…2025-06 12307: 0.8× 9845.6, 2× 24614, 3×−1 36920, 3×−2 36919
//   Y4 2025-07…2026-06 12434: 0.8× 9947.2, 2× 24868, 3×−1 37301, 3×−2 37300
const AS_OF = '2026-07-15'
const at = (from: string, to: string, base: number) => ({ from, to, base })
const Y1 = (base: number) => at('2022-07', '2023-06', base)
const Y2 = (base: number) => at('2023-07', '2024-06', base)
const Y3 = (base: number) => at('2024-07', '2025-06', base)
const Y4 = (base: number) => at('2025-07', '2026-06', base)

const cases: LawCase[] = [
  // ── the 3× route ──
  {
    cite: TOP,
    name: '24 months at 3×ref−1 (Y3 36920, Y4 37301) → 120',
    asOf: AS_OF,
    profile: { socialInsurance: [Y1(22792), Y2(24366), Y3(36920), Y4(37301)] },
    expect: { items: { contributionBase: 120 }, noFindings: ['contributionBaseMixedBands'] },
  },
  {
    cite: TOP,
    name: '24 months at 3×ref−2 (Y3 36919, Y4 37300) miss the 3× route; 48 months at ≥2× → 100, no mixed finding',
    asOf: AS_OF,
    profile: { socialInsurance: [Y1(22792), Y2(24366), Y3(36919), Y4(37300)] },
    expect: { items: { contributionBase: 100 }, noFindings: ['contributionBaseMixedBands'] },
  },
  {
    cite: `${TOP}; ${MIXED}`,
    name: '23 months at 3× (2024-07 at 2× only) → not 120; 48 at ≥2× → 100, but only 25 inside 2×–3× → mixed finding',
    asOf: AS_OF,
    profile: { socialInsurance: [Y1(22792), Y2(24366), at('2024-07', '2024-07', 24614), at('2024-08', '2025-06', 36920), Y4(37301)] },
    expect: {
      items: { contributionBase: 100 },
      findings: [{ code: 'contributionBaseMixedBands', item: 'contributionBase', params: { points: 100, monthsInside: 25, required: 36 } }],
    },
  },
  {
    cite: TOP,
    name: '24 months at 3× need not be consecutive (Y2 and Y4, Y3 at 2×) → 120',
    asOf: AS_OF,
    profile: { socialInsurance: [Y1(22792), Y2(36548), Y3(24614), Y4(37301)] },
    expect: { items: { contributionBase: 120 } },
  },
  {
    cite: `${TOP}; ${MIXED}`,
    name: '3× months before the 36-month window do not count: Y1 + 16 months inside → not 120; 48 at ≥1× → 50 (mixed)',
    asOf: AS_OF,
    // 3× months: Y1 (12, outside the 36) + Y2 (12) + 2024-07…10 (4) = 16 inside the 36 window.
    // ≥2×: 28 < 36. ≥1×: all 48 → 50; inside 1×–2×: 48 − 28 = 20 < 36 → mixed.
    profile: { socialInsurance: [Y1(34187), Y2(36548), at('2024-07', '2024-10', 36920), at('2024-11', '2025-06', 12307), Y4(12434)] },
    expect: {
      items: { contributionBase: 50 },
      findings: [{ code: 'contributionBaseMixedBands', params: { points: 50, monthsInside: 20 } }],
    },
  },
  // ── the 48-month bands ──
  {
    cite: BANDS,
    name: '36 months at exactly 2× (Y2…Y4), Y1 at 1× → 100',
    asOf: AS_OF,
    profile: { socialInsurance: [Y1(11396), Y2(24366), Y3(24614), Y4(24868)] },
    expect: { items: { contributionBase: 100 }, noFindings: ['contributionBaseMixedBands'] },
  },
  {
    cite: `${BANDS}; ${MIXED}`,
    name: '35 months at 2× (2023-07 at 24365) → not 100; 48 at ≥1× → 50 with mixed finding (13 inside)',
    asOf: AS_OF,
    profile: { socialInsurance: [Y1(11396), at('2023-07', '2023-07', 24365), at('2023-08', '2024-06', 24366), Y3(24614), Y4(24868)] },
    expect: { items: { contributionBase: 50 }, findings: [{ code: 'contributionBaseMixedBands', params: { points: 50, monthsInside: 13 } }] },
  },
  {
    cite: BANDS,
    name: '36 months at exactly 1× (Y2…Y4) → 50',
    asOf: AS_OF,
    profile: { socialInsurance: [Y2(12183), Y3(12307), Y4(12434)] },
    expect: { items: { contributionBase: 50 }, noFindings: ['contributionBaseMixedBands', 'referenceWageEstimated'] },
  },
  {
    cite: BANDS,
    name: '35 months at 1× (from 2023-08) → 0',
    asOf: AS_OF,
    profile: { socialInsurance: [at('2023-08', '2024-06', 12183), Y3(12307), Y4(12434)] },
    expect: { items: { contributionBase: 0 }, reasons: { contributionBase: 'conditionNotMet' } },
  },
  {
    cite: `${BANDS}; ${MIXED}`,
    name: '2026-06 at 12433.99 (1× − 0.01): 35 at ≥1×, 36 at ≥0.8× → 25, mixed (1 inside)',
    asOf: AS_OF,
    profile: { socialInsurance: [Y2(12183), Y3(12307), at('2025-07', '2026-05', 12434), at('2026-06', '2026-06', 12433.99)] },
    expect: { items: { contributionBase: 25 }, findings: [{ code: 'contributionBaseMixedBands', params: { points: 25, monthsInside: 1 } }] },
  },
  {
    cite: BANDS,
    name: '36 months at exactly 0.8× (9746.4, 9845.6, 9947.2) → 25, no mixed finding',
    asOf: AS_OF,
    profile: { socialInsurance: [Y2(9746.4), Y3(9845.6), Y4(9947.2)] },
    expect: { items: { contributionBase: 25 }, noFindings: ['contributionBaseMixedBands'] },
  },
  {
    cite: BANDS,
    name: '2026-06 at 9947.19 (just below 0.8 × 12434 = 9947.2): 35 months → 0',
    asOf: AS_OF,
    profile: { socialInsurance: [Y2(9746.4), Y3(9845.6), at('2025-07', '2026-05', 9947.2), at('2026-06', '2026-06', 9947.19)] },
    expect: { items: { contributionBase: 0 } },
  },
  {
    cite: `${BANDS}; ${MIXED}`,
    name: '12 months at 0.8× + 24 at 1× → 25 with mixed finding (12 inside)',
    asOf: AS_OF,
    profile: { socialInsurance: [Y2(9746.4), Y3(12307), Y4(12434)] },
    expect: { items: { contributionBase: 25 }, findings: [{ code: 'contributionBaseMixedBands', params: { points: 25, monthsInside: 12, required: 36 } }] },
  },
  {
    cite: `${CB}; rules §1 (overlaps count once, at the higher base)`,
    name: 'the same 36 months at 10000 and at 40000 count once at 40000 → 120, and 36 months → 9 SI points',
    asOf: AS_OF,
    profile: { socialInsurance: [at('2023-07', '2026-06', 10000), at('2023-07', '2026-06', 40000)] },
    expect: { items: { contributionBase: 120, socialInsuranceYears: 9 } },
  },
  {
    cite: `${CB}; rules §1 (overlaps count once, at the higher base)`,
    name: 'order does not matter: 40000 entered first, 10000 second → 120',
    asOf: AS_OF,
    profile: { socialInsurance: [at('2023-07', '2026-06', 40000), at('2023-07', '2026-06', 10000)] },
    expect: { items: { contributionBase: 120, socialInsuranceYears: 9 } },
  },
  {
    cite: `${CB}; rules §1 ("the N months before asOf")`,
    name: 'asOf 2026-07-01: 2023-07…2026-06 at 2× are all before asOf → 36 → 100',
    asOf: '2026-07-01',
    profile: { socialInsurance: [Y2(24366), Y3(24614), Y4(24868)] },
    expect: { items: { contributionBase: 100 } },
  },
  {
    cite: `${CB}; rules §1 ("the N months before asOf")`,
    name: 'asOf 2026-06-30: 2026-06 is the asOf month and does not count → 35 → 0',
    asOf: '2026-06-30',
    profile: { socialInsurance: [Y2(24366), Y3(24614), Y4(24868)] },
    expect: { items: { contributionBase: 0 } },
  },
  // ── reference-wage boundaries ──
  // asOf 2020-01-15 (sh-2018): the 36 months are 2017-01…2019-12. 3×−1: 6504 → 19511, 7132 → 21395,
  // 7832 → 23495, 8211 → 24632. 2017-11…2019-09 is 23 months, all ≥ 3×−1 at 23495.
  {
    cite: `${TOP}; ${WAGES} (2019-04…2019-10 7832)`,
    name: '23495 in 2019-10 is 3×7832−1: 23 + 1 = 24 months → 120',
    asOf: '2020-01-15',
    profile: { socialInsurance: [at('2017-11', '2019-09', 23495), at('2019-10', '2019-10', 23495)] },
    expect: { ruleset: 'sh-2018', items: { contributionBase: 120 } },
  },
  {
    cite: `${TOP}; ${WAGES} (2019-11…2020-06 8211)`,
    name: '23495 in 2019-11 is below 3×8211−1 = 24632: 23 months → not 120 (and <36 in any band → 0)',
    asOf: '2020-01-15',
    profile: { socialInsurance: [at('2017-11', '2019-09', 23495), at('2019-11', '2019-11', 23495)] },
    expect: { items: { contributionBase: 0 } },
  },
  // asOf 2019-04-15 (sh-2018): the 48 months are 2015-04…2019-03; the table starts at 2016-04.
  // 2016-05…2017-03 (11) + 2017-04…2018-03 (12) + 2018-04…2019-03 (12) = 35 months at 1×.
  {
    cite: `${WAGES} (an earlier month counts toward no band, finding)`,
    name: '2016-03 (before the table) at 50000 counts toward no band: 35 + 0 → 0, referenceWageUnknown',
    asOf: '2019-04-15',
    profile: { socialInsurance: [at('2016-03', '2016-03', 50000), at('2016-05', '2017-03', 5939), at('2017-04', '2018-03', 6504), at('2018-04', '2019-03', 7132)] },
    expect: { items: { contributionBase: 0 }, findings: [{ code: 'referenceWageUnknown', item: 'contributionBase', params: { months: 1, before: '2016-04' } }] },
  },
  {
    cite: `${WAGES} (2016-04…2017-03 5939)`,
    name: '2016-04 (first month of the table) at 5939 counts: 36 months at 1× → 50, no unknown finding',
    asOf: '2019-04-15',
    profile: { socialInsurance: [at('2016-04', '2017-03', 5939), at('2017-04', '2018-03', 6504), at('2018-04', '2019-03', 7132)] },
    expect: { items: { contributionBase: 50 }, noFindings: ['referenceWageUnknown'] },
  },
  // asOf 2026-08-15: the 48 months end with 2026-07, after the table: it uses 12434 as an estimate.
  {
    cite: `${WAGES} (a later month uses the newest figure, with a finding)`,
    name: '2023-08…2026-07 at 1× with 2026-07 at 12434 (estimated) → 36 → 50, referenceWageEstimated',
    asOf: '2026-08-15',
    profile: { socialInsurance: [at('2023-08', '2024-06', 12183), Y3(12307), at('2025-07', '2026-07', 12434)] },
    expect: {
      items: { contributionBase: 50 },
      findings: [{ code: 'referenceWageEstimated', item: 'contributionBase', params: { from: '2026-07', monthly: 12434 } }],
    },
  },
  {
    cite: `${WAGES} (a later month uses the newest figure, with a finding)`,
    name: '2026-07 at 12433 is below the estimated 12434: 35 at 1× → 25 (mixed), referenceWageEstimated',
    asOf: '2026-08-15',
    profile: { socialInsurance: [at('2023-08', '2024-06', 12183), Y3(12307), at('2025-07', '2026-06', 12434), at('2026-07', '2026-07', 12433)] },
    expect: { items: { contributionBase: 25 }, findings: [{ code: 'referenceWageEstimated', item: 'contributionBase' }, { code: 'contributionBaseMixedBands' }] },
  },
  {
    cite: 'format §1 (missing facts score 0)',
    name: 'no history → 0, reason missing',
    asOf: AS_OF,
    profile: {},
    expect: { items: { contributionBase: 0 }, reasons: { contributionBase: 'missing' } },
  },
]

describe('contribution base (缴费基数)', () => {
  it.each(cases)('$cite: $name', checkCase)

  it(`${CB}: the item reports the month counts it used`, () => {
    // Case "23 months at 3×" above: 23 months at 3× (36 window); ≥2×, ≥1×, ≥0.8× all 48.
    const a = assessCase({
      asOf: AS_OF,
      profile: { socialInsurance: [Y1(22792), Y2(24366), at('2024-07', '2024-07', 24614), at('2024-08', '2025-06', 36920), Y4(37301)] },
    })
    expect(a.items.find((i) => i.id === 'contributionBase')!.inputs).toEqual({
      monthsAt3x: 23,
      monthsAtLeast100: 48,
      monthsAtLeast50: 48,
      monthsAtLeast25: 48,
    })
  })
})
