// The zod-free check of the profile format (src/engine/profile-check.ts) against the zod schema it
// stands in for: the same verdict on every input, the same profile read (key for key, in zod's
// order, explicit undefined and -0 included), parseProfile's fast path giving what zod's path gives,
// and a draft's valid part without zod equal to sanitizeDraft's. Inputs: arbitrary values, and
// valid profiles with a few fields broken on purpose (near misses: the edges of every kind).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { draftProfile, isValidField, readWellFormed, sanitizeRounds } from '../../src/engine/profile-check'
import { DATE_PATTERN, LIMITS } from '../../src/engine/profile-format'
import { parseBySchema, parseProfile, ProfileSchema, sanitizeDraft } from '../../src/engine/schema'
import { TODAY, validProfile } from '../fixtures/profile-arbitrary'

const shape = ProfileSchema.shape as unknown as Record<string, z.ZodMiniType>
const KEYS = Object.keys(shape)
/** Keys that are not fields, some of them on Object.prototype or meaningful to the draft's clean-up. */
const ODD_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'foo', '', 'a.b', 'socialInsurance.0', 'socialInsurance.x', 'Version', 'asOf ']
const NESTED: Record<string, string[]> = {
  keyArea: ['kind', 'since'],
  investment: ['avgAnnualTax', 'avgLocalHires'],
  deductions: ['falseMaterials', 'detentions', 'crimes'],
}
const PERIOD_KEYS = ['from', 'to', 'base']
const VALID_PERIOD = { from: '2015-01', to: '2016-12', base: 9000 }

