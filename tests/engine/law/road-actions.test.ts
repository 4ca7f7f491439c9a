// Law-style cases for the ranked actions: each lever's gain and the date it counts, derived by
// hand from the contract (rules §1). asOf 2026-11-27; next month 2026-12; the reference wage of
// future months is the newest figure, 12,434 (rules §3), so 1× = 12,434, 0.8× = 9,948 (rounded
// up from 9,947.2), 3× = 37,302.
import { describe, expect, it, vi } from 'vitest'
import { assess, rankActions } from '../../fixtures/engine'
import { RULESETS } from '../../../src/engine/data/rulesets'
import type { Profile } from '../../../src/engine/schema'

const AS_OF = '2026-11-27'
// Each case projects every lever over ten years: generous under a loaded machine.
vi.setConfig({ testTimeout: 60_000 })
// Age 36 → 30; SI 2021-01…2026-10 at 8,000 (below 0.8× in every month): 70 months → 15.
const low: Profile = { version: 1, birthDate: '1990-05-01', education: 'associate', fullTimeStudy: true, socialInsurance: [{ from: '2021-01', to: '2026-10', base: 8000 }] }

const byId = (profile: Profile, leadTimes?: Record<string, number>) => new Map(rankActions(profile, AS_OF, { leadTimes }).actions.map((a) => [a.id, a]))
// The rules of each item, with the credential held from next month (its lead time set to 0 in the
// assumptions); the lead times themselves are proven in road-lead-times.test.ts.
const HELD_NEXT_MONTH = { 'qualification:titleIntermediate': 0, 'education:bachelorDegree': 0 }

describe('ranked actions: contribution base (A5)', () => {
  it('a base of 1× from next month counts once 36 of 48 months qualify: 2026-12…2029-11 → 2029-12-01, +50', () => {
    const a = byId(low).get('contributionBase:50')!
    expect(a).toMatchObject({ startsOn: '2026-12-01', countsFrom: '2029-12-01', gain: 50, params: { base: 12434, from: '2026-12' } })
  })

  it('0.8× needs 9,948 (9,947.2 rounded up) and counts on the same date, +25', () => {
    expect(byId(low).get('contributionBase:25')).toMatchObject({ countsFrom: '2029-12-01', gain: 25, params: { base: 9948 } })
  })

  it('the 3× route counts once 24 of 36 months qualify: 2026-12…2028-11 → 2028-12-01, +120, and reaches 120 that day', () => {
    // On 2028-12-01: SI months 70 + 25 (2026-11…2028-11) = 95 → 7 yrs → 21; 30 + 50 + 21 + 120 = 221.
    expect(byId(low).get('contributionBase:120')).toMatchObject({ countsFrom: '2028-12-01', gain: 120, reach: '2028-12-01', params: { base: 37302 } })
  })

  it('no band is suggested at or below the base already paid', () => {
    // 34 months at 26,000 (≥ 2×): below 120 today (30 + 50 + 6 = 86), the 2× band not yet reached.
    const paid: Profile = { ...low, socialInsurance: [{ from: '2024-01', to: '2026-10', base: 26000 }] }
    const ids = [...byId(paid).keys()].filter((id) => id.startsWith('contributionBase'))
    expect(ids).toEqual(['contributionBase:120'])
  })

  it('no base lever for someone assumed to stop paying', () => {
    const r = rankActions(low, AS_OF, { assumptions: { keepPaying: false } })
    expect(r.actions.some((a) => a.kind === 'contributionBase')).toBe(false)
  })
})

describe('ranked actions: title or skill level (B3) against education (B2)', () => {
  const bachelor: Profile = { ...low, education: 'bachelor' }

  it('中级职称 needs 6 of 12 months at ≥ 1×, so the base is raised too: 2026-12…2027-05 → 2027-06-01, 100 − 60 = +40', () => {
    const a = byId(bachelor, HELD_NEXT_MONTH).get('qualification:titleIntermediate')!
    expect(a).toMatchObject({ countsFrom: '2027-06-01', gain: 40 })
    expect(a.requires).toContainEqual(expect.objectContaining({ code: 'raiseBaseForTitle', params: { base: 12434, from: '2026-12' } }))
  })

  it('a 技能四级 held keeps counting until the new 中级职称 does: no loss before 2027-06-01, then 100 − 30 = +70', () => {
    const skilled: Profile = { ...low, education: 'none', qualification: 'skill4' }
    const { baseline, actions } = rankActions(skilled, AS_OF, { leadTimes: HELD_NEXT_MONTH })
    const a = actions.find((x) => x.id === 'qualification:titleIntermediate')!
    expect(a).toMatchObject({ countsFrom: '2027-06-01', gain: 70 })
    // 30 (age) + 30 (技能四级) + 15 (SI years) on asOf, unchanged by the action until it counts.
    expect(baseline.points[0]!.total).toBe(75)
  })

  it('a skill level worth no more than the education held is not suggested (技能三级 60 = 本科 60; the tie goes to education)', () => {
    const ids = [...byId(bachelor).keys()]
    expect(ids).not.toContain('qualification:skill3')
    expect(ids).not.toContain('qualification:skill4')
    expect(ids).not.toContain('qualification:skill5')
  })

  it('a higher education level held from next month counts then: 本科+学士 90 − 50 = +40', () => {
    expect(byId(low, HELD_NEXT_MONTH).get('education:bachelorDegree')).toMatchObject({ countsFrom: '2026-12-01', gain: 40 })
  })
})

