// Bonus indicators (加分指标), rules §1: shortageMajor, investment, publicService, keyArea,
// freshGraduate, award, spouse, innovation.
import { describe, expect, it } from 'vitest'
import { assessCase, checkCase, type LawCase } from './law-case'

const SHORT = 'rules §1 shortageMajor; rules §A3'
const INV = 'rules §1 investment; rules §A4'
const PUB = 'rules §1 publicService; rules §A6'
const AREA = 'rules §1 keyArea; rules §A7, §4'
const SPOUSE = 'rules §1 spouse; rules §A10'

const AS_OF = '2026-06-15'

const shortageCases: LawCase[] = [
  {
    cite: SHORT,
    name: 'shortage major with education none → 0, shortageMajorNeedsEducation',
    asOf: AS_OF,
    profile: { shortageMajor: true, education: 'none', fullTimeStudy: true },
    expect: {
      items: { shortageMajor: 0 },
      reasons: { shortageMajor: 'conditionNotMet' },
      findings: [{ code: 'shortageMajorNeedsEducation', item: 'shortageMajor', params: { education: 'none' } }],
    },
  },
  {
    cite: SHORT,
    name: 'shortage major with associate (full-time) → 30, no findings on the item',
    asOf: AS_OF,
    profile: { shortageMajor: true, education: 'associate', fullTimeStudy: true },
    expect: {
      items: { shortageMajor: 30, education: 50 },
      noFindings: ['shortageMajorNeedsEducation', 'shortageMajorNotFullTime', { code: 'missingFact', item: 'shortageMajor' }],
    },
  },
  {
    cite: SHORT,
    name: 'shortage major with doctorate → 30',
    asOf: AS_OF,
    profile: { shortageMajor: true, education: 'doctorate', fullTimeStudy: true },
    expect: { items: { shortageMajor: 30 } },
  },
  {
    cite: `${SHORT}; format §1 fullTimeStudy drives pitfall findings`,
    name: 'associate not full-time → still 30, with shortageMajorNotFullTime',
    asOf: AS_OF,
    profile: { shortageMajor: true, education: 'associate', fullTimeStudy: false },
    expect: { items: { shortageMajor: 30 }, findings: [{ code: 'shortageMajorNotFullTime', item: 'shortageMajor' }] },
  },
  {
    cite: `${SHORT}; format §1 fullTimeStudy`,
    name: 'study mode not given → 30, with missingFact(fullTimeStudy)',
    asOf: AS_OF,
    profile: { shortageMajor: true, education: 'associate' },
    expect: { items: { shortageMajor: 30 }, findings: [{ code: 'missingFact', item: 'shortageMajor', params: { field: 'fullTimeStudy' } }] },
  },
  {
    cite: `${SHORT}; rules §1 (pick one)`,
    name: 'education level counts even when pick-one zeroes the education item (associate + skill3) → 30',
    asOf: AS_OF,
    profile: { shortageMajor: true, education: 'associate', fullTimeStudy: true, qualification: 'skill3' },
    expect: { items: { shortageMajor: 30, education: 0, qualification: 60 }, total: 90 },
  },
  {
    cite: SHORT,
    name: 'education not given → 0, reason missing',
    asOf: AS_OF,
    profile: { shortageMajor: true, fullTimeStudy: true },
    expect: { items: { shortageMajor: 0 }, reasons: { shortageMajor: 'missing' } },
  },
  {
    cite: SHORT,
    name: 'not claimed → 0',
    asOf: AS_OF,
    profile: { shortageMajor: false, education: 'associate' },
    expect: { items: { shortageMajor: 0 }, reasons: { shortageMajor: 'notClaimed' } },
  },
]

