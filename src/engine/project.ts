// The road to 120: the assessment over time. Pure: `asOf` and every assumption are arguments,
// and every number comes from `assess` on a projected profile (nothing is scored here).
//
// The projected profile is the profile plus the months the person is assumed to keep paying
// social insurance. It is assessed on every date where a score can change: each month start
// (social-insurance years, contribution-base windows, the title's base condition) and the exact
// days where day-based items move (birthdays, anniversaries of the key area, public service and
// marriage), so every date reported is exact. The score is not monotonic: age points fall on
// birthdays, so "first date ≥ 120" is found by walking the dates in order.
import { assess } from './assess'
import { ANNIVERSARY_FIELDS, ITEMS, type AnniversaryField } from './data/items'
import { RULESETS } from './data/rulesets'
import { anniversary, fullYearsBetween, monthIndexOf, monthLabel, monthOfDate, type MonthIndex } from './dates'
import type { Period, Profile } from './schema'
import { ITEM_IDS, type AssessOptions, type ItemId, type RulesetId } from './types'
import type { WageTable } from './wages'

/** What the projection takes for granted about the future; each one is shown and editable. */
export interface Assumptions {
  /** Keep paying Shanghai employee social insurance every month from now on. */
  keepPaying: boolean
  /** Monthly contribution base (CNY) from `baseFrom` on; null = the latest base entered. */
  futureBase: number | null
  /** First month (YYYY-MM) at `futureBase`; earlier future months stay at the latest base. Null = the asOf month. */
  baseFrom: string | null
  /** A break in payment: `months` unpaid months from `from` (YYYY-MM). */
  gap: { from: string; months: number } | null
}

export const DEFAULT_ASSUMPTIONS: Assumptions = { keepPaying: true, futureBase: null, baseFrom: null, gap: null }

/** A change to the answers from a date on (what an action would do), e.g. a title from next month. */
export interface ProfileChange {
  from: string
  patch: Partial<Omit<Profile, 'version' | 'asOf'>>
}

export interface ProjectOptions {
  /** Last date projected (YYYY-MM-DD, itself assessed); default `years` after asOf. */
  until?: string
  /** Horizon in years when `until` is not given (default 10, at most MAX_YEARS). */
  years?: number
  assumptions?: Partial<Assumptions>
  changes?: readonly ProfileChange[]
  /** From month `from` (YYYY-MM) on, every assumed month is paid at least at `base` (an action). */
  raiseBase?: { from: string; base: number }
  ruleset?: RulesetId
  /** Another reference-wage table (default: the published one). */
  wages?: WageTable
}

export const DEFAULT_YEARS = 10
export const MAX_YEARS = 40

/** Caveats of a projection, as stable codes for i18n (params for the message). */
export type ProjectionNoteCode =
  | 'resumesPaying' // the history ends before last month: payment is assumed to start again
  | 'noBaseKnown' // nothing to extend: enter a future base
  | 'stopsPaying' // keepPaying is off
  | 'gapAssumed'
  | 'wageFrozen' // future months are compared with the newest published reference wage
  | 'rulesetLapses' // the measures are reported valid to a date inside the horizon
  | 'freshGraduateEnds' // the fresh-graduate bonus only counts in the graduation window
  | 'deductionsKept' // deduction windows run out, but their dates are unknown
  | 'staysMarried'
  | 'staysInKeyArea'
  | 'staysInPublicService'
  | 'innovationContinues'
  | 'investmentContinues'

export interface ProjectionNote {
  code: ProjectionNoteCode
  params?: Record<string, string | number>
}

export interface ProjectionPoint {
  date: string
  total: number
  meetsThreshold: boolean
  /** Points per item, in ITEM_IDS order. */
  items: number[]
}

export interface ProjectionChange {
  date: string
  /** 'month' when the change comes from a month boundary (show YYYY-MM), 'day' for an exact date. */
  precision: 'day' | 'month'
  item: ItemId
  from: number
  to: number
  /** The item's inputs after the change (age, years, months …), for the sentence. */
  inputs: Record<string, number | string | boolean | null>
  /** Total after all changes of that date. */
  total: number
}

export interface Projection {
  asOf: string
  until: string
  threshold: number
  vetoed: boolean
  /** The assumptions used, with the future base resolved (null when none is known). */
  assumptions: Assumptions
  points: ProjectionPoint[]
  changes: ProjectionChange[]
  /** First assessed date whose total reaches the threshold (asOf itself if already there); null if not within the horizon or vetoed. */
  reach: string | null
  /** First date after `reach` on which the total falls below the threshold again (e.g. an age step), or null. */
  dropsBelow: string | null
  notes: ProjectionNote[]
}

/** A date of the profile (or of a change's patch) whose anniversaries move an item (data/items.ts). */
const dateOf = (p: ProfileChange['patch'], field: AnniversaryField): string | undefined => (field === 'keyArea.since' ? p.keyArea?.since : p[field])

