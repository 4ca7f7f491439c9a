// Education (教育背景), professional title / skill level (专业技术职称和技能等级), and the pick-one
// rule between them. Spec §2 `education`, `qualification`, "(pick one)".
import { describe, it } from 'vitest'
import { checkCase, type LawCase } from './law-case'
import type { Education, Qualification } from '../../../src/engine/schema'

const EDU = 'rules §1 education; rules §B2'
const QUAL = 'rules §1 qualification; rules §B3'
const COND = 'rules §1 qualification (≥6 of the 12 months before asOf at ≥1× reference wage)'
const PICK = 'rules §1 (pick one); rules §B2–B3'

// asOf 2026-03-15: the 12 months before asOf are 2025-03 … 2026-02. Reference wage (rules §1):
// 2025-03…2025-06 → 12307, 2025-07…2026-02 → 12434.
const AS_OF = '2026-03-15'
const at = (from: string, to: string, base: number) => ({ from, to, base })

const educationCases: LawCase[] = (
  [
    ['none', 0],
    ['associate', 50],
    ['bachelor', 60],
    ['bachelorDegree', 90],
    ['master', 100],
    ['doctorate', 110],
  ] as [Education, number][]
).map(([education, pts]) => ({
  cite: EDU,
  name: `${education} → ${pts}`,
  asOf: AS_OF,
  profile: { education, qualification: 'none' },
  expect: { items: { education: pts, qualification: 0 }, total: pts, reasons: { education: pts ? undefined : 'notClaimed' } },
}))