// min(100, max(10 × floor(tax / 100000), 10 × floor(hires / 10))); finding when uncapped > 100.
const investmentCases: LawCase[] = (
  [
    [99999, 0, 0],
    [100000, 0, 10],
    [199999.99, 0, 10],
    [250000, 0, 20],
    [0, 9, 0],
    [0, 9.99, 0],
    [0, 10, 10],
    [0, 19.5, 10],
    [300000, 50, 50], // the higher route: 30 vs 50
    [700000, 20, 70], // 70 vs 20
    [1000000, 0, 100], // uncapped exactly 100: no finding
    [0, 100, 100],
  ] as [number, number, number][]
)
  .map(
    ([tax, hires, pts]): LawCase => ({
      cite: INV,
      name: `tax ${tax}, hires ${hires} → ${pts}`,
      asOf: AS_OF,
      profile: { investment: { avgAnnualTax: tax, avgLocalHires: hires } },
      expect: { items: { investment: pts }, total: pts, noFindings: ['investmentCapDoubt'] },
    }),
  )
  .concat([
    {
      cite: `${INV} (cap 100; finding above); rules §Q7`,
      name: 'tax 1,100,000 → uncapped 110, capped at 100, investmentCapDoubt',
      asOf: AS_OF,
      profile: { investment: { avgAnnualTax: 1_100_000 } },
      expect: { items: { investment: 100 }, findings: [{ code: 'investmentCapDoubt', item: 'investment', params: { uncapped: 110, cap: 100, altCap: 120 } }] },
    },
    {
      cite: `${INV} (cap 100; finding above)`,
      name: 'hires 125 → uncapped 120, capped at 100, investmentCapDoubt',
      asOf: AS_OF,
      profile: { investment: { avgLocalHires: 125 } },
      expect: { items: { investment: 100 }, findings: [{ code: 'investmentCapDoubt', params: { uncapped: 120 } }] },
    },
    {
      cite: INV,
      name: 'no investment → 0, not claimed',
      asOf: AS_OF,
      profile: {},
      expect: { items: { investment: 0 }, reasons: { investment: 'notClaimed' } },
    },
  ])

const publicServiceCases: LawCase[] = [
  {
    cite: PUB,
    name: '5 full years minus a day (since 2021-06-16) → 0',
    asOf: AS_OF,
    profile: { publicServiceSince: '2021-06-16' },
    expect: { items: { publicService: 0 }, reasons: { publicService: 'conditionNotMet' }, noFindings: ['publicServiceCapDoubt'] },
  },
  {
    cite: `${PUB} (y ≥ 5 → 4 × y); rules §Q4`,
    name: 'exactly 5 full years (since 2021-06-15) → 20, with publicServiceCapDoubt',
    asOf: AS_OF,
    profile: { publicServiceSince: '2021-06-15' },
    expect: { items: { publicService: 20 }, total: 20, findings: [{ code: 'publicServiceCapDoubt', item: 'publicService' }] },
  },
  {
    cite: PUB,
    name: '6 full years → 24',
    asOf: AS_OF,
    profile: { publicServiceSince: '2020-06-15' },
    expect: { items: { publicService: 24 } },
  },
  {
    cite: `${PUB} (no cap)`,
    name: '12 full years → 48, not capped',
    asOf: AS_OF,
    profile: { publicServiceSince: '2014-01-01' },
    expect: { items: { publicService: 48 } },
  },
  {
    cite: PUB,
    name: 'a start date after asOf → 0 with dateAfterAsOf',
    asOf: AS_OF,
    profile: { publicServiceSince: '2026-06-16' },
    expect: { items: { publicService: 0 }, findings: [{ code: 'dateAfterAsOf', item: 'publicService', params: { field: 'publicServiceSince' } }] },
  },
]