const pad = (n: number, w = 2) => String(n).padStart(w, '0')
const monthStart = (m: MonthIndex) => `${monthLabel(m)}-01`

/** The latest month entered and its base (the higher one where periods overlap): what "keep paying" extends. */
export function latestPaid(periods: readonly Period[]): { month: MonthIndex; base: number } | null {
  let month = -Infinity
  for (const p of periods) month = Math.max(month, monthIndexOf(p.to))
  if (month === -Infinity) return null
  let base = -Infinity
  for (const p of periods) if (monthIndexOf(p.from) <= month && monthIndexOf(p.to) >= month) base = Math.max(base, p.base)
  return { month, base }
}

interface Prepared {
  asOf: string
  until: string
  dates: string[]
  profileAt: (date: string) => Profile
  assumptions: Assumptions
  notes: ProjectionNote[]
  ruleset?: RulesetId
}

function prepare(profile: Profile, asOf: string, options: ProjectOptions): Prepared {
  const years = Math.min(MAX_YEARS, Math.max(0, Math.floor(options.years ?? DEFAULT_YEARS)))
  const maxUntil = anniversary(asOf, MAX_YEARS)
  let until = options.until ?? anniversary(asOf, years)
  if (until < asOf) until = asOf
  if (until > maxUntil) until = maxUntil
  const asOfMonth = monthOfDate(asOf)
  const lastMonth = monthOfDate(until)
  const notes: ProjectionNote[] = []
  const a: Assumptions = { ...DEFAULT_ASSUMPTIONS, ...options.assumptions }

  // ── social insurance from now on ──
  const periods = profile.socialInsurance ?? []
  const latest = latestPaid(periods)
  const futureBase = a.futureBase ?? latest?.base ?? null
  const assumptions: Assumptions = { ...a, futureBase }
  const assumed: Period[] = []
  if (!a.keepPaying) notes.push({ code: 'stopsPaying' })
  else if (futureBase === null) notes.push({ code: 'noBaseKnown' })
  else {
    const start = Math.max(asOfMonth, latest ? latest.month + 1 : asOfMonth)
    if (latest && latest.month < asOfMonth - 1) notes.push({ code: 'resumesPaying', params: { last: monthLabel(latest.month), from: monthLabel(start) } })
    const baseFrom = a.baseFrom ? monthIndexOf(a.baseFrom) : asOfMonth
    const gapFrom = a.gap ? monthIndexOf(a.gap.from) : Infinity
    const gapTo = a.gap ? gapFrom + Math.max(0, Math.floor(a.gap.months)) - 1 : -Infinity
    if (a.gap && gapTo >= gapFrom) notes.push({ code: 'gapAssumed', params: { from: a.gap.from, to: monthLabel(gapTo), months: gapTo - gapFrom + 1 } })
    const latestBase = latest?.base ?? futureBase
    const raiseFrom = options.raiseBase ? monthIndexOf(options.raiseBase.from) : Infinity
    // Months strictly before the last projected month are the only ones that can count.
    for (let m = start; m < lastMonth; m++) {
      if (m >= gapFrom && m <= gapTo) continue
      let base = m >= baseFrom ? futureBase : latestBase
      if (m >= raiseFrom) base = Math.max(base, options.raiseBase!.base)
      const run = assumed[assumed.length - 1]
      if (run && run.base === base && monthIndexOf(run.to) === m - 1) run.to = monthLabel(m)
      else assumed.push({ from: monthLabel(m), to: monthLabel(m), base })
    }
    if (assumed.length) notes.push({ code: 'wageFrozen' })
  }
  const base: Profile = assumed.length ? { ...profile, socialInsurance: [...periods, ...assumed] } : profile

  // ── stated assumptions about the rest ──
  if (profile.spouseHukouSince) notes.push({ code: 'staysMarried' })
  if (profile.keyArea) notes.push({ code: 'staysInKeyArea' })
  if (profile.publicServiceSince) notes.push({ code: 'staysInPublicService' })
  if (profile.innovation && profile.innovation !== 'none') notes.push({ code: 'innovationContinues' })
  if (profile.investment) notes.push({ code: 'investmentContinues' })
  const d = profile.deductions
  if (d && ((d.falseMaterials ?? 0) || (d.detentions ?? 0) || (d.crimes ?? 0))) notes.push({ code: 'deductionsKept' })
  const lastRuleset = RULESETS[RULESETS.length - 1]!
  if (lastRuleset.validTo && lastRuleset.validTo < until) notes.push({ code: 'rulesetLapses', params: { validTo: lastRuleset.validTo } })

  // The fresh-graduate bonus counts in the graduation window only (graduation year, perhaps the
  // next: rules §Q9). Someone in the window on asOf is surely in it until the end of that year.
  const changes = [...(options.changes ?? [])]
  if (profile.freshGraduate) {
    const end = `${pad(Number(asOf.slice(0, 4)) + 1, 4)}-01-01`
    if (end <= until) {
      changes.push({ from: end, patch: { freshGraduate: false } })
      notes.push({ code: 'freshGraduateEnds', params: { date: end } })
    }
  }
  changes.sort((x, y) => (x.from < y.from ? -1 : x.from > y.from ? 1 : 0))

  // ── the dates to assess ──
  const dates = new Set<string>([asOf, until])
  for (let m = asOfMonth + 1; m <= lastMonth; m++) dates.add(monthStart(m))
  const addAnniversaries = (from: string | undefined) => {
    if (!from) return
    for (let k = Math.max(0, fullYearsBetween(from, asOf)); ; k++) {
      const date = anniversary(from, k)
      if (date > until) break
      if (date > asOf) dates.add(date)
    }
  }
  for (const field of ANNIVERSARY_FIELDS) addAnniversaries(dateOf(profile, field))
  for (const c of changes) {
    if (c.from > asOf && c.from <= until) dates.add(c.from)
    for (const field of ANNIVERSARY_FIELDS) addAnniversaries(dateOf(c.patch, field))
  }
  for (const r of RULESETS) if (r.effectiveFrom > asOf && r.effectiveFrom <= until) dates.add(r.effectiveFrom)
  for (const gates of Object.values(lastRuleset.rules.keyArea.params.gates))
    for (const g of gates) if (g.from > asOf && g.from <= until) dates.add(g.from)

  // The profile on a date: the base profile with every change due by then (built once per change).
  const stages: { from: string; profile: Profile }[] = [{ from: '', profile: base }]
  for (const c of changes) stages.push({ from: c.from, profile: { ...stages[stages.length - 1]!.profile, ...c.patch } })
  const profileAt = (date: string) => {
    let p = base
    for (const s of stages) if (s.from <= date) p = s.profile
    return p
  }

  const prepared: Prepared = { asOf, until, dates: [...dates].sort(), profileAt, assumptions, notes }
  if (options.ruleset) prepared.ruleset = options.ruleset
  return prepared
}

