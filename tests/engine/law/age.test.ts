// Age (年龄), rules §1 `age`: completed years (周岁) on asOf: ≤43 → 30; 44–55 → 5 + 2×(56−age);
// 56–60 → 5; over 60 → 0 with a finding.
import { describe, it } from 'vitest'
import { checkCase, type LawCase } from './law-case'

const CITE = 'rules §1 age; rules §B1'

/** A birth date exactly `age` years before 2026-06-15 (asOf). */
const bornYearsAgo = (age: number) => `${2026 - age}-06-15`

// 5 + 2 × (56 − age), worked out by hand for each age from 44 to 55.
const SLOPE: [number, number][] = [
  [44, 29], // 5 + 2×12
  [45, 27], // 5 + 2×11
  [46, 25],
  [47, 23],
  [48, 21],
  [49, 19],
  [50, 17], // 5 + 2×6
  [51, 15],
  [52, 13],
  [53, 11],
  [54, 9],
  [55, 7], // 5 + 2×1
]

const cases: LawCase[] = [
  ...[18, 30, 43].map((age) => ({
    cite: CITE,
    name: `age ${age} (≤43) scores the cap 30`,
    asOf: '2026-06-15',
    profile: { birthDate: bornYearsAgo(age) },
    expect: { items: { age: 30 } },
  })),
  ...SLOPE.map(([age, pts]) => ({
    cite: CITE,
    name: `age ${age} scores 5 + 2×(56−${age}) = ${pts}`,
    asOf: '2026-06-15',
    profile: { birthDate: bornYearsAgo(age) },
    expect: { items: { age: pts } },
  })),
  ...[56, 58, 60].map((age) => ({
    cite: CITE,
    name: `age ${age} (56–60) scores 5, no over-60 finding`,
    asOf: '2026-06-15',
    profile: { birthDate: bornYearsAgo(age) },
    expect: { items: { age: 5 }, noFindings: ['ageOver60' as const] },
  })),
  // The 44th birthday: the day before is still 43.
  {
    cite: CITE,
    name: 'the day before the 44th birthday is 43 → 30',
    asOf: '2026-06-14',
    profile: { birthDate: '1982-06-15' },
    expect: { items: { age: 30 } },
  },
  {
    cite: CITE,
    name: 'on the 44th birthday → 29',
    asOf: '2026-06-15',
    profile: { birthDate: '1982-06-15' },
    expect: { items: { age: 29 } },
  },
  {
    cite: CITE,
    name: 'the day before the 56th birthday is 55 → 7',
    asOf: '2026-06-14',
    profile: { birthDate: '1970-06-15' },
    expect: { items: { age: 7 } },
  },
  {
    cite: CITE,
    name: 'on the 56th birthday → 5',
    asOf: '2026-06-15',
    profile: { birthDate: '1970-06-15' },
    expect: { items: { age: 5 } },
  },
  {
    cite: CITE,
    name: 'the day before the 61st birthday is 60 → 5',
    asOf: '2026-06-14',
    profile: { birthDate: '1965-06-15' },
    expect: { items: { age: 5 }, noFindings: ['ageOver60'] },
  },
  {
    cite: 'rules §1 age (over 60 → 0 with a finding); rules §Q10',
    name: 'on the 61st birthday → 0, ageOver60 finding',
    asOf: '2026-06-15',
    profile: { birthDate: '1965-06-15' },
    expect: {
      items: { age: 0 },
      reasons: { age: 'conditionNotMet' },
      findings: [{ code: 'ageOver60', item: 'age', severity: 'warning', params: { age: 61 } }],
    },
  },
  // Leap-day birthdays: in a common year the anniversary completes on 1 March.
  {
    cite: CITE,
    name: 'born 1980-02-29: 2024-02-28 is still 43 → 30',
    asOf: '2024-02-28',
    profile: { birthDate: '1980-02-29' },
    expect: { items: { age: 30 } },
  },
  {
    cite: CITE,
    name: 'born 1980-02-29: 44 on 2024-02-29 (leap year) → 29',
    asOf: '2024-02-29',
    profile: { birthDate: '1980-02-29' },
    expect: { items: { age: 29 } },
  },
  {
    cite: CITE,
    name: 'born 1968-02-29: 2023-02-28 (common year) is still 54 → 9',
    asOf: '2023-02-28',
    profile: { birthDate: '1968-02-29' },
    expect: { items: { age: 9 } },
  },
  {
    cite: CITE,
    name: 'born 1968-02-29: 55 on 2023-03-01 → 7',
    asOf: '2023-03-01',
    profile: { birthDate: '1968-02-29' },
    expect: { items: { age: 7 } },
  },
  {
    cite: CITE,
    name: 'born 1968-02-29: 56 on 2024-02-29 → 5',
    asOf: '2024-02-29',
    profile: { birthDate: '1968-02-29' },
    expect: { items: { age: 5 } },
  },
  {
    cite: CITE,
    name: 'born 1964-02-29: 2025-02-28 is still 60 → 5',
    asOf: '2025-02-28',
    profile: { birthDate: '1964-02-29' },
    expect: { items: { age: 5 }, noFindings: ['ageOver60'] },
  },
  {
    cite: CITE,
    name: 'born 1964-02-29: 61 on 2025-03-01 → 0 with ageOver60',
    asOf: '2025-03-01',
    profile: { birthDate: '1964-02-29' },
    expect: { items: { age: 0 }, findings: [{ code: 'ageOver60', item: 'age', params: { age: 61 } }] },
  },
  {
    cite: 'format §1 (missing facts score 0 with a missing finding)',
    name: 'no birth date → 0 with missingFact(birthDate)',
    asOf: '2026-06-15',
    profile: {},
    expect: {
      items: { age: 0 },
      reasons: { age: 'missing' },
      findings: [{ code: 'missingFact', item: 'age', params: { field: 'birthDate' } }],
    },
  },
  {
    cite: CITE,
    name: 'born on asOf (age 0) → 30',
    asOf: '2026-06-15',
    profile: { birthDate: '2026-06-15' },
    expect: { items: { age: 30 } },
  },
]

describe('age (年龄)', () => {
  it.each(cases)('$cite: $name', checkCase)
})