describe('ranked actions: bonus levers', () => {
  it('临港 since 2024-08-21 has no gate: one full year from 2026-12-01 → 2027-12-01, +2', () => {
    expect(byId(low).get('keyArea:lingang')).toMatchObject({ countsFrom: '2027-12-01', gain: 2, uncertain: true })
  })

  it('rules §A7, §4, §Q3, §Q14: each area’s lever says what it requires and doubts: Lingang its recommendation and gate, transformation areas their boundaries', () => {
    const codes = (id: string) => {
      const a = byId(low).get(id)!
      return { requires: a.requires.map((r) => r.code), doubts: a.doubts.map((d) => d.code) }
    }
    expect(codes('keyArea:lingang')).toEqual({ requires: ['workAndLive', 'lingangRecommendation'], doubts: ['lingangGate'] })
    expect(codes('keyArea:newTown')).toEqual({ requires: ['workAndLive'], doubts: [] })
    expect(codes('keyArea:transformation')).toEqual({ requires: ['workAndLive'], doubts: ['areaBoundaries'] })
  })

  it('a new town counts after 5 full years: 2031-12-01, 2 × 5 = +10', () => {
    expect(byId(low).get('keyArea:newTown')).toMatchObject({ countsFrom: '2031-12-01', gain: 10 })
  })

  it('someone already in a key area gets no key-area lever', () => {
    const inArea: Profile = { ...low, keyArea: { kind: 'newTown', since: '2020-01-01' } }
    expect([...byId(inArea).keys()].some((id) => id.startsWith('keyArea'))).toBe(false)
  })

  it('a shortage major counts at once (+30) if it applies, but never for a degree that was not full-time', () => {
    expect(byId(low).get('shortageMajor')).toMatchObject({ countsFrom: AS_OF, gain: 30, effort: 1 })
    expect(byId({ ...low, fullTimeStudy: false }).has('shortageMajor')).toBe(false)
    expect(byId({ ...low, education: 'none' }).has('shortageMajor')).toBe(false)
  })

  it('innovation routes count only after 6 consecutive months: from 2027-06-01, +120', () => {
    expect(byId(low).get('innovation:techTransfer')).toMatchObject({ startsOn: '2027-06-01', countsFrom: '2027-06-01', gain: 120 })
  })
})

describe('ranked actions: what is never a lever', () => {
  it('a vetoed profile gets no action at all', () => {
    expect(rankActions({ ...low, seriousCrime: true }, AS_OF).actions).toEqual([])
  })

  it('age, marriage, awards and deductions are never suggested', () => {
    const withDeductions: Profile = { ...low, deductions: { detentions: 1 } }
    const kinds = new Set(rankActions(withDeductions, AS_OF).actions.map((a) => a.item))
    for (const item of ['age', 'spouse', 'award', 'falseMaterials', 'detentions', 'crimes', 'freshGraduate', 'investment'] as const) expect(kinds.has(item)).toBe(false)
  })

  it('ranks by the date 120 is reached (never last), then by effort', () => {
    const list = rankActions(low, AS_OF).actions
    const key = (d: string | null) => d ?? '9999-12-31'
    for (let i = 1; i < list.length; i++) {
      const [a, b] = [list[i - 1]!, list[i]!]
      expect(key(a.reach) <= key(b.reach)).toBe(true)
      if (a.reach === b.reach) expect(a.effort).toBeLessThanOrEqual(b.effort)
    }
    // A shortage major, if it applies, counts at once: 30 + 50 + 15 + 30 = 125 on asOf.
    expect(list[0]).toMatchObject({ id: 'shortageMajor', reach: AS_OF })
  })
})

describe('ranked actions: which ruleset describes the levers', () => {
  it('rules §1: before the first ruleset, the levers read and cite the first one (the next in force), as the assessment lists its items', () => {
    const early: Profile = { ...low, socialInsurance: [{ from: '2016-01', to: '2017-04', base: 8000 }] }
    const first = RULESETS[0]
    const { actions } = rankActions(early, '2017-06-01')
    expect(actions.length).toBeGreaterThan(0)
    for (const a of actions) expect(a.reference, a.id).toEqual(first.rules[a.item].ref)
    expect(assess(early, '2017-06-01').items.map((i) => i.reference.source)).toEqual(Array(16).fill(first.source))
  })
})
