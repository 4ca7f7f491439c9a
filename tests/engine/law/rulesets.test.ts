// Ruleset in force by asOf (rules §1): sh-2018 from 2018-01-01, sh-2023 from 2023-01-01 (valid to
// 2027-12-31); before 2018-01-01 not covered (a finding, no score invented); after 2027-12-31
// sh-2023 with a lapsed finding; the caller may force a ruleset id.
import { describe, expect, it } from 'vitest'
import { assessCase, checkCase, type LawCase } from './law-case'
import { ITEM_IDS } from '../../../src/engine/types'

const RS = 'rules §1 (ruleset in force by asOf)'
// age 30 (born 1990-01-01, 27–38 on these dates) + bachelorDegree 90 = 120 under either ruleset.
const PROFILE = { birthDate: '1990-01-01', education: 'bachelorDegree', qualification: 'none' } as const

const cases: LawCase[] = [
  {
    cite: `${RS} (before 2018-01-01: not covered)`,
    name: '2017-12-31 → no ruleset, no score, rulesetNotCovered',
    asOf: '2017-12-31',
    profile: PROFILE,
    expect: {
      ruleset: null,
      total: 0,
      meetsThreshold: false,
      items: Object.fromEntries(ITEM_IDS.map((id) => [id, 0])),
      reasons: Object.fromEntries(ITEM_IDS.map((id) => [id, 'notCovered' as const])),
      findings: [{ code: 'rulesetNotCovered', severity: 'error', params: { asOf: '2017-12-31', from: '2018-01-01' } }],
    },
  },
  {
    cite: RS,
    name: '2018-01-01 → sh-2018',
    asOf: '2018-01-01',
    profile: PROFILE,
    expect: { ruleset: 'sh-2018', total: 120, meetsThreshold: true, noFindings: ['rulesetNotCovered', 'rulesetLapsed', 'rulesetNotInForce'] },
  },
  {
    cite: RS,
    name: '2022-12-31 → sh-2018',
    asOf: '2022-12-31',
    profile: PROFILE,
    expect: { ruleset: 'sh-2018', total: 120, noFindings: ['rulesetLapsed'] },
  },
  {
    cite: RS,
    name: '2023-01-01 → sh-2023',
    asOf: '2023-01-01',
    profile: PROFILE,
    expect: { ruleset: 'sh-2023', total: 120, noFindings: ['rulesetLapsed'] },
  },
  {
    cite: RS,
    name: '2027-12-31 → sh-2023, not lapsed',
    asOf: '2027-12-31',
    profile: PROFILE,
    expect: { ruleset: 'sh-2023', total: 120, noFindings: ['rulesetLapsed'] },
  },
  {
    cite: `${RS} (after 2027-12-31: sh-2023 with a lapsed finding); rules §10`,
    name: '2028-01-01 → sh-2023, still scored, rulesetLapsed',
    asOf: '2028-01-01',
    profile: PROFILE,
    expect: { ruleset: 'sh-2023', total: 120, findings: [{ code: 'rulesetLapsed', severity: 'warning', params: { validTo: '2027-12-31' } }] },
  },
  {
    cite: `${RS} (the caller may force a ruleset id)`,
    name: 'forcing sh-2018 on 2026-06-15 → sh-2018 with rulesetNotInForce',
    asOf: '2026-06-15',
    ruleset: 'sh-2018',
    profile: PROFILE,
    expect: { ruleset: 'sh-2018', total: 120, findings: [{ code: 'rulesetNotInForce', params: { ruleset: 'sh-2018' } }] },
  },
  {
    cite: `${RS} (the caller may force a ruleset id)`,
    name: 'forcing sh-2023 on 2026-06-15 (in force anyway) → no rulesetNotInForce',
    asOf: '2026-06-15',
    ruleset: 'sh-2023',
    profile: PROFILE,
    expect: { ruleset: 'sh-2023', noFindings: ['rulesetNotInForce'] },
  },
  {
    cite: `${RS} (the caller may force a ruleset id)`,
    name: 'forcing sh-2018 on 2017-06-01 (not covered) scores under sh-2018 with rulesetNotInForce',
    asOf: '2017-06-01',
    ruleset: 'sh-2018',
    profile: PROFILE,
    expect: { ruleset: 'sh-2018', total: 120, findings: [{ code: 'rulesetNotInForce' }], noFindings: ['rulesetNotCovered'] },
  },
]

describe('rulesets by asOf', () => {
  it.each(cases)('$cite: $name', checkCase)

  it.each([
    { asOf: '2022-12-31', source: 'sh-2017-98' },
    { asOf: '2023-01-01', source: 'sh-2023' },
  ])('rules §1 (every item carries its legal reference): on $asOf every item cites $source or a regional source', ({ asOf, source }) => {
    const a = assessCase({ asOf, profile: PROFILE })
    for (const item of a.items) {
      if (item.id === 'keyArea') continue // keyArea cites the measures; its gates cite regional documents
      expect({ id: item.id, source: item.reference.source }).toEqual({ id: item.id, source })
    }
    expect(a.items.find((i) => i.id === 'keyArea')!.reference.source).toBe(source)
  })
})
