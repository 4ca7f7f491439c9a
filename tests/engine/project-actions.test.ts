// Properties of the ranked actions (fast-check): an action never lowers the total on any date,
// each adds points, and the list is ordered by the date 120 is reached, then by effort.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

// Properties project every action over years of dates: generous under a loaded machine.
const SLOW = { timeout: 120_000 }
import { rankActions, withAction } from '../../src/engine/actions'
import { project, totalOn } from '../../src/engine/project'
import { arbAsOf, arbProfile } from './project-arbitraries'

describe('ranked actions properties', () => {
  it('no action ever lowers the total, on any assessed date, and each adds points somewhere', SLOW, () => {
    fc.assert(
      fc.property(arbProfile, arbAsOf, (profile, asOf) => {
        const options = { years: 4 }
        const { baseline, actions } = rankActions(profile, asOf, options)
        for (const action of actions) {
          const p = project(profile, asOf, withAction({ ...options, until: baseline.until }, action.apply))
          for (const pt of p.points) expect(pt.total).toBeGreaterThanOrEqual(totalOn(baseline, pt.date))
          expect(action.gain).toBeGreaterThan(0)
          expect(action.maxGain).toBeGreaterThanOrEqual(action.gain)
          expect(action.reach).toBe(p.reach)
        }
      }),
      { numRuns: 60 },
    )
  })

  it('is ordered by reach date (none last), then effort; a vetoed profile has none', SLOW, () => {
    fc.assert(
      fc.property(arbProfile, arbAsOf, (profile, asOf) => {
        const { baseline, actions } = rankActions(profile, asOf, { years: 3 })
        if (baseline.vetoed) expect(actions).toEqual([])
        for (let i = 1; i < actions.length; i++) {
          const [a, b] = [actions[i - 1]!, actions[i]!]
          const [ra, rb] = [a.reach ?? '9999', b.reach ?? '9999']
          expect(ra <= rb).toBe(true)
          if (ra === rb) expect(a.effort).toBeLessThanOrEqual(b.effort)
        }
      }),
      { numRuns: 40 },
    )
  })
})
