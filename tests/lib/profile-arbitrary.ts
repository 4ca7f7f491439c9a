// Valid profiles (contract §1) for property tests: every field optional, values anywhere in the
// schema's ranges. Canonical form: no empty groups or history (CSV cannot tell those from absent).
import fc from 'fast-check'
import { fromAge16 } from '../engine/arbitraries'
import { AWARDS, EDUCATIONS, INNOVATIONS, KEY_AREA_KINDS, LIMITS, QUALIFICATIONS, parseProfile, type Profile } from '../../src/engine/schema'

/** The default assessment date the properties validate with. */
export const TODAY = '2026-11-27'

const two = (n: number) => String(n).padStart(2, '0')
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
const dateIn = (minYear: number, maxYear: number) =>
  fc
    .tuple(fc.integer({ min: minYear, max: maxYear }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
    .map(([y, m, d]) => `${y}-${two(m)}-${two(Math.min(d, DAYS[m - 1]!))}`)
const monthIn = (minYear: number, maxYear: number) =>
  fc.tuple(fc.integer({ min: minYear, max: maxYear }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${two(m)}`)
/** Non-negative doubles (−0 becomes 0: JSON cannot carry it). */
const amount = (max: number) => fc.oneof(fc.integer({ min: 0, max: Math.min(max, 2 ** 31) }), fc.double({ min: 0, max, noNaN: true }).map((v) => v + 0))
const count = fc.integer({ min: 0, max: LIMITS.count })

const period = fc
  .tuple(monthIn(1990, 2030), fc.integer({ min: 0, max: 240 }), amount(LIMITS.base))
  .map(([from, span, base]) => {
    const m = Number(from.slice(0, 4)) * 12 + Number(from.slice(5, 7)) - 1 + span
    return { from, to: `${Math.floor(m / 12)}-${two((m % 12) + 1)}`, base }
  })

const nonEmpty = <T extends object>(arb: fc.Arbitrary<T>) => arb.filter((o) => Object.keys(o).length > 0)

export const validProfile: fc.Arbitrary<Profile> = fc
  .record(
    {
      asOf: dateIn(2001, 2035),
      birthDate: dateIn(1930, 2000),
      education: fc.constantFrom(...EDUCATIONS),
      fullTimeStudy: fc.boolean(),
      qualification: fc.constantFrom(...QUALIFICATIONS),
      socialInsurance: fc.array(period, { minLength: 1, maxLength: 6 }),
      shortageMajor: fc.boolean(),
      freshGraduate: fc.boolean(),
      publicServiceSince: dateIn(1990, 2030),
      keyArea: fc.record({ kind: fc.constantFrom(...KEY_AREA_KINDS), since: dateIn(1990, 2030) }),
      spouseHukouSince: dateIn(1990, 2030),
      award: fc.constantFrom(...AWARDS),
      investment: nonEmpty(
        fc.record({ avgAnnualTax: amount(LIMITS.amount), avgLocalHires: amount(LIMITS.count * 1_000_000) }, { requiredKeys: [] }),
      ),
      innovation: fc.constantFrom(...INNOVATIONS),
      deductions: nonEmpty(fc.record({ falseMaterials: count, detentions: count, crimes: count }, { requiredKeys: [] })),
      seriousCrime: fc.boolean(),
    },
    { requiredKeys: [] },
  )
  .map((fields): Profile => fromAge16({ version: 1, ...fields }))
  // Guard: the arbitrary itself must only produce valid profiles.
  .filter((p) => parseProfile(p, TODAY).success)