const keyAreaCases: LawCase[] = [
  ...(['newTown', 'transformation'] as const).flatMap((kind): LawCase[] => [
    {
      cite: `${AREA} (gate 5 years for ${kind})`,
      name: `${kind}: 5 full years minus a day → 0`,
      asOf: AS_OF,
      profile: { keyArea: { kind, since: '2021-06-16' } },
      expect: { items: { keyArea: 0 }, reasons: { keyArea: 'conditionNotMet' }, noFindings: ['keyAreaLingangGate'] },
    },
    {
      cite: `${AREA} (gate 5 years for ${kind})`,
      name: `${kind}: exactly 5 full years → 2 × 5 = 10`,
      asOf: AS_OF,
      profile: { keyArea: { kind, since: '2021-06-15' } },
      expect: { items: { keyArea: 10 }, total: 10 },
    },
    {
      cite: `${AREA} (min(20, 2 × y))`,
      name: `${kind}: 12 full years → min(20, 24) = 20`,
      asOf: AS_OF,
      profile: { keyArea: { kind, since: '2014-06-15' } },
      expect: { items: { keyArea: 20 } },
    },
  ]),
  // Lingang: gate 5 before 2019-11-01, 3 from 2019-11-01, 0 from 2024-08-21 (by asOf).
  {
    cite: `${AREA} (Lingang gate 5 before 2019-11-01)`,
    name: 'Lingang on 2019-10-31, 3 full years → gate 5 → 0',
    asOf: '2019-10-31',
    profile: { keyArea: { kind: 'lingang', since: '2016-10-31' } },
    expect: { items: { keyArea: 0 }, findings: [{ code: 'keyAreaLingangGate', item: 'keyArea', params: { gate: 5 } }] },
  },
  {
    cite: `${AREA} (Lingang gate 3 from 2019-11-01)`,
    name: 'Lingang on 2019-11-01, 3 full years → gate 3 → 6',
    asOf: '2019-11-01',
    profile: { keyArea: { kind: 'lingang', since: '2016-10-31' } },
    expect: { items: { keyArea: 6 }, findings: [{ code: 'keyAreaLingangGate', params: { gate: 3 } }] },
  },
  {
    cite: `${AREA} (Lingang gate 3 from 2019-11-01)`,
    name: 'Lingang on 2024-08-20, 1 full year → gate 3 → 0',
    asOf: '2024-08-20',
    profile: { keyArea: { kind: 'lingang', since: '2023-08-20' } },
    expect: { items: { keyArea: 0 }, findings: [{ code: 'keyAreaLingangGate', params: { gate: 3 } }] },
  },
  {
    cite: `${AREA} (Lingang gate 0 from 2024-08-21); rules §Q3`,
    name: 'Lingang on 2024-08-21, 1 full year → gate 0 → 2',
    asOf: '2024-08-21',
    profile: { keyArea: { kind: 'lingang', since: '2023-08-20' } },
    expect: { items: { keyArea: 2 }, findings: [{ code: 'keyAreaLingangGate', item: 'keyArea', params: { gate: 0 } }] },
  },
  {
    cite: `${AREA} (Lingang gate 0)`,
    name: 'Lingang, under one full year → 0',
    asOf: AS_OF,
    profile: { keyArea: { kind: 'lingang', since: '2025-06-16' } },
    expect: { items: { keyArea: 0 } },
  },
  {
    cite: `${AREA} (min(20, 2 × y))`,
    name: 'Lingang, 10 full years → 20 (cap reached exactly)',
    asOf: AS_OF,
    profile: { keyArea: { kind: 'lingang', since: '2016-06-15' } },
    expect: { items: { keyArea: 20 } },
  },
  {
    cite: AREA,
    name: 'a start date after asOf → 0 with dateAfterAsOf',
    asOf: AS_OF,
    profile: { keyArea: { kind: 'newTown', since: '2027-01-01' } },
    expect: { items: { keyArea: 0 }, findings: [{ code: 'dateAfterAsOf', item: 'keyArea' }] },
  },
]

