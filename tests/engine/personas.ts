// Typical applicants with their full expected breakdown, every item worked out by hand from
// docs/rules.md §1 (the working is in the comments), and the exact set of findings.
//
// All assessed on asOf 2026-11-27 (sh-2023): the asOf month 2026-11 does not count, so
//   the 12 months before asOf are 2025-11…2026-10,
//   the 36 months are 2023-11…2026-10, the 48 months 2022-11…2026-10;
//   reference wages in the 48: 2022-11…2023-06 11396, 2023-07…2024-06 12183, 2024-07…2025-06 12307,
//   2025-07…2026-06 12434, 2026-07…2026-10 12434 as an estimate (after the table → finding).
//
// The data only: tests/engine/personas.test.ts checks the breakdowns; other tests (the CLI's
// JSON writer) use the profiles.
import { ITEM_IDS, type ItemId, type Status } from '../../src/engine/types'
import type { Profile } from '../../src/engine/schema'

export interface Persona {
  name: string
  profile: Omit<Profile, 'version'>
  items: Record<ItemId, number>
  total: number
  meetsThreshold: boolean
  status: Status
  /** Exactly these findings, as "code" or "code@item". */
  findings: string[]
}

export const AS_OF = '2026-11-27'
const ZERO: Record<ItemId, number> = Object.fromEntries(ITEM_IDS.map((id) => [id, 0])) as Record<ItemId, number>