/**
 * The assessment over time from `asOf` (default horizon 10 years): the points on every date a
 * score can change, the dated list of changes, and the first date the total reaches the threshold.
 * The profile must be valid (parseProfile / sanitizeDraft).
 */
/** What every projected date is assessed with: totals only, no thin-margin check. */
function assessOptions(prep: Prepared, options: ProjectOptions): AssessOptions {
  const opts: AssessOptions = { thinMargin: false }
  if (prep.ruleset) opts.ruleset = prep.ruleset
  if (options.wages) opts.wages = options.wages
  return opts
}

export function project(profile: Profile, asOf: string, options: ProjectOptions = {}): Projection {
  const prep = prepare(profile, asOf, options)
  const opts = assessOptions(prep, options)
  const points: ProjectionPoint[] = []
  const changes: ProjectionChange[] = []
  let reach: string | null = null
  let dropsBelow: string | null = null
  let threshold = 0
  let vetoed = false
  let prev: ProjectionPoint | null = null
  for (const date of prep.dates) {
    const a = assess(prep.profileAt(date), date, opts)
    threshold = a.threshold
    vetoed = a.vetoed
    const point: ProjectionPoint = { date, total: a.total, meetsThreshold: a.meetsThreshold, items: a.items.map((i) => i.points) }
    if (prev) {
      for (let i = 0; i < ITEM_IDS.length; i++) {
        if (point.items[i] === prev.items[i]) continue
        const item = ITEM_IDS[i]!
        changes.push({
          date,
          precision: ITEMS[item].changesOn === 'day' || !date.endsWith('-01') ? 'day' : 'month',
          item,
          from: prev.items[i]!,
          to: point.items[i]!,
          inputs: a.items[i]!.inputs,
          total: a.total,
        })
      }
    }
    if (reach === null && a.meetsThreshold) reach = date
    else if (reach !== null && dropsBelow === null && !a.meetsThreshold) dropsBelow = date
    points.push(point)
    prev = point
  }
  return { asOf: prep.asOf, until: prep.until, threshold, vetoed, assumptions: prep.assumptions, points, changes, reach, dropsBelow, notes: prep.notes }
}

/** Total of a projection on `date`: the value of the last assessed date on or before it (the score is a step function). */
export function totalOn(p: Projection, date: string): number {
  let lo = 0
  let hi = p.points.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (p.points[mid]!.date <= date) lo = mid
    else hi = mid - 1
  }
  return p.points[lo]!.total
}

/**
 * Just the first date the total reaches the threshold, or null: the fast path for many profiles
 * (an HR batch column). It stops at the first date that reaches it.
 */
export function earliestReach(profile: Profile, asOf: string, options: ProjectOptions = {}): string | null {
  const prep = prepare(profile, asOf, options)
  const opts = assessOptions(prep, options)
  if (profile.seriousCrime === true) return null
  for (const date of prep.dates) if (assess(prep.profileAt(date), date, opts).meetsThreshold) return date
  return null
}
