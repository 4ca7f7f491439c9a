// fast-check arbitraries for VALID profiles (contract §1): every generated profile passes
// parseProfile(profile, profile.asOf). Reusable by any test: import { profileArb } from here.
//
// Values are biased towards what matters to the rules: bases at and around the 0.8×/1×/2×/3×
// multiples of the reference wages, dates a few days around anniversaries, histories of several
// periods with gaps and overlaps, some months after asOf.
import fc from 'fast-check'
import { REFERENCE_WAGES } from '../../src/engine/data/reference-wages'
import { anniversary, monthIndexOf, monthLabel } from '../../src/engine/dates'
import { AWARDS, EDUCATIONS, INNOVATIONS, KEY_AREA_KINDS, QUALIFICATIONS, type Period, type Profile } from '../../src/engine/schema'

const DAY = 86_400_000
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY
const isoOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10)

/** A real calendar date (YYYY-MM-DD) in [min, max]. */
export const isoDateArb = (min: string, max: string): fc.Arbitrary<string> =>
  fc.integer({ min: dayOf(min), max: dayOf(max) }).map(isoOf)

/** Shift an ISO date by whole days. */
export const addDays = (iso: string, days: number): string => isoOf(dayOf(iso) + days)

/** asOf: mostly inside the covered years 2018–2028, sometimes before 2018 (not covered). */
export const asOfArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 9, arbitrary: isoDateArb('2018-01-01', '2028-12-31') },
  { weight: 1, arbitrary: isoDateArb('2015-01-01', '2017-12-31') },
)

/** A contribution base: a plain amount, or a reference-wage multiple give or take a yuan. */
export const baseArb: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: 0, max: 60_000 }),
  fc.integer({ min: 0, max: 6_000_000 }).map((cents) => cents / 100),
  fc
    .tuple(
      fc.constantFrom(...REFERENCE_WAGES.map((r) => r.monthly)),
      fc.constantFrom(0.8, 1, 2, 3),
      fc.constantFrom(-2, -1, -0.01, 0, 0.01, 1),
    )
    .map(([wage, k, delta]) => Math.max(0, Math.round((wage * k + delta) * 100) / 100)),
)

/** A period of 1–120 months starting between 1995 and 12 months after asOf. */
export const periodArb = (asOf: string): fc.Arbitrary<Period> => {
  const last = monthIndexOf(asOf.slice(0, 7)) + 12
  return fc
    .record({
      from: fc.integer({ min: monthIndexOf('1995-01'), max: last }),
      length: fc.oneof(fc.integer({ min: 1, max: 24 }), fc.integer({ min: 1, max: 120 })),
      base: baseArb,
    })
    .map(({ from, length, base }) => ({ from: monthLabel(from), to: monthLabel(from + length - 1), base }))
}

/** A recent, realistic history: consecutive jobs ending near asOf, with occasional gaps. */
export const careerArb = (asOf: string): fc.Arbitrary<Period[]> =>
  fc.array(fc.record({ gap: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 6 })), length: fc.integer({ min: 1, max: 60 }), base: baseArb }), {
    minLength: 1,
    maxLength: 5,
  }).map((jobs) => {
    // Walk backwards from the month before asOf.
    let end = monthIndexOf(asOf.slice(0, 7)) - 1
    const periods: Period[] = []
    for (const job of jobs) {
      end -= job.gap
      const from = Math.max(monthIndexOf('1960-01'), end - job.length + 1)
      if (from > end) break
      periods.unshift({ from: monthLabel(from), to: monthLabel(end), base: job.base })
      end = from - 1
    }
    return periods
  })

const count = fc.oneof({ weight: 6, arbitrary: fc.constant(0) }, { weight: 3, arbitrary: fc.integer({ min: 1, max: 3 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 99 }) })

/** The same day `years` years earlier (29 February becomes 28 February). */
const yearsBefore = (iso: string, years: number): string =>
  `${String(Number(iso.slice(0, 4)) - years).padStart(4, '0')}-${iso.slice(5) === '02-29' ? '02-28' : iso.slice(5)}`

/** A date near asOf − n years (±3 days), to sit on both sides of anniversaries; or any date. */
const sinceArb = (asOf: string, maxYears: number): fc.Arbitrary<string> =>
  fc.oneof(
    fc.tuple(fc.integer({ min: 0, max: maxYears }), fc.integer({ min: -3, max: 3 })).map(([years, days]) => addDays(yearsBefore(asOf, years), days)),
    isoDateArb('1970-01-01', addDays(asOf, 400)),
  )

/**
 * Contribution periods start at the 16th birthday at the earliest (the schema rejects earlier
 * months): periods are clipped to that month, and a period wholly before it is dropped.
 */
export function fromAge16<P extends Profile>(profile: P): P {
  if (!profile.birthDate || !profile.socialInsurance) return profile
  const first = anniversary(profile.birthDate, 16).slice(0, 7)
  const socialInsurance = profile.socialInsurance.flatMap((p) => (p.to < first ? [] : [{ ...p, from: p.from < first ? first : p.from }]))
  if (socialInsurance.length) return { ...profile, socialInsurance }
  const { socialInsurance: _dropped, ...rest } = profile
  return rest as P
}

export type ProfileWithAsOf = Profile & { asOf: string }

/** A valid profile of format version 1, with asOf set; every other field is optional. */
export const profileArb: fc.Arbitrary<ProfileWithAsOf> = asOfArb.chain((asOf) =>
  fc.record(
    {
      version: fc.constant(1 as const),
      asOf: fc.constant(asOf),
      birthDate: fc.oneof(sinceArb(asOf, 70).filter((d) => d <= asOf && d >= '1900-01-01'), isoDateArb('1940-01-01', asOf)),
      education: fc.constantFrom(...EDUCATIONS),
      fullTimeStudy: fc.boolean(),
      qualification: fc.constantFrom(...QUALIFICATIONS),
      socialInsurance: fc.oneof(careerArb(asOf), fc.array(periodArb(asOf), { maxLength: 8 })),
      shortageMajor: fc.boolean(),
      freshGraduate: fc.boolean(),
      publicServiceSince: sinceArb(asOf, 15),
      keyArea: fc.record({ kind: fc.constantFrom(...KEY_AREA_KINDS), since: sinceArb(asOf, 15) }),
      spouseHukouSince: sinceArb(asOf, 15),
      award: fc.constantFrom(...AWARDS),
      investment: fc.record(
        {
          avgAnnualTax: fc.oneof(fc.integer({ min: 0, max: 1_500_000 }), fc.integer({ min: 0, max: 150_000_000 }).map((c) => c / 100)),
          avgLocalHires: fc.oneof(fc.integer({ min: 0, max: 150 }), fc.double({ min: 0, max: 150, noNaN: true })),
        },
        { requiredKeys: [] },
      ),
      innovation: fc.constantFrom(...INNOVATIONS),
      deductions: fc.record({ falseMaterials: count, detentions: count, crimes: count }, { requiredKeys: [] }),
      seriousCrime: fc.oneof({ weight: 9, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    },
    { requiredKeys: ['version', 'asOf'] },
  ).map(fromAge16),
)
