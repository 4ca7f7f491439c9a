// Properties over the schema's whole date range: whatever dates a draft holds (asOf 1900–2100 and
// beyond, birth dates, since-dates, contribution months up to 9999-12), the result and the road
// render without throwing, without NaN and without five-digit years; dates outside the range
// are reported at their field.
import { cleanup, render } from '@testing-library/react'
import fc from 'fast-check'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { LIMITS } from '../../src/engine/schema'
import { RoadPanel } from '../../src/features/road/RoadPanel'
import { reloadRoadStore } from '../../src/state/road-store'
import { ResultView } from '../../src/app/ResultView'
import { createSafeStorage } from '../../src/lib/storage'
import { reloadFromStorage, replaceDraft, type Draft } from '../../src/state/draft-store'
import { deriveAssessment } from '../../src/state/derive'
import { draftErrors } from '../../src/state/field-errors'
import { isoDateArb } from '../engine/arbitraries'

const TODAY = '2026-11-27'
vi.setConfig({ testTimeout: 180_000 })

beforeEach(() => {
  reloadFromStorage(createSafeStorage(() => localStorage))
  reloadRoadStore(createSafeStorage(() => localStorage))
})

const month = (min: number, max: number) =>
  fc.integer({ min: min * 12, max: max * 12 + 11 }).map((i) => `${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`)

/** A date anywhere in the schema's range, at its edges, or just beyond them. */
const anyDate = fc.oneof(
  { weight: 6, arbitrary: isoDateArb(LIMITS.earliestDate, LIMITS.latestDate) },
  { weight: 1, arbitrary: fc.constantFrom(LIMITS.earliestDate, LIMITS.latestDate, '2101-01-01', '9999-12-31', '1899-12-31', '2027-12-31', '2028-01-01') },
  { weight: 1, arbitrary: isoDateArb('2101-01-01', '9999-12-31') },
)

const draftArb: fc.Arbitrary<{ draft: Draft; asOf: string }> = fc
  .record({
    asOf: anyDate,
    age: fc.oneof(fc.integer({ min: 0, max: 120 }), fc.integer({ min: -5, max: 200 })),
    periods: fc.array(fc.tuple(month(1900, 2200), fc.integer({ min: 0, max: 9999 * 12 }), fc.integer({ min: 0, max: 60_000 })), { maxLength: 3 }),
    openEnded: fc.boolean(),
    since: anyDate,
    education: fc.constantFrom('master', 'bachelorDegree', 'associate'),
  })
  .map(({ asOf, age, periods, openEnded, since, education }) => {
    const year = Math.min(9999, Math.max(0, Number(asOf.slice(0, 4)) - age))
    const birthDate = `${String(year).padStart(4, '0')}${asOf.slice(4) === '-02-29' ? '-02-28' : asOf.slice(4)}`
    const socialInsurance = periods.map(([from, span, base]) => {
      const end = Math.min(9999 * 12 + 11, Number(from.slice(0, 4)) * 12 + Number(from.slice(5)) - 1 + span)
      return { from, to: openEnded ? '9999-12' : `${String(Math.floor(end / 12)).padStart(4, '0')}-${String((end % 12) + 1).padStart(2, '0')}`, base }
    })
    const draft: Draft = { version: 1, birthDate, education, socialInsurance, keyArea: { kind: 'newTown', since }, spouseHukouSince: since, publicServiceSince: since }
    return { draft, asOf }
  })

/** Every text node and label: no NaN or invalid values, no five-digit years in dates or months. */
function expectReadable(root: HTMLElement) {
  const texts: string[] = []
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n.textContent ?? '')
  for (const el of root.querySelectorAll('[aria-label], [title]')) texts.push(el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? '')
  for (const text of texts) {
    expect(text).not.toMatch(/NaN|Invalid|undefined|Infinity/)
    expect(text).not.toMatch(/(^|[^\d])\d{5,}-\d{2}/)
  }
}

function renderBoth(draft: Draft, asOf: string) {
  replaceDraft({ ...draft, asOf })
  const d = deriveAssessment(draft, asOf, TODAY, draftErrors)
  const result = render(<ResultView />)
  expectReadable(result.container)
  cleanup()
  const road = render(<RoadPanel profile={d.profile} asOf={d.asOf} assessment={d.assessment} />)
  expectReadable(road.container)
  for (const el of road.container.querySelectorAll('svg [x], svg [y], svg [d], svg [points]'))
    for (const attr of ['x', 'y', 'd', 'points']) expect(el.getAttribute(attr) ?? '').not.toMatch(/NaN|Infinity/)
  cleanup()
  return d
}

describe('dates across the whole range', () => {
  it('the share-link attack asOf 9999-12-31 (120 reached that day) renders, with the error at the assessment date', () => {
    const d = renderBoth({ version: 1, birthDate: '9970-01-01', education: 'master' }, '9999-12-31')
    expect(d.asOf).toBe(TODAY)
    expect(d.errors.map((e) => [e.path, e.code])).toEqual([
      ['asOf', 'dateTooLate'],
      ['birthDate', 'birthDateAfterAsOf'],
    ])
  })

  it('derive: out-of-range dates are errors at their field, and the assessment date stays in range', () => {
    fc.assert(
      fc.property(draftArb, ({ draft, asOf }) => {
        const d = deriveAssessment(draft, asOf, TODAY, draftErrors)
        expect(d.asOf >= LIMITS.earliestDate && d.asOf <= LIMITS.latestDate).toBe(true)
        if (asOf > LIMITS.latestDate) expect(d.errors).toContainEqual(expect.objectContaining({ path: 'asOf', code: 'dateTooLate' }))
        expect(Number.isFinite(d.assessment.total)).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  // 25 full renders of the result and the road: seconds alone, 20 s on a busy shared machine.
  it('the result and the road render every such draft with readable dates and numbers', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(draftArb, ({ draft, asOf }) => void renderBoth(draft, asOf)),
      { numRuns: 25 },
    )
  })
})