/** Values at the edges of every kind, and the wrong kinds. */
const EDGES: unknown[] = [
  undefined, null, true, false, 0, -0, 1, 0.5, -1, -0.0001, 99, 100, 98.5, NaN, Infinity, -Infinity, 1e21, 2 ** 53, 2 ** 53 + 2,
  LIMITS.base, LIMITS.base + 0.01, LIMITS.amount, LIMITS.amount * 1.0000001, LIMITS.count * 1_000_000, LIMITS.count * 1_000_000 + 1,
  '', '1', '0', 'null', '2024-01-01', '2023-02-29', '2024-02-29', '2100-02-29', '2000-02-29', '1900-02-29', '2024-04-31', '2024-1-01',
  ' 2024-01-01', '2024-01-01 ', '2024-01-01\n', '2024-01-01T00:00:00Z', '20240101', '+2024-01-01', '９９９９-01-01', '0000-01-01',
  '9999-12-31', '1899-12-31', '1900-01-01', '2100-12-31', '2101-01-01', '2030-01-01', '2024-13', '2024-00', '2024-12', '2024-01',
  '2024-1', '1899-12', '1900-01', '0000-01', '9999-12', '2024-01-01'.slice(0, 7) + ' ', 'master', 'none', 'phd', 'lingang',
  'national', 'startupFounder', 'skill1', 'Master', [], {}, [1], { a: 1 }, [VALID_PERIOD], { kind: 'lingang', since: '2020-01-01' },
  { avgAnnualTax: 1 }, { crimes: 1 },
]
const edge = fc.constantFrom(...EDGES)
const dateLike = fc
  .tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.boolean())
  .map(([y, m, d, day]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}${day ? `-${String(d).padStart(2, '0')}` : ''}`)
const value: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: edge },
  { weight: 2, arbitrary: dateLike },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 200 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
)

/** Sets an own enumerable property, "__proto__" included (a plain assignment would set the prototype). */
function put(o: Record<string, unknown>, key: string, v: unknown): Record<string, unknown> {
  Object.defineProperty(o, key, { value: v, enumerable: true, writable: true, configurable: true })
  return o
}

type Mutation = (p: Record<string, unknown>) => Record<string, unknown>
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // A field (or a key that is none) set to a value, undefined among them.
  fc.tuple(fc.constantFrom(...KEYS, ...KEYS, ...ODD_KEYS), value).map(([key, v]): Mutation => (p) => put({ ...p }, key, v)),
  // A field left out (version too).
  fc.constantFrom(...KEYS).map((key): Mutation => (p) => {
    const { [key]: _, ...rest } = p
    return rest
  }),
  // A group's entry set (or an unknown one added), or one left out.
  fc.tuple(fc.constantFrom(...Object.keys(NESTED)), fc.nat(), value, fc.boolean()).map(([group, i, v, drop]): Mutation => (p) => {
    const keys = [...NESTED[group]!, ...ODD_KEYS]
    const base = typeof p[group] === 'object' && p[group] !== null ? { ...(p[group] as object) } : group === 'keyArea' ? { kind: 'newTown', since: '2021-03-01' } : {}
    const key = keys[i % keys.length]!
    if (drop) delete (base as Record<string, unknown>)[key]
    else put(base as Record<string, unknown>, key, v)
    return { ...p, [group]: base }
  }),
  // A contribution period's part set (or an unknown one added), or the period replaced.
  fc.tuple(fc.nat(), fc.nat(), value, fc.boolean()).map(([i, k, v, whole]): Mutation => (p) => {
    const list = Array.isArray(p.socialInsurance) && p.socialInsurance.length ? [...(p.socialInsurance as unknown[])] : [VALID_PERIOD]
    const at = i % list.length
    const keys = [...PERIOD_KEYS, ...ODD_KEYS]
    list[at] = whole ? v : put({ ...(list[at] as object) }, keys[k % keys.length]!, v)
    return { ...p, socialInsurance: list }
  }),
  // At the list's limit, or one over it, with or without a bad period among them.
  fc.tuple(fc.constantFrom(LIMITS.periods - 1, LIMITS.periods, LIMITS.periods + 1), fc.option(fc.nat())).map(([n, bad]): Mutation => (p) => {
    const list: unknown[] = Array.from({ length: n }, () => ({ ...VALID_PERIOD }))
    if (bad !== null) list[bad % n] = { ...VALID_PERIOD, to: '2015-13' }
    return { ...p, socialInsurance: list }
  }),
)

/** Valid profiles with one to three things broken. */
const nearMiss: fc.Arbitrary<unknown> = fc
  .tuple(validProfile, fc.array(mutation, { minLength: 1, maxLength: 3 }))
  .map(([p, ms]) => ms.reduce<Record<string, unknown>>((acc, m) => m(acc), { ...p }))
/** Objects of the profile's keys (and others) with any values. */
const profileShaped: fc.Arbitrary<unknown> = fc
  .tuple(fc.dictionary(fc.constantFrom(...KEYS, ...ODD_KEYS), fc.oneof(value, fc.anything())), fc.constantFrom(1, 1, 1, '1', undefined))
  .map(([o, version]) => (version === undefined ? o : { ...o, version }))
const anyValue = fc.anything({ withNullPrototype: true, withBoxedValues: true, withSparseArray: true, withObjectString: true, maxDepth: 3 })
const input: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: nearMiss },
  { weight: 2, arbitrary: validProfile },
  { weight: 2, arbitrary: profileShaped },
  { weight: 1, arbitrary: anyValue },
)

/** What toStrictEqual does not compare: the order of keys (undefined kept visible). */
const layout = (v: unknown) => JSON.stringify(v, (_, x: unknown) => (x === undefined ? '<undefined>' : x))

describe('the zod-free check is the schema', () => {
  it("its date pattern is zod's own ISO date pattern", () => {
    expect(DATE_PATTERN.source).toBe(z.core.regexes.date.source)
    expect(DATE_PATTERN.flags).toBe(z.core.regexes.date.flags)
  })

  it('readWellFormed(x) reads a profile exactly when ProfileSchema accepts x, and the profile read is the one zod returns, in its key order', () => {
    fc.assert(
      fc.property(input, (x) => {
        const parsed = ProfileSchema.safeParse(x)
        expect(readWellFormed(x) !== undefined).toBe(parsed.success)
        const read = readWellFormed(x)
        if (!parsed.success) {
          expect(read).toBeUndefined()
          return
        }
        expect(read).toStrictEqual(parsed.data)
        expect(layout(read)).toBe(layout(parsed.data))
        // A copy, as zod's: changing it leaves the input alone.
        if (x !== read) expect(read).not.toBe(x)
      }),
      { numRuns: 3000 },
    )
  })

  it('isValidField(key, v) is true exactly when the schema’s field accepts v; a key that is no field is never valid', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KEYS, ...ODD_KEYS), fc.oneof(value, nearMiss.map((p) => (p as Record<string, unknown>).socialInsurance)), (key, v) => {
        expect(isValidField(key, v)).toBe(KEYS.includes(key) ? shape[key]!.safeParse(v).success : false)
      }),
      { numRuns: 3000 },
    )
    // Every edge value at every field.
    for (const key of KEYS) for (const v of EDGES) expect(isValidField(key, v), `${key}: ${String(v)}`).toBe(shape[key]!.safeParse(v).success)
  })

  it('the edge cases named: impossible dates, loose formats, non-finite and unsafe numbers, unknown and inherited key names, explicit undefined', () => {
    const base = { version: 1 }
    const agree = (x: unknown) => expect(readWellFormed(x) !== undefined, layout(x)).toBe(ProfileSchema.safeParse(x).success)
    for (const d of ['2023-02-29', '2024-02-29', '2100-02-29', '2000-02-29', '2024-1-01', ' 2024-01-01']) agree({ ...base, birthDate: d })
    for (const m of ['2024-13', '2024-00', '2024-12']) agree({ ...base, socialInsurance: [{ ...VALID_PERIOD, from: m }] })
    for (const n of [-0, NaN, Infinity, 1e21, 2 ** 53, 99, 100, '1']) agree({ ...base, deductions: { crimes: n } })
    for (const key of ['__proto__', 'constructor']) agree(put({ ...base }, key, 1))
    agree(JSON.parse('{"version":1,"__proto__":{"asOf":"2024-01-01"}}'))
    agree({ ...base, keyArea: { kind: 'lingang', since: '2020-01-01', extra: true } })
    agree({ ...base, asOf: undefined, investment: { avgAnnualTax: undefined } })
    expect(readWellFormed({ ...base, asOf: undefined })).toStrictEqual({ version: 1, asOf: undefined })
    expect(readWellFormed({ ...base, keyArea: { kind: 'lingang', since: undefined } })).toBeUndefined()
    for (const n of [LIMITS.periods, LIMITS.periods + 1]) agree({ ...base, socialInsurance: Array.from({ length: n }, () => VALID_PERIOD) })
    expect(Object.is((readWellFormed({ ...base, deductions: { crimes: -0 } }) as { deductions: { crimes: number } }).deductions.crimes, -0)).toBe(true)
  })

  it('every edge value at every field, group entry and period part of a valid profile: the same verdict and profile as zod', () => {
    const valid: Record<string, unknown> = {
      version: 1,
      asOf: '2026-01-15',
      birthDate: '1990-05-01',
      socialInsurance: [VALID_PERIOD],
      keyArea: { kind: 'newTown', since: '2021-03-01' },
      investment: { avgAnnualTax: 1000 },
      deductions: { crimes: 0 },
    }
    const inputs: unknown[] = []
    for (const v of EDGES) {
      for (const key of [...KEYS, ...ODD_KEYS]) inputs.push(put({ ...valid }, key, v))
      for (const [group, keys] of Object.entries(NESTED))
        for (const key of [...keys, ...ODD_KEYS]) inputs.push({ ...valid, [group]: put({ ...(valid[group] as object) }, key, v) })
      for (const key of [...PERIOD_KEYS, ...ODD_KEYS]) inputs.push({ ...valid, socialInsurance: [VALID_PERIOD, put({ ...VALID_PERIOD }, key, v)] })
    }
    for (const x of inputs) {
      const parsed = ProfileSchema.safeParse(x)
      expect(readWellFormed(x), layout(x)).toStrictEqual(parsed.success ? parsed.data : undefined)
      expect(parseProfile(x, TODAY)).toStrictEqual(parseBySchema(x, TODAY))
    }
  })
})

describe('parseProfile reads a well-formed profile without zod, to the same result', () => {
  it('parseProfile(x) equals zod’s path (parseBySchema) on every input: success, profile, key order, errors', () => {
    fc.assert(
      fc.property(input, fc.constantFrom(TODAY, '1950-01-01', '2100-12-31'), (x, today) => {
        const fast = parseProfile(x, today)
        const slow = parseBySchema(x, today)
        expect(fast).toStrictEqual(slow)
        expect(layout(fast)).toBe(layout(slow))
      }),
      { numRuns: 2000 },
    )
  })
})

describe("a draft's valid part without zod", () => {
  // sanitizeDraft as it was: every candidate through zod.
  const bySchema = (x: unknown, today: string) => sanitizeRounds(x, (candidate) => parseBySchema(candidate, today))

  it('draftProfile(x) is sanitizeDraft’s profile (key order too), and has nothing invalid exactly when sanitizeDraft reports no error', () => {
    fc.assert(
      fc.property(input, fc.constantFrom(TODAY, '1950-01-01', '2100-12-31'), (x, today) => {
        const reference = bySchema(x, today)
        const full = sanitizeDraft(x, today)
        expect(full).toStrictEqual(reference)
        const { profile, invalid } = draftProfile(x, today)
        expect(profile).toStrictEqual(reference.profile)
        expect(layout(profile)).toBe(layout(reference.profile))
        expect(invalid.length === 0).toBe(reference.errors.length === 0)
      }),
      { numRuns: 2000 },
    )
  })

  it('drops what the checks across fields reject as sanitizeDraft does: a birth date after asOf, a period before 16, an end before its start', () => {
    const draft = {
      version: 1,
      asOf: '2026-01-15',
      birthDate: '1990-05-01',
      socialInsurance: [
        { from: '2005-01', to: '2006-12', base: 5000 },
        { from: '2020-01', to: '2019-12', base: 5000 },
        { from: '2021-01', to: '2021-12', base: 5000 },
      ],
      keyArea: { kind: 'lingang', since: '2101-01-01' },
      education: 'phd',
    }
    const expected = { version: 1, asOf: '2026-01-15', birthDate: '1990-05-01', socialInsurance: [{ from: '2021-01', to: '2021-12', base: 5000 }] }
    expect(draftProfile(draft, TODAY)).toStrictEqual({ profile: expected, invalid: ['education', 'keyArea.since', 'socialInsurance.0.from', 'socialInsurance.1.to'] })
    expect(sanitizeDraft(draft, TODAY).profile).toStrictEqual(expected)
  })
  it('drops an unknown key even when it is empty or has a dot in it, and keeps every valid field', () => {
    const draft = { version: 1, birthDate: '1990-05-01', '': 1, 'a.b': 2, education: 'master', keyArea: { kind: 'lingang', since: '2020-01-01', 'x.y': 3 } }
    const expected = { version: 1, birthDate: '1990-05-01', education: 'master' }
    const { profile, errors } = sanitizeDraft(draft, TODAY)
    expect(profile).toStrictEqual(expected)
    expect(errors.map((e) => `${e.path}: ${e.code}`).sort()).toEqual([': unknownKey', 'a.b: unknownKey', 'keyArea.x.y: unknownKey'])
    const withoutZod = draftProfile(draft, TODAY)
    expect(withoutZod.profile).toStrictEqual(expected)
    expect(withoutZod.invalid.sort()).toEqual(['', 'a.b', 'keyArea'])
  })
})
