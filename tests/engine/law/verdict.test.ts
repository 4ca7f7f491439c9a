// Law cases for the verdict (rules §11): the status, first that holds of vetoed, incomplete,
// notEligible, meets, below; the currently-paying warning; the thin margin. Both sides of every
// boundary. Numbers derived by hand on the fixture wage table (tests/fixtures/wages.ts):
// 11396 (2022-07…2023-06), 12183 (2023-07…2024-06), 12307 (2024-07…2025-06), 12434 (2025-07 on,
// an estimate from 2026-07).
import { describe, expect, it } from 'vitest'
import { assessCase, checkCase, type LawCase } from './law-case'

const AS_OF = '2026-11-27'
// 12 months before 2026-11: 2025-11…2026-10.
const FULL: LawCase['profile'] = { birthDate: '1990-05-01', education: 'bachelorDegree', socialInsurance: [{ from: '2020-01', to: '2026-10', base: 5000 }] }

const FROM_16 = [{ from: '2024-11', to: '2026-10', base: 5000 }]

const cases: LawCase[] = [
  // ── vetoed first ────────────────────────────────────────────────────────────────────────
  { cite: '§3a vetoed', name: 'a serious crime vetoes even an empty profile', asOf: AS_OF, profile: { seriousCrime: true }, expect: { status: 'vetoed', vetoed: true } },
  { cite: '§3a vetoed', name: 'seriousCrime false is no veto', asOf: AS_OF, profile: { ...FULL, seriousCrime: false }, expect: { status: 'meets' } },

  // ── incomplete ──────────────────────────────────────────────────────────────────────────
  {
    cite: '§3a incomplete',
    name: 'born 1998, 本科+学士, nothing else: 120 points but incomplete (no social insurance), not meets',
    asOf: AS_OF,
    profile: { birthDate: '1998-01-01', education: 'bachelorDegree' },
    expect: {
      total: 120, // 30 + 90
      meetsThreshold: true,
      status: 'incomplete',
      findings: [{ code: 'statusIncomplete', severity: 'error', params: { fields: 'socialInsurance', total: 120 } }],
    },
  },
  {
    cite: '§3a incomplete',
    name: 'no birth date',
    asOf: AS_OF,
    profile: { education: FULL.education, socialInsurance: FULL.socialInsurance },
    expect: { status: 'incomplete', findings: [{ code: 'statusIncomplete', params: { fields: 'birthDate' } }] },
  },
  {
    cite: '§3a incomplete',
    name: 'no education',
    asOf: AS_OF,
    profile: { birthDate: FULL.birthDate, socialInsurance: FULL.socialInsurance },
    expect: { status: 'incomplete', findings: [{ code: 'statusIncomplete', params: { fields: 'education' } }] },
  },
  {
    cite: '§3a incomplete',
    name: 'an empty social-insurance list counts as absent; all three missing are named in order',
    asOf: AS_OF,
    profile: { socialInsurance: [] },
    expect: { status: 'incomplete', findings: [{ code: 'statusIncomplete', params: { fields: 'birthDate,education,socialInsurance' } }] },
  },
  {
    cite: '§3a incomplete',
    name: 'education "none" is an answer, not a missing fact',
    asOf: AS_OF,
    profile: { ...FULL, education: 'none' },
    expect: { status: 'below', noFindings: ['statusIncomplete'] },
  },

  // ── notEligible: 6 of the 12 months before asOf ─────────────────────────────────────────
  {
    cite: '§3a notEligible',
    name: '5 of 12 months (2026-06…10): not eligible; paying on, 2025-12…2026-11 holds 6 → from 2026-12-01',
    asOf: AS_OF,
    profile: { ...FULL, socialInsurance: [{ from: '2026-06', to: '2026-10', base: 5000 }] },
    expect: {
      total: 120,
      status: 'notEligible',
      findings: [{ code: 'eligibilitySixMonths', severity: 'error', params: { months: 5, required: 6, eligibleFrom: '2026-12-01' } }],
    },
  },
  {
    cite: '§3a notEligible',
    name: '6 of 12 months (2026-05…10): eligible, 120 → meets',
    asOf: AS_OF,
    profile: { ...FULL, socialInsurance: [{ from: '2026-05', to: '2026-10', base: 5000 }] },
    expect: { total: 120, status: 'meets', noFindings: ['eligibilitySixMonths'] },
  },
  {
    cite: '§3a notEligible',
    name: '2025-10 is outside the window: 1 + 5 months count as 5',
    asOf: AS_OF,
    profile: {
      ...FULL,
      socialInsurance: [
        { from: '2025-10', to: '2025-10', base: 5000 },
        { from: '2026-06', to: '2026-10', base: 5000 },
      ],
    },
    expect: { status: 'notEligible', findings: [{ code: 'eligibilitySixMonths', params: { months: 5 } }] },
  },
  {
    cite: '§3a notEligible',
    name: '2025-11 is inside the window: 1 + 5 months count as 6',
    asOf: AS_OF,
    profile: {
      ...FULL,
      socialInsurance: [
        { from: '2025-11', to: '2025-11', base: 5000 },
        { from: '2026-06', to: '2026-10', base: 5000 },
      ],
    },
    expect: { status: 'meets', noFindings: ['eligibilitySixMonths'] },
  },
  {
    cite: '§3a notEligible',
    name: 'an old history only: nothing in the window; paying from 2026-11, 2026-11…2027-04 makes 6 → 2027-05-01',
    asOf: AS_OF,
    profile: { ...FULL, socialInsurance: [{ from: '2010-01', to: '2020-12', base: 5000 }] },
    expect: {
      status: 'notEligible',
      findings: [
        { code: 'eligibilitySixMonths', params: { months: 0, eligibleFrom: '2027-05-01' } },
        { code: 'notCurrentlyPaying', severity: 'warning', params: { month: '2026-10' } },
      ],
    },
  },

  // ── notEligible: age 18–60 on asOf ──────────────────────────────────────────────────────
  // Paying since the month of the 16th birthday (no earlier month is valid): 24 months → 6.
  { cite: '§3a notEligible age', name: '18 on the day (born 2008-11-27): eligible (30 + 90 + 6 = 126)', asOf: AS_OF, profile: { ...FULL, birthDate: '2008-11-27', socialInsurance: FROM_16 }, expect: { status: 'meets', noFindings: ['notEligibleAge'] } },
  {
    cite: '§3a notEligible age',
    name: '17, 18 the next day (born 2008-11-28): not eligible until 2026-11-28',
    asOf: AS_OF,
    profile: { ...FULL, birthDate: '2008-11-28', socialInsurance: FROM_16 },
    expect: { status: 'notEligible', findings: [{ code: 'notEligibleAge', severity: 'error', params: { age: 17, eligibleFrom: '2026-11-28' } }] },
  },
  {
    cite: '§3a notEligible age',
    name: '60 on the day (born 1966-11-27): eligible (age 5 + 90 + 3 × 6 = 113 → below)',
    asOf: AS_OF,
    profile: { ...FULL, birthDate: '1966-11-27' },
    expect: { total: 113, status: 'below', noFindings: ['notEligibleAge'] },
  },
  {
    cite: '§3a notEligible age',
    name: '61 (born 1965-11-27): not eligible, with no date',
    asOf: AS_OF,
    profile: { ...FULL, birthDate: '1965-11-27' },
    expect: { status: 'notEligible', findings: [{ code: 'notEligibleAge', params: { age: 61 } }] },
  },

  // ── meets / below at exactly 120 ────────────────────────────────────────────────────────
  // 2026-01…2026-10: 10 months → 0 SI years; 5000 < 0.8× → 0 for the base.
  {
    cite: '§3a meets',
    name: 'exactly 120 (43 → 30, 本科+学士 90): meets',
    asOf: AS_OF,
    profile: { ...FULL, birthDate: '1982-11-28', socialInsurance: [{ from: '2026-01', to: '2026-10', base: 5000 }] },
    expect: { total: 120, status: 'meets' },
  },
  {
    cite: '§3a below',
    name: '119 (44 on the day → 29, + 90): below',
    asOf: AS_OF,
    profile: { ...FULL, birthDate: '1982-11-27', socialInsurance: [{ from: '2026-01', to: '2026-10', base: 5000 }] },
    expect: { total: 119, status: 'below' },
  },

  // ── currently paying ────────────────────────────────────────────────────────────────────
  { cite: '§3a currently paying', name: 'the month before asOf paid: no warning', asOf: AS_OF, profile: FULL, expect: { noFindings: ['notCurrentlyPaying'] } },
  {
    cite: '§3a currently paying',
    name: 'the history ends in 2026-09: a warning for 2026-10, status unchanged',
    asOf: AS_OF,
    profile: { ...FULL, socialInsurance: [{ from: '2020-01', to: '2026-09', base: 5000 }] },
    expect: { status: 'meets', findings: [{ code: 'notCurrentlyPaying', severity: 'warning', params: { month: '2026-10' } }] },
  },

  // ── 五个新城 from 2021-03-02 ─────────────────────────────────────────────────────────────
  {
    cite: '§2 keyArea newTown',
    name: '2021-03-01, the day before the policy: 0 with a finding',
    asOf: '2021-03-01',
    profile: { keyArea: { kind: 'newTown', since: '2015-01-01' } },
    expect: { items: { keyArea: 0 }, reasons: { keyArea: 'conditionNotMet' }, findings: [{ code: 'keyAreaNotInForce', item: 'keyArea', params: { from: '2021-03-02' } }] },
  },
  {
    cite: '§2 keyArea newTown',
    name: '2021-03-02: 6 full years since 2015-01-01 ≥ 5 → 2 × 6 = 12',
    asOf: '2021-03-02',
    profile: { keyArea: { kind: 'newTown', since: '2015-01-01' } },
    expect: { items: { keyArea: 12 }, noFindings: ['keyAreaNotInForce'] },
  },
  {
    cite: '§2 keyArea',
    name: 'a transformation area before 2021-03-02 still scores (the date is the new towns’ only)',
    asOf: '2021-03-01',
    profile: { keyArea: { kind: 'transformation', since: '2015-01-01' } },
    expect: { items: { keyArea: 12 } },
  },
]

