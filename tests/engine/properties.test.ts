// Properties of the engine over arbitrary VALID profiles (tests/engine/arbitraries.ts), each
// stated against the contract (docs/format.md and docs/rules.md) rather than the implementation.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assess } from '../../src/engine/assess'
import { FINDINGS } from '../../src/engine/data/findings'
import { monthIndexOf, monthLabel } from '../../src/engine/dates'
import { parseProfile, sanitizeDraft, type Profile } from '../../src/engine/schema'
import { FINDING_CODES, ITEM_IDS, type Assessment, type ItemId } from '../../src/engine/types'
import { addDays, periodArb, profileArb, type ProfileWithAsOf } from './arbitraries'

const RUNS = { numRuns: 1000 }
const run = (p: ProfileWithAsOf): Assessment => assess(p, p.asOf)
const pts = (a: Assessment, id: ItemId) => a.items.find((i) => i.id === id)!.points

// Spec §2: the group of each item, in table order, and the values each item can take.
const GROUPS = ['basic', 'basic', 'basic', 'basic', ...Array(9).fill('bonus'), 'deduction', 'deduction', 'deduction']
const ALLOWED: Partial<Record<ItemId, (p: number) => boolean>> = {
  age: (p) => p === 0 || p === 5 || p === 30 || (p >= 7 && p <= 29 && p % 2 === 1),
  education: (p) => [0, 50, 60, 90, 100, 110].includes(p),
  qualification: (p) => [0, 15, 30, 60, 100, 140].includes(p),
  socialInsuranceYears: (p) => p >= 0 && p % 3 === 0,
  shortageMajor: (p) => p === 0 || p === 30,
  investment: (p) => p >= 0 && p <= 100 && p % 10 === 0,
  contributionBase: (p) => [0, 25, 50, 100, 120].includes(p),
  publicService: (p) => p === 0 || (p >= 20 && p % 4 === 0),
  keyArea: (p) => p >= 0 && p <= 20 && p % 2 === 0,
  freshGraduate: (p) => p === 0 || p === 10,
  award: (p) => [0, 30, 60, 110].includes(p),
  spouse: (p) => p >= 0 && p <= 40 && p % 4 === 0,
  innovation: (p) => p === 0 || p === 120,
  falseMaterials: (p) => p <= 0 && p % 150 === 0,
  detentions: (p) => p <= 0 && p % 50 === 0,
  crimes: (p) => p <= 0 && p % 150 === 0,
}

function numbersIn(value: unknown, out: number[] = []): number[] {
  if (typeof value === 'number') out.push(value)
  else if (value && typeof value === 'object') for (const v of Object.values(value)) numbersIn(v, out)
  return out
}