const qualificationCases: LawCase[] = [
  // skill5/4/3 have no base condition: they count with no social insurance at all.
  ...(
    [
      ['skill5', 15],
      ['skill4', 30],
      ['skill3', 60],
    ] as [Qualification, number][]
  ).map(([qualification, pts]) => ({
    cite: QUAL,
    name: `${qualification} → ${pts} without any base condition`,
    asOf: AS_OF,
    profile: { qualification, education: 'none' as const },
    expect: { items: { qualification: pts }, total: pts, noFindings: ['qualificationBaseCondition' as const] },
  })),
  // The four higher levels with exactly 6 months at exactly 1× (2025-09…2026-02 at 12434).
  ...(
    [
      ['skill2', 100],
      ['titleIntermediate', 100],
      ['skill1', 140],
      ['titleSenior', 140],
    ] as [Qualification, number][]
  ).flatMap(([qualification, pts]): LawCase[] => [
    {
      cite: COND,
      name: `${qualification} with 6 of 12 months at exactly 1× → ${pts}`,
      asOf: AS_OF,
      profile: { qualification, education: 'none', socialInsurance: [at('2025-09', '2026-02', 12434)] },
      expect: { items: { qualification: pts }, noFindings: ['qualificationBaseCondition'] },
    },
    {
      cite: COND,
      name: `${qualification} with 5 of 12 months at 1× → 0 with a finding`,
      asOf: AS_OF,
      profile: { qualification, education: 'none', socialInsurance: [at('2025-10', '2026-02', 12434)] },
      expect: {
        items: { qualification: 0 },
        reasons: { qualification: 'conditionNotMet' },
        findings: [{ code: 'qualificationBaseCondition', item: 'qualification', params: { months: 5, required: 6, window: 12 } }],
      },
    },
  ]),
  {
    cite: COND,
    name: 'the asOf month does not count: 2025-10…2026-03 is only 5 months before 2026-03-15 → 0',
    asOf: AS_OF,
    profile: { qualification: 'titleIntermediate', socialInsurance: [at('2025-10', '2026-03', 12434)] },
    expect: { items: { qualification: 0 }, findings: [{ code: 'qualificationBaseCondition', params: { months: 5 } }] },
  },
  {
    cite: COND,
    name: '12433.99 is below 1× of 12434: 6 months do not count → 0',
    asOf: AS_OF,
    profile: { qualification: 'titleIntermediate', socialInsurance: [at('2025-09', '2026-02', 12433.99)] },
    expect: { items: { qualification: 0 }, findings: [{ code: 'qualificationBaseCondition', params: { months: 0 } }] },
  },
  {
    cite: COND,
    name: 'the 13th month before asOf is outside the window: 2025-02…2025-07 gives 5 → 0',
    asOf: AS_OF,
    profile: { qualification: 'skill2', socialInsurance: [at('2025-02', '2025-07', 20000)] },
    expect: { items: { qualification: 0 }, findings: [{ code: 'qualificationBaseCondition', params: { months: 5 } }] },
  },
  {
    cite: COND,
    name: 'the 12th month before asOf is inside: 2025-03…2025-08 gives 6 → 100',
    asOf: AS_OF,
    profile: { qualification: 'skill2', socialInsurance: [at('2025-03', '2025-08', 20000)] },
    expect: { items: { qualification: 100 } },
  },
  {
    cite: COND,
    name: 'months need not be consecutive: 3 + 3 months at 20000 → 100',
    asOf: AS_OF,
    profile: { qualification: 'skill2', socialInsurance: [at('2025-03', '2025-05', 20000), at('2025-12', '2026-02', 20000)] },
    expect: { items: { qualification: 100 }, findings: [{ code: 'socialInsuranceGap' }] },
  },
  {
    cite: `${COND}; rules §1 reference wage by month`,
    name: 'each month against its own reference: base 12307 is 1× for 2025-03…06 (12307) but not 2025-07…08 (12434) → 4 months → 0',
    asOf: AS_OF,
    profile: { qualification: 'titleSenior', socialInsurance: [at('2025-03', '2025-08', 12307)] },
    expect: { items: { qualification: 0 }, findings: [{ code: 'qualificationBaseCondition', params: { months: 4 } }] },
  },
  {
    cite: `${COND}; rules §1 reference wage by month`,
    name: 'the same months at 12434 are all ≥1× → 6 months → 140',
    asOf: AS_OF,
    profile: { qualification: 'titleSenior', socialInsurance: [at('2025-03', '2025-08', 12434)] },
    expect: { items: { qualification: 140 } },
  },
  // Reference-wage switch inside 2019: 7832 up to 2019-10, 8211 from 2019-11. asOf 2020-05-15:
  // the 12 months before are 2019-05…2020-04. Base 8000 is ≥ 7832 but < 8211.
  {
    cite: `${COND}; rules §1 reference wage 2019-04…2019-10 7832`,
    name: '2019-05…2019-10 at 8000 (≥ 7832): 6 months → 100',
    asOf: '2020-05-15',
    profile: { qualification: 'titleIntermediate', socialInsurance: [at('2019-05', '2019-10', 8000)] },
    expect: { ruleset: 'sh-2018', items: { qualification: 100 } },
  },
  {
    cite: `${COND}; rules §1 reference wage 2019-11…2020-06 8211`,
    name: '2019-05…2019-09 and 2019-11 at 8000 (2019-11 < 8211): 5 months → 0',
    asOf: '2020-05-15',
    profile: { qualification: 'titleIntermediate', socialInsurance: [at('2019-05', '2019-09', 8000), at('2019-11', '2019-11', 8000)] },
    expect: { items: { qualification: 0 }, findings: [{ code: 'qualificationBaseCondition', params: { months: 5 } }] },
  },
  {
    cite: 'format §1 (missing facts score 0 with a missing finding)',
    name: 'no qualification → 0 with an info missingFact',
    asOf: AS_OF,
    profile: { education: 'bachelor' },
    expect: { items: { qualification: 0, education: 60 }, reasons: { qualification: 'missing' }, findings: [{ code: 'missingFact', item: 'qualification' }] },
  },
  {
    cite: 'format §1 (missing facts score 0 with a missing finding)',
    name: 'no education → 0 with missingFact(education)',
    asOf: AS_OF,
    profile: { qualification: 'none' },
    expect: { items: { education: 0 }, reasons: { education: 'missing' }, findings: [{ code: 'missingFact', item: 'education', params: { field: 'education' } }] },
  },
]