describe('the verdict (status) and its findings', () => {
  it.each(cases)('$cite: $name', (c) => checkCase(c))
})

describe('thin margin (§3a): points that a 3 % lower base removes', () => {
  // Age 36 → 30; 大专 50 vs 技能二级 100 (pick one); 2019-01…2026-10 = 94 months → 7 years → 21.
  const skilled = (base: number) =>
    assessCase({
      asOf: AS_OF,
      profile: { birthDate: '1990-05-01', education: 'associate', qualification: 'skill2', socialInsurance: [{ from: '2019-01', to: '2026-10', base }] },
    })
  const thin = (a: ReturnType<typeof skilled>) => a.findings.find((f) => f.code === 'thinMargin')

  it('技能二级 at 1.005× (12,497 vs 12,434): 201 points, 75 at risk on the qualification and the base', () => {
    // 12497 ≥ 1× in all 48 months → 50; 12 of 12 at ≥ 1× → skill2 100. Total 30 + 100 + 21 + 50 = 201.
    // × 0.97 = 12122.09: ≥ 1× only for 2022-11…2023-06 (8 months) → 0.8× band 25; 0 months at 1× in
    // the last 12 → skill2 0, 大专 50 counts. 30 + 50 + 21 + 25 = 126 → 75 at risk.
    const a = skilled(12497)
    expect(a.total).toBe(201)
    expect(a.status).toBe('meets')
    const f = thin(a)!
    expect(f.severity).toBe('warning')
    expect(f.params?.atRisk).toBe(75)
    expect(f.items).toEqual(['qualification', 'contributionBase'])
  })

  it('12,818 (× 0.97 = 12,433.46 < 12,434) is still at risk: 75', () => {
    expect(thin(skilled(12818))?.params?.atRisk).toBe(75)
  })

  it('12,819 (× 0.97 = 12,434.43 ≥ 12,434) is safe: no finding', () => {
    const a = skilled(12819)
    expect(a.total).toBe(201)
    expect(thin(a)).toBeUndefined()
  })

  it('months at the 3× ceiling keep their base: 37,302 everywhere (≥ 3 × 12,434 − 1) loses nothing', () => {
    // Scaled, 37302 × 0.97 = 36183 < 3 × 12183 − 1 would lose the 3× route (120 → 100); the
    // ceiling exception keeps it.
    const a = assessCase({
      asOf: AS_OF,
      profile: { birthDate: '1990-05-01', education: 'master', socialInsurance: [{ from: '2019-01', to: '2026-10', base: 37302 }] },
    })
    expect(a.items.find((i) => i.id === 'contributionBase')!.points).toBe(120)
    expect(thin(a)).toBeUndefined()
  })

  it('a base just under the 3× line is not at the ceiling: 37,300 at 2025-07 on (3 × 12,434 − 1 = 37,301) is scaled', () => {
    // 2023-11…2026-10 (36 months): 37300 ≥ 3 × 12183 − 1 = 36548 (8 months) and ≥ 3 × 12307 − 1 = 36920
    // (12 months): 20 months at 3× < 24 → no 3× route; 48 months ≥ 2× → 100. Scaled: 36181 ≥ 2 × 12434
    // → still 100. Nothing at risk: the finding is absent although the base was scaled.
    const a = assessCase({
      asOf: AS_OF,
      profile: { birthDate: '1990-05-01', education: 'master', socialInsurance: [{ from: '2019-01', to: '2026-10', base: 37300 }] },
    })
    expect(a.items.find((i) => i.id === 'contributionBase')!.points).toBe(100)
    expect(thin(a)).toBeUndefined()
  })

  it('nothing near a line (5,000, under every band): no finding', () => {
    expect(assessCase({ asOf: AS_OF, profile: FULL }).findings.some((f) => f.code === 'thinMargin')).toBe(false)
  })
})
