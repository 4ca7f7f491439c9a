// Properties of the projection (fast-check): it starts where the assessment is, it is exact
// between the dates it assesses, and its "reach" is the first assessed date at ≥ 120.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

// Properties project every action over years of dates: generous under a loaded machine.
const SLOW = { timeout: 120_000 }
import { assess } from '../../src/engine/assess'
import { anniversary } from '../../src/engine/dates'
import { earliestReach, project, totalOn } from '../../src/engine/project'
import { parseProfile, type Profile } from '../../src/engine/schema'
import { arbAsOf, arbProfile } from './project-arbitraries'

describe('projection properties', () => {
  it('the projection on asOf equals the assessment, item by item', SLOW, () => {
    fc.assert(
      fc.property(arbProfile, arbAsOf, (profile, asOf) => {
        const first = project(profile, asOf, { years: 2 }).points[0]!
        const a = assess(profile, asOf)
        expect(first.date).toBe(asOf)
        expect(first.total).toBe(a.total)
        expect(first.items).toEqual(a.items.map((i) => i.points))
      }),
      { numRuns: 150 },
    )
  })

  it('reach is the first assessed date whose total is at least the threshold, and earliestReach agrees', SLOW, () => {
    fc.assert(
      fc.property(arbProfile, arbAsOf, (profile, asOf) => {
        const p = project(profile, asOf, { years: 4 })
        const first = p.points.find((pt) => pt.total >= p.threshold && !p.vetoed)
        expect(p.reach).toBe(first?.date ?? null)
        expect(earliestReach(profile, asOf, { years: 4 })).toBe(p.reach)
        if (p.reach) expect(p.points.filter((pt) => pt.date < p.reach!).every((pt) => pt.total < p.threshold)).toBe(true)
      }),
      { numRuns: 150 },
    )
  })

  it('between assessed dates nothing changes: any day scores what the last assessed date scored', SLOW, () => {
    // With no future contributions and no fresh-graduate window, the projected profile is the
    // profile itself, so assess on any day must equal the projection's step value.
    const settled = arbProfile.map((p) => ({ ...p, freshGraduate: false }))
    fc.assert(
      fc.property(settled, arbAsOf, fc.integer({ min: 0, max: 3 * 366 }), (profile, asOf, offset) => {
        const p = project(profile, asOf, { years: 3, assumptions: { keepPaying: false } })
        const day = new Date(Date.parse(`${asOf}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10)
        if (day > p.until) return
        expect(totalOn(p, day)).toBe(assess(profile, day).total)
      }),
      { numRuns: 200 },
    )
  })

  it('every change listed is a real step of the item between consecutive assessed dates', SLOW, () => {
    fc.assert(
      fc.property(arbProfile, arbAsOf, (profile, asOf) => {
        const p = project(profile, asOf, { years: 3 })
        let count = 0
        for (let i = 1; i < p.points.length; i++)
          p.points[i]!.items.forEach((v, j) => {
            if (v !== p.points[i - 1]!.items[j]) count++
          })
        expect(p.changes).toHaveLength(count)
        for (const c of p.changes) expect(c.from).not.toBe(c.to)
      }),
      { numRuns: 100 },
    )
  })

  it('stays within its horizon even when asked for absurd ones', () => {
    const profile: Profile = { version: 1, birthDate: '1990-01-01' }
    expect(project(profile, '2026-01-01', { years: 1e9 }).until).toBe(anniversary('2026-01-01', 40))
    expect(project(profile, '2026-01-01', { years: -5 }).points).toHaveLength(1)
    expect(project(profile, '2026-01-01', { until: '2020-01-01' }).until).toBe('2026-01-01')
  })
})

describe('the arbitraries make valid profiles', () => {
  it('every generated profile passes the schema', SLOW, () => {
    fc.assert(
      fc.property(arbProfile, arbAsOf, (profile, asOf) => {
        expect(parseProfile(profile, asOf).success).toBe(true)
      }),
      { numRuns: 100 },
    )
  })
})