describe('engine properties over arbitrary valid profiles', () => {
  it('format §1: parseProfile accepts every generated profile unchanged, and sanitizeDraft reports no errors', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const parsed = parseProfile(p, p.asOf)
        expect(parsed).toEqual({ success: true, profile: p })
        expect(sanitizeDraft(p, p.asOf)).toEqual({ profile: p, errors: [] })
      }),
      RUNS,
    )
  })

  it('rules §1: total == max(0, sum of items)', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const a = run(p)
        expect(a.total).toBe(Math.max(0, a.items.reduce((s, i) => s + i.points, 0)))
      }),
      RUNS,
    )
  })

  it('format §1 (never NaN): every number in the assessment is finite and every point an integer', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const a = run(p)
        expect(numbersIn(a).filter((n) => !Number.isFinite(n))).toEqual([])
        expect(a.items.filter((i) => !Number.isInteger(i.points))).toEqual([])
        expect(Number.isInteger(a.total)).toBe(true)
      }),
      RUNS,
    )
  })

  it('rules §1: each item takes only its table values and stays within its cap (item.max)', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        for (const i of run(p).items) {
          expect(ALLOWED[i.id]!(i.points), `${i.id} = ${i.points}`).toBe(true)
          if (i.max !== null) expect(i.points).toBeLessThanOrEqual(i.max)
        }
      }),
      RUNS,
    )
  })

  it('format §3: items are always all 16 ids in table order, with their group', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const a = run(p)
        expect(a.items.map((i) => i.id)).toEqual([...ITEM_IDS])
        expect(a.items.map((i) => i.group)).toEqual(GROUPS)
      }),
      { numRuns: 200 },
    )
  })

  it('rules §1 (pick one): at most one of education and qualification scores', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const a = run(p)
        expect(pts(a, 'education') > 0 && pts(a, 'qualification') > 0).toBe(false)
      }),
      RUNS,
    )
  })

  it('format §3: threshold is 120 and meetsThreshold == (total ≥ 120 && !vetoed); vetoed == seriousCrime', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const a = run(p)
        expect(a.threshold).toBe(120)
        expect(a.vetoed).toBe(p.seriousCrime === true)
        expect(a.meetsThreshold).toBe(a.total >= 120 && !a.vetoed)
      }),
      RUNS,
    )
  })

  it('rules §11: status is the first that holds of vetoed, incomplete, notEligible, meets, below', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const a = run(p)
        const incomplete = !p.birthDate || !p.education || !p.socialInsurance?.length
        const codes = new Set(a.findings.map((f) => f.code))
        const notEligible = codes.has('eligibilitySixMonths') || codes.has('notEligibleAge')
        const expected = a.vetoed ? 'vetoed' : incomplete ? 'incomplete' : notEligible ? 'notEligible' : a.total >= a.threshold ? 'meets' : 'below'
        expect(a.status).toBe(expected)
        // Never 达标 without the points; meets implies meetsThreshold.
        if (a.status === 'meets') expect(a.meetsThreshold).toBe(true)
        expect(codes.has('statusIncomplete')).toBe(a.status === 'incomplete')
      }),
      RUNS,
    )
  })

  it('rules §11 thin margin: atRisk is a positive integer no larger than the total, on items that depend on the base', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const a = run(p)
        const f = a.findings.find((x) => x.code === 'thinMargin')
        if (!f) return
        const atRisk = f.params!.atRisk as number
        expect(Number.isInteger(atRisk) && atRisk > 0 && atRisk <= a.total).toBe(true)
        expect(f.severity).toBe('warning')
        expect(f.items!.length).toBeGreaterThan(0)
        for (const id of f.items!) expect(['qualification', 'contributionBase']).toContain(id)
      }),
      RUNS,
    )
  })

  it('rules §1: the ruleset follows asOf (null before 2018-01-01, sh-2018 to 2022-12-31, then sh-2023)', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const expected = p.asOf < '2018-01-01' ? null : p.asOf < '2023-01-01' ? 'sh-2018' : 'sh-2023'
        const a = run(p)
        expect(a.ruleset).toBe(expected)
        if (expected === null) expect(a.total).toBe(0)
      }),
      RUNS,
    )
  })

  it('rules §1 (every finding has a stable code and a severity): codes, severities, items and evidence are well-formed', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        for (const f of run(p).findings) {
          expect(FINDING_CODES).toContain(f.code)
          expect(['info', 'warning', 'error']).toContain(f.severity)
          if (f.item !== undefined) expect(ITEM_IDS).toContain(f.item)
          expect(f.evidence).toMatch(/^(rules|format) §\S/)
          // The evidence is the code's, from the data (data/findings.ts).
          expect(f.evidence, f.code).toBe(FINDINGS[f.code].evidence)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('determinism: the same profile gives the same assessment, and the input is not mutated', () => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const copy = structuredClone(p)
        const first = run(p)
        expect(p).toEqual(copy)
        expect(run(copy)).toEqual(first)
        expect(JSON.parse(JSON.stringify(first))).toEqual(first)
      }),
      { numRuns: 300 },
    )
  })

  // What is proved about more social-insurance months:
  // (1) adding ANY period (any months, any base, overlapping or not) never lowers the total, nor
  //     socialInsuranceYears, contributionBase, or max(education, qualification): every count the
  //     rules use is monotone in the month → base map, which only grows (overlaps keep the higher base).
  // (2) extending the history backwards by 12 new months raises socialInsuranceYears by exactly 3;
  //     when those months end more than 48 months before asOf (outside every window), no other
  //     item changes at all.
  const withPeriod = (p: ProfileWithAsOf, extra: { from: string; to: string; base: number }): ProfileWithAsOf => ({
    ...p,
    socialInsurance: [...(p.socialInsurance ?? []), extra],
  })

  it('rules §1: adding any period never lowers the total, SI years, contribution base, or the better of education/qualification', () => {
    fc.assert(
      fc.property(
        profileArb.filter((p) => p.asOf >= '2018-01-01').chain((p) => fc.tuple(fc.constant(p), periodArb(p.asOf))),
        ([p, extra]) => {
          const before = run(p)
          const after = run(withPeriod(p, extra))
          expect(after.total).toBeGreaterThanOrEqual(before.total)
          for (const id of ['socialInsuranceYears', 'contributionBase'] as const) expect(pts(after, id)).toBeGreaterThanOrEqual(pts(before, id))
          const better = (a: Assessment) => pts(a, 'education') + pts(a, 'qualification')
          expect(better(after)).toBeGreaterThanOrEqual(better(before))
        },
      ),
      RUNS,
    )
  })

  it('rules §1: 12 more months before the earliest raise SI years by exactly 3; outside the 48-month window nothing else changes', () => {
    fc.assert(
      fc.property(
        profileArb.filter((p) => p.asOf >= '2018-01-01' && (p.socialInsurance?.length ?? 0) > 0),
        fc.integer({ min: 0, max: 60_000 }),
        (p, base) => {
          const asOfMonth = monthIndexOf(p.asOf.slice(0, 7))
          // The earliest month that counts (before the asOf month); periods wholly after it are ignored.
          const counted = p.socialInsurance!.map((s) => monthIndexOf(s.from)).filter((m) => m < asOfMonth)
          fc.pre(counted.length > 0)
          const to = Math.min(...counted) - 1
          const extra = { from: monthLabel(to - 11), to: monthLabel(to), base }
          const before = run(p)
          const after = run(withPeriod(p, extra))
          expect(pts(after, 'socialInsuranceYears')).toBe(pts(before, 'socialInsuranceYears') + 3)
          if (to < asOfMonth - 48)
            for (const id of ITEM_IDS) if (id !== 'socialInsuranceYears') expect({ id, points: pts(after, id) }).toEqual({ id, points: pts(before, id) })
        },
      ),
      RUNS,
    )
  })
})

