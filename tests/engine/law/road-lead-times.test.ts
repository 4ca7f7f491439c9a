// Law-style cases for the lead times of the road to 120: a new education level or title counts only
// once the typical minimum time to earn it has passed (src/engine/data/lead-times.ts), counted from
// next month. asOf 2026-11-27, next month 2026-12.
import { describe, expect, it, vi } from 'vitest'
import { educationLead, qualificationLead } from '../../../src/engine/actions'
import { rankActions } from '../../fixtures/engine'
import type { Profile } from '../../../src/engine/schema'

const AS_OF = '2026-11-27'
vi.setConfig({ testTimeout: 60_000 })
// Age 36 → 30; 大专 50; SI 2021-01…2026-10 at 8,000 (below 0.8×): 70 months → 15. Total 95.
const associate: Profile = { version: 1, birthDate: '1990-05-01', education: 'associate', fullTimeStudy: true, socialInsurance: [{ from: '2021-01', to: '2026-10', base: 8000 }] }

const byId = (profile: Profile, leadTimes?: Record<string, number>) => new Map(rankActions(profile, AS_OF, { leadTimes }).actions.map((a) => [a.id, a]))

describe('lead times: education (chained from the level held)', () => {
  it('a 大专 holder earns 本科+学士 after 30 months (专升本 with the degree): it counts from 2029-06-01, not next month', () => {
    const a = byId(associate).get('education:bachelorDegree')!
    expect(a).toMatchObject({ startsOn: '2029-06-01', countsFrom: '2029-06-01', gain: 40 })
    expect(a.lead).toEqual({ months: 30, basis: 'estimate', sources: ['adultEducation'], edited: false })
  })

  it("a 大专 holder's master's needs 本科 first: 24 + 33 = 57 months → 2031-09-01", () => {
    expect(educationLead('master', 'associate').months).toBe(57)
    expect(byId(associate).get('education:master')).toMatchObject({ startsOn: '2031-09-01' })
  })

  it('a level already held takes no time; a 本科 holder starts the master at once (33 months)', () => {
    expect(educationLead('associate', 'master').months).toBe(0)
    expect(educationLead('master', 'bachelor').months).toBe(33)
  })

  it('no education action while the education held is not known', () => {
    const { education: _, ...unknown } = associate
    expect([...byId(unknown).keys()].some((id) => id.startsWith('education:'))).toBe(false)
  })

  it('a lead time set in the assumptions replaces the table: 6 months → counts from 2027-06-01, marked edited', () => {
    const a = byId(associate, { 'education:bachelorDegree': 6 }).get('education:bachelorDegree')!
    expect(a).toMatchObject({ startsOn: '2027-06-01', countsFrom: '2027-06-01', lead: { months: 6, edited: true } })
  })
})

describe('lead times: titles and skill levels', () => {
  it('中级职称 by exam needs 4 years of work after 本科; 70 months already paid cover them, so only the exam: 6 months', () => {
    expect(qualificationLead('titleIntermediate', { ...associate, education: 'bachelor' }, 70)).toMatchObject({ months: 6, basis: 'estimate' })
  })

  it('a 大专 holder with 1 year of work needs 6 − 1 years more, plus the exam: 60 + 6 = 66 months', () => {
    expect(qualificationLead('titleIntermediate', associate, 12).months).toBe(66)
  })

  it('no title route without at least 大专; the skill chain from nothing to 技能三级 is 1 + 4 + 5 years', () => {
    expect(qualificationLead('titleIntermediate', { version: 1, education: 'none' }, 0).months).toBe(Infinity)
    expect(qualificationLead('skill3', { version: 1 }, 0)).toMatchObject({ months: 120, basis: 'rule', sources: ['skillStandard'] })
  })

  it('a 技能三级 holder reaches 技能二级 (the alternative to 中级职称) 4 years on', () => {
    expect(qualificationLead('skill2', { version: 1, qualification: 'skill3' }, 0).months).toBe(48)
  })

  it('levels at or below the one held are never offered', () => {
    const ids = [...byId({ ...associate, qualification: 'titleIntermediate' }).keys()]
    expect(ids.filter((id) => id.startsWith('qualification:'))).toEqual(['qualification:titleSenior'])
  })
})

describe('above 120: keeping it instead of actions', () => {
  // Born 1983-03-10: 43 → 30; 本科+学士 90; SI 2021-01…2026-10 at 13,000 (≥ 1× every month,
  // 3.4 % above 12,577): 70 months → 15; 48 months at ≥ 1× → 50. Total 185.
  const above: Profile = { version: 1, birthDate: '1983-03-10', education: 'bachelorDegree', socialInsurance: [{ from: '2021-01', to: '2026-10', base: 13000 }] }

  it('no actions, but the dated risks: age 44, stopping payment, the measures lapsing, a base under 1×', () => {
    const r = rankActions(above, AS_OF)
    expect(r.baseline.points[0]!.total).toBe(185)
    expect(r.actions).toEqual([])
    expect(r.keeping.map((k) => [k.code, k.date])).toEqual([
      ['ageFalls', '2027-03-10'],
      // Paying stops from 2026-12: on 2027-07-01 only 5 of the 12 months before are paid.
      ['stopsPaying', '2027-07-01'],
      ['rulesetLapses', '2027-12-31'],
      // Under 1× from 2026-12: on 2028-01-01 only 35 of the 48 months are at ≥ 1×: 50 → 25.
      ['baseUnder1x', '2028-01-01'],
    ])
    expect(r.keeping.find((k) => k.code === 'baseUnder1x')).toMatchObject({ below: false, params: { lost: 25 } })
  })

  it('someone at 120 who cannot apply yet (3 of 12 months paid) is not warned about stopping payment', () => {
    const waiting: Profile = { version: 1, birthDate: '1992-04-01', education: 'bachelorDegree', socialInsurance: [{ from: '2026-08', to: '2026-10', base: 15000 }] }
    const r = rankActions(waiting, AS_OF)
    expect(r.baseline.points[0]!.total).toBe(120)
    expect(r.keeping.map((k) => k.code)).not.toContain('stopsPaying')
  })
})