const pickOneCases: LawCase[] = [
  {
    cite: PICK,
    name: 'bachelorDegree 90 vs skill3 60: education keeps 90, qualification 0',
    asOf: AS_OF,
    profile: { education: 'bachelorDegree', qualification: 'skill3' },
    expect: {
      items: { education: 90, qualification: 0 },
      reasons: { qualification: 'excludedByPickOne', education: undefined },
      total: 90,
      findings: [{ code: 'pickOne', item: 'qualification', params: { kept: 'education', keptPoints: 90, droppedPoints: 60 } }],
    },
  },
  {
    cite: PICK,
    name: 'associate 50 vs skill3 60: qualification keeps 60, education 0',
    asOf: AS_OF,
    profile: { education: 'associate', qualification: 'skill3' },
    expect: {
      items: { education: 0, qualification: 60 },
      reasons: { education: 'excludedByPickOne' },
      total: 60,
      findings: [{ code: 'pickOne', item: 'education', params: { kept: 'qualification', keptPoints: 60, droppedPoints: 50 } }],
    },
  },
  {
    cite: PICK,
    name: 'tie bachelor 60 vs skill3 60: education keeps them',
    asOf: AS_OF,
    profile: { education: 'bachelor', qualification: 'skill3' },
    expect: { items: { education: 60, qualification: 0 }, total: 60, findings: [{ code: 'pickOne', item: 'qualification', params: { kept: 'education' } }] },
  },
  {
    cite: PICK,
    name: 'tie master 100 vs titleIntermediate 100 (condition met): education keeps them',
    asOf: AS_OF,
    profile: { education: 'master', qualification: 'titleIntermediate', socialInsurance: [at('2025-09', '2026-02', 12434)] },
    expect: { items: { education: 100, qualification: 0 }, findings: [{ code: 'pickOne', item: 'qualification', params: { kept: 'education' } }] },
  },
  {
    cite: PICK,
    name: 'doctorate 110 vs titleSenior 140 (condition met): qualification keeps 140',
    asOf: AS_OF,
    profile: { education: 'doctorate', qualification: 'titleSenior', socialInsurance: [at('2025-09', '2026-02', 12434)] },
    expect: { items: { education: 0, qualification: 140 }, findings: [{ code: 'pickOne', item: 'education', params: { kept: 'qualification' } }] },
  },
  {
    cite: `${PICK}; ${COND}`,
    name: 'bachelorDegree vs titleSenior zeroed by the 1× condition: education 90, no pick-one finding',
    asOf: AS_OF,
    profile: { education: 'bachelorDegree', qualification: 'titleSenior', socialInsurance: [at('2025-10', '2026-02', 12434)] },
    expect: {
      items: { education: 90, qualification: 0 },
      reasons: { qualification: 'conditionNotMet' },
      findings: [{ code: 'qualificationBaseCondition', item: 'qualification' }],
      noFindings: ['pickOne'],
    },
  },
  {
    cite: PICK,
    name: 'education none and skill3: qualification 60, nothing to pick',
    asOf: AS_OF,
    profile: { education: 'none', qualification: 'skill3' },
    expect: { items: { education: 0, qualification: 60 }, total: 60, noFindings: ['pickOne'] },
  },
]

describe('education (教育背景)', () => {
  it.each(educationCases)('$cite: $name', checkCase)
})
describe('qualification (职称/技能等级) and its 1× base condition', () => {
  it.each(qualificationCases)('$cite: $name', checkCase)
})
describe('pick one of education and qualification', () => {
  it.each(pickOneCases)('$cite: $name', checkCase)
})