describe('parseProfile rejects mutations of valid profiles, at the right path', () => {
  type Mutation = { name: string; mutate: (p: ProfileWithAsOf) => { input: unknown; path: string; code: string } | null }
  const periodIndex = (p: Profile) => ((p.socialInsurance?.length ?? 0) > 0 ? p.socialInsurance!.length - 1 : -1)
  const withPeriodAt = (p: ProfileWithAsOf, i: number, patch: object) => ({
    ...p,
    socialInsurance: p.socialInsurance!.map((s, j) => (j === i ? { ...s, ...patch } : s)),
  })
  const mutations: Mutation[] = [
    { name: 'unknown key', mutate: (p) => ({ input: { ...p, salary: 1 }, path: 'salary', code: 'unknownKey' }) },
    {
      name: 'unknown key inside keyArea',
      mutate: (p) => ({ input: { ...p, keyArea: { kind: 'newTown', since: '2020-01-01', district: 'x' } }, path: 'keyArea.district', code: 'unknownKey' }),
    },
    {
      name: 'negative base',
      mutate: (p) => {
        const i = periodIndex(p)
        return i < 0 ? null : { input: withPeriodAt(p, i, { base: -1 - p.socialInsurance![i]!.base }), path: `socialInsurance.${i}.base`, code: 'negative' }
      },
    },
    {
      name: 'non-integer count',
      mutate: (p) => ({ input: { ...p, deductions: { ...p.deductions, detentions: (p.deductions?.detentions ?? 0) + 0.5 } }, path: 'deductions.detentions', code: 'notInteger' }),
    },
    { name: 'bad education enum', mutate: (p) => ({ input: { ...p, education: 'phd' }, path: 'education', code: 'invalidValue' }) },
    { name: 'bad qualification enum', mutate: (p) => ({ input: { ...p, qualification: 'titleJunior' }, path: 'qualification', code: 'invalidValue' }) },
    {
      name: 'to before from',
      mutate: (p) => {
        const i = periodIndex(p)
        if (i < 0) return null
        const from = monthIndexOf(p.socialInsurance![i]!.from)
        return { input: withPeriodAt(p, i, { to: monthLabel(from - 1) }), path: `socialInsurance.${i}.to`, code: 'endBeforeStart' }
      },
    },
    { name: 'future birth date', mutate: (p) => ({ input: { ...p, birthDate: addDays(p.asOf, 1) }, path: 'birthDate', code: 'birthDateAfterAsOf' }) },
    { name: 'version 2', mutate: (p) => ({ input: { ...p, version: 2 }, path: 'version', code: 'invalidValue' }) },
    { name: 'impossible date', mutate: (p) => ({ input: { ...p, spouseHukouSince: '2023-02-30' }, path: 'spouseHukouSince', code: 'invalidDate' }) },
  ]

  it.each(mutations)('format §1 (strict schema): $name → exactly one error at its path', ({ mutate }) => {
    fc.assert(
      fc.property(profileArb, (p) => {
        const m = mutate(p)
        fc.pre(m !== null)
        const parsed = parseProfile(m!.input, p.asOf)
        expect(parsed.success).toBe(false)
        if (!parsed.success) expect(parsed.errors.map(({ path, code }) => ({ path, code }))).toEqual([{ path: m!.path, code: m!.code }])
      }),
      { numRuns: 300 },
    )
  })
})