const otherCases: LawCase[] = [
  {
    cite: 'rules §1 freshGraduate; rules §A8, §Q9',
    name: 'fresh graduate → 10, with freshGraduateWindow',
    asOf: AS_OF,
    profile: { freshGraduate: true },
    expect: { items: { freshGraduate: 10 }, total: 10, findings: [{ code: 'freshGraduateWindow', item: 'freshGraduate' }] },
  },
  {
    cite: 'rules §1 freshGraduate',
    name: 'not a fresh graduate → 0',
    asOf: AS_OF,
    profile: { freshGraduate: false },
    expect: { items: { freshGraduate: 0 }, noFindings: ['freshGraduateWindow'] },
  },
  ...(
    [
      ['none', 0],
      ['municipalSpecial', 30],
      ['municipalComprehensive', 60],
      ['national', 110],
    ] as const
  ).map(
    ([award, pts]): LawCase => ({
      cite: 'rules §1 award; rules §A9',
      name: `award ${award} → ${pts}`,
      asOf: AS_OF,
      profile: { award },
      expect: { items: { award: pts }, total: pts },
    }),
  ),
  {
    cite: SPOUSE,
    name: 'married 9 full years (10 minus a day) → 36',
    asOf: AS_OF,
    profile: { spouseHukouSince: '2016-06-16' },
    expect: { items: { spouse: 36 } },
  },
  {
    cite: `${SPOUSE} (min(40, 4 × y))`,
    name: 'married exactly 10 years → 40',
    asOf: AS_OF,
    profile: { spouseHukouSince: '2016-06-15' },
    expect: { items: { spouse: 40 }, total: 40 },
  },
  {
    cite: `${SPOUSE} (min(40, 4 × y))`,
    name: 'married 20 years → capped at 40',
    asOf: AS_OF,
    profile: { spouseHukouSince: '2006-06-15' },
    expect: { items: { spouse: 40 } },
  },
  {
    cite: SPOUSE,
    name: 'married on asOf (0 full years) → 0',
    asOf: AS_OF,
    profile: { spouseHukouSince: AS_OF },
    expect: { items: { spouse: 0 }, reasons: { spouse: 'conditionNotMet' } },
  },
  {
    cite: SPOUSE,
    name: 'married 1 full year → 4',
    asOf: AS_OF,
    profile: { spouseHukouSince: '2025-06-15' },
    expect: { items: { spouse: 4 } },
  },
  {
    cite: SPOUSE,
    name: 'a marriage date after asOf → 0 with dateAfterAsOf',
    asOf: AS_OF,
    profile: { spouseHukouSince: '2026-07-01' },
    expect: { items: { spouse: 0 }, findings: [{ code: 'dateAfterAsOf', item: 'spouse', params: { field: 'spouseHukouSince' } }] },
  },
  ...(
    [
      ['none', 0],
      ['startupFounder', 120],
      ['techTransfer', 120],
    ] as const
  ).map(
    ([innovation, pts]): LawCase => ({
      cite: 'rules §1 innovation; rules §A1–A2',
      name: `innovation ${innovation} → ${pts}`,
      asOf: AS_OF,
      profile: { innovation },
      expect: { items: { innovation: pts }, total: pts, meetsThreshold: pts >= 120 },
    }),
  ),
]

describe('bonus indicators (加分指标)', () => {
  describe('shortage major (紧缺急需专业)', () => it.each(shortageCases)('$cite: $name', checkCase))
  describe('investment (投资纳税/带动就业)', () => it.each(investmentCases)('$cite: $name', checkCase))
  describe('public service (特定公共服务领域)', () => it.each(publicServiceCases)('$cite: $name', checkCase))
  describe('key area (远郊重点区域)', () => {
    it.each(keyAreaCases)('$cite: $name', checkCase)
    it('rules §4, §Q3: a Lingang claim makes the key-area item uncertain (its gate is in doubt); a new town or transformation area does not', () => {
      const uncertain = (kind: 'lingang' | 'newTown' | 'transformation') =>
        assessCase({ asOf: AS_OF, profile: { keyArea: { kind, since: '2016-06-15' } } }).items.find((i) => i.id === 'keyArea')!.uncertain
      expect([uncertain('lingang'), uncertain('newTown'), uncertain('transformation')]).toEqual([true, false, false])
    })
  })
  describe('fresh graduate, award, spouse, innovation', () => it.each(otherCases)('$cite: $name', checkCase))
})
