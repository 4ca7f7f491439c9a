// Properties of the lead times: no action for a credential counts before its lead time allows.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { educationLead, rankActions } from '../../src/engine/actions'
import { monthLabel, monthOfDate } from '../../src/engine/dates'
import { EDUCATION_LEAD, SKILL_LEAD } from '../../src/engine/data/lead-times'
import { arbAsOf, arbProfile } from './project-arbitraries'

const SLOW = { timeout: 120_000 }
const earliest = (asOf: string, months: number) => `${monthLabel(monthOfDate(asOf) + 1 + months)}-01`

describe('lead times (property)', () => {
  it('a 大专 holder below 120 is never offered a degree earlier than its lead time allows', SLOW, () => {
    fc.assert(
      fc.property(arbProfile, arbAsOf, (p, asOf) => {
        const profile = { ...p, education: 'associate' as const }
        const { actions } = rankActions(profile, asOf)
        for (const a of actions.filter((x) => x.kind === 'education')) {
          const min = earliest(asOf, educationLead(a.params.level as never, 'associate').months)
          expect(a.countsFrom! >= min).toBe(true)
          if (a.soonerThanNow) expect(a.reach! >= min).toBe(true)
        }
      }),
      { numRuns: 40 },
    )
  })

  it('every action for a credential starts at next month plus its lead time, and none is shorter than the table', SLOW, () => {
    fc.assert(
      fc.property(arbProfile, arbAsOf, (profile, asOf) => {
        for (const a of rankActions(profile, asOf).actions) {
          if (a.kind !== 'education' && a.kind !== 'qualification') expect(a.lead).toBeNull()
          else {
            expect(a.startsOn).toBe(earliest(asOf, a.lead!.months))
            expect(a.countsFrom! >= a.startsOn).toBe(true)
          }
        }
      }),
      { numRuns: 30 },
    )
  })

  it('the table is sane: whole months, at least one month for every step', () => {
    for (const step of [...Object.values(EDUCATION_LEAD), ...Object.values(SKILL_LEAD)]) {
      expect(Number.isInteger(step.months)).toBe(true)
      expect(step.months).toBeGreaterThanOrEqual(1)
    }
  })
})