export const personas: Persona[] = [
  {
    name: 'fresh master’s graduate, first job since July',
    profile: {
      birthDate: '2000-03-10',
      education: 'master',
      fullTimeStudy: true,
      qualification: 'none',
      freshGraduate: true,
      socialInsurance: [{ from: '2026-07', to: '2026-11', base: 10000 }],
    },
    items: {
      ...ZERO,
      age: 30, // 26 → ≤43 → 30
      education: 100, // master
      socialInsuranceYears: 0, // 2026-07…2026-10 = 4 months (2026-11 is the asOf month) → floor(4/12) = 0
      contributionBase: 0, // 4 months, far from 24 or 36
      freshGraduate: 10,
    },
    total: 140, // 30 + 100 + 10
    meetsThreshold: true,
    status: 'notEligible', // 4 of the 12 months before 2026-11 paid (2026-07…10) < 6
    findings: [
      'monthsAfterAsOfIgnored@socialInsuranceYears', // 2026-11
      'referenceWageEstimated@contributionBase', // 2026-07…10 are after the table
      'freshGraduateWindow@freshGraduate',
      'eligibilitySixMonths', // 4 of the 12 months before asOf
    ],
  },
  {
    name: '大专 technician, full-time shortage major, skill level 3',
    profile: {
      birthDate: '1994-08-20',
      education: 'associate',
      fullTimeStudy: true,
      shortageMajor: true,
      qualification: 'skill3',
      socialInsurance: [{ from: '2019-07', to: '2026-10', base: 10000 }],
    },
    items: {
      ...ZERO,
      age: 30, // 32
      education: 0, // associate 50 < skill3 60: pick one → qualification keeps
      qualification: 60, // skill3 has no base condition
      socialInsuranceYears: 21, // 2019-07…2026-10 = 84 + 4 = 88 months → 7 years → 21
      shortageMajor: 30, // education associate ≥ associate (the level, not the item's points)
      contributionBase: 25, // 10000 ≥ 0.8× every month (max 9947.2) and < 1× (min 11396): 48 at ≥0.8 → 25
    },
    total: 166, // 30 + 60 + 21 + 30 + 25
    meetsThreshold: true,
    status: 'meets',
    // 10000 × 0.97 = 9700 < 0.8 × 12183 = 9746.4 (2023-07 on): only 2022-11…2023-06 (8 months) stay
    // at ≥ 0.8× → the 25 points of contributionBase are at risk.
    findings: ['pickOne@education', 'referenceWageEstimated@contributionBase', 'thinMargin'],
  },
  {
    name: 'mid-career 本科+学士 at about 1× with a three-month gap between jobs',
    profile: {
      birthDate: '1988-12-01',
      education: 'bachelorDegree',
      fullTimeStudy: true,
      qualification: 'none',
      socialInsurance: [
        { from: '2014-07', to: '2019-12', base: 9000 },
        { from: '2020-04', to: '2026-10', base: 13000 },
      ],
    },
    items: {
      ...ZERO,
      age: 30, // 37 (turns 38 on 2026-12-01)
      education: 90,
      socialInsuranceYears: 36, // 66 (2014-07…2019-12) + 79 (2020-04…2026-10) = 145 months → 12 years → 36
      contributionBase: 50, // 13000 ≥ 1× every month (max 12434), < 2×: 48 at ≥1 → 50
    },
    total: 206, // 30 + 90 + 36 + 50
    meetsThreshold: true,
    status: 'meets', // 13000 × 0.97 = 12610 ≥ 12434: no thin margin
    findings: [
      'socialInsuranceGap@socialInsuranceYears', // 2020-01…03
      'socialInsuranceYearsCapDoubt@socialInsuranceYears', // 36 > 30
      'referenceWageEstimated@contributionBase',
    ],
  },
  {
    name: 'senior title holder at the 3× ceiling, married to a Shanghai hukou holder for 11 years',
    profile: {
      birthDate: '1980-05-05',
      education: 'doctorate',
      fullTimeStudy: true,
      qualification: 'titleSenior',
      socialInsurance: [{ from: '2008-09', to: '2026-10', base: 40000 }],
      spouseHukouSince: '2015-10-01',
    },
    items: {
      ...ZERO,
      age: 25, // 46 → 5 + 2×(56−46) = 25
      education: 0, // doctorate 110 < titleSenior 140 → qualification keeps
      qualification: 140, // 12 of 12 months at ≥1× (40000 ≥ 12434)
      socialInsuranceYears: 54, // 4 + 17×12 + 10 = 218 months → 18 years → 54
      contributionBase: 120, // 36 of 36 months ≥ 3×ref − 1 (max 37301) ≥ 24 → 120
      spouse: 40, // 11 full years → min(40, 44)
    },
    total: 379, // 25 + 140 + 54 + 120 + 40
    meetsThreshold: true,
    status: 'meets', // every month at the 3× ceiling keeps its base
    findings: [
      'pickOne@education',
      'socialInsuranceYearsCapDoubt@socialInsuranceYears',
      'referenceWageEstimated@qualification', // the 1× check uses 2026-07…10
      'referenceWageEstimated@contributionBase',
    ],
  },
  {
    name: 'older worker (56), part-time 大专, skill level 4, one detention',
    profile: {
      birthDate: '1970-03-01',
      education: 'associate',
      fullTimeStudy: false,
      qualification: 'skill4',
      socialInsurance: [{ from: '2001-01', to: '2026-10', base: 7000 }],
      deductions: { detentions: 1 },
    },
    items: {
      ...ZERO,
      age: 5, // 56 → 5
      education: 50, // associate 50 > skill4 30
      qualification: 0, // dropped by pick one
      socialInsuranceYears: 75, // 25×12 + 10 = 310 months → 25 years → 75
      contributionBase: 0, // 7000 < 0.8× every month (min 9116.8)
      detentions: -50,
    },
    total: 80, // 5 + 50 + 75 − 50
    meetsThreshold: false,
    status: 'below',
    findings: [
      'pickOne@qualification',
      'socialInsuranceYearsCapDoubt@socialInsuranceYears',
      'referenceWageEstimated@contributionBase',
      'deductionWindows',
    ],
  },
  {
    name: 'bachelor (no degree) working and living in Lingang, married to a Shanghai hukou holder for 7 years',
    profile: {
      birthDate: '1992-01-15',
      education: 'bachelor',
      fullTimeStudy: true,
      qualification: 'none',
      socialInsurance: [{ from: '2020-06', to: '2026-10', base: 12500 }],
      keyArea: { kind: 'lingang', since: '2023-03-01' },
      spouseHukouSince: '2019-11-27',
    },
    items: {
      ...ZERO,
      age: 30, // 34
      education: 60,
      socialInsuranceYears: 18, // 7 + 60 + 10 = 77 months → 6 years → 18
      contributionBase: 50, // 12500 ≥ 1× every month (max 12434), < 2× → 48 at ≥1 → 50
      keyArea: 6, // 3 full years; Lingang gate 0 from 2024-08-21 → min(20, 2×3) = 6
      spouse: 28, // exactly 7 full years on asOf → 28
    },
    total: 192, // 30 + 60 + 18 + 50 + 6 + 28
    meetsThreshold: true,
    status: 'meets',
    // 12500 × 0.97 = 12125 < 12183 (2023-07 on): 1× falls to 0.8× → 50 − 25 = 25 points at risk.
    findings: ['keyAreaLingangGate@keyArea', 'referenceWageEstimated@contributionBase', 'thinMargin'],
  },
]
