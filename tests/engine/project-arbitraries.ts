// fast-check arbitraries for valid profiles and assessment dates, shared by the projection and
// action properties. Every enum comes from the schema itself.
import fc from 'fast-check'
import { fromAge16 } from './arbitraries'
import { AWARDS, EDUCATIONS, INNOVATIONS, KEY_AREA_KINDS, QUALIFICATIONS, type Period, type Profile } from '../../src/engine/schema'

const day = (min: string, max: string) =>
  fc.date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))

const month = fc.integer({ min: 2014 * 12, max: 2027 * 12 + 5 }).map((i) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`)

const period: fc.Arbitrary<Period> = fc
  .tuple(month, fc.integer({ min: 0, max: 80 }), fc.integer({ min: 3000, max: 40000 }))
  .map(([from, length, base]) => {
    const i = Number(from.slice(0, 4)) * 12 + Number(from.slice(5, 7)) - 1 + length
    return { from, to: `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, base }
  })

export const arbAsOf = day('2024-01-01', '2027-06-30')

export const arbProfile: fc.Arbitrary<Profile> = fc
  .record(
    {
      birthDate: day('1962-01-01', '2005-12-31'),
      education: fc.constantFrom(...EDUCATIONS),
      fullTimeStudy: fc.boolean(),
      qualification: fc.constantFrom(...QUALIFICATIONS),
      socialInsurance: fc.array(period, { maxLength: 3 }),
      shortageMajor: fc.boolean(),
      freshGraduate: fc.boolean(),
      publicServiceSince: day('2012-01-01', '2026-12-31'),
      keyArea: fc.record({ kind: fc.constantFrom(...KEY_AREA_KINDS), since: day('2012-01-01', '2026-12-31') }),
      spouseHukouSince: day('2010-01-01', '2026-12-31'),
      award: fc.constantFrom(...AWARDS),
      innovation: fc.constantFrom(...INNOVATIONS),
      deductions: fc.record({ falseMaterials: fc.integer({ min: 0, max: 1 }), detentions: fc.integer({ min: 0, max: 1 }) }),
      seriousCrime: fc.boolean(),
    },
    { requiredKeys: [] },
  )
  .map((fields) => fromAge16({ version: 1 as const, ...fields }))
