// The scoring engine: profile + asOf → assessment (rules §1, format §3). Pure: no clock, no I/O.
import { compileRuleset, type CompiledItem, type CompiledRuleset, type Ratios } from './compiled'
import { FINDINGS } from './data/findings'
import { RULESETS, type Ruleset } from './data/rulesets'
import { anniversary, fullYearsBetween, monthIndexOf, monthLabel, monthOfDate, type MonthIndex } from './dates'
import { baseAt, buildHistory, type History } from './history'
import { EDUCATIONS, type Qualification } from './enums'
import type { Period, Profile } from './profile-format'
import {
  ITEM_IDS,
  type AssessOptions,
  type Assessment,
  type Finding,
  type FindingCode,
  type ItemId,
  type ItemReason,
  type ItemResult,
  type RulesetId,
  type Severity,
  type Status,
} from './types'
import { WAGES, wageOf, type WageTable } from './wages'

export function rulesetById(id: RulesetId): Ruleset {
  return RULESETS.find((r) => r.id === id)!
}

/** The ruleset in force on `asOf`, or null before the first one. */
export function rulesetInForce(asOf: string): Ruleset | null {
  let found: Ruleset | null = null
  for (const r of RULESETS) if (r.effectiveFrom <= asOf) found = r
  return found
}

/**
 * The ruleset whose rules describe `asOf`: the one in force, or before the first ruleset, the
 * first one (the next to come into force). An uncovered date's items are listed under it, and
 * the road's levers read their parameters from it: decided by the data's order, never by an id.
 */
export function rulesetFor(asOf: string): Ruleset {
  return rulesetInForce(asOf) ?? RULESETS[0]
}

type Inputs = ItemResult['inputs']
/** An item's points, why it scored nothing, its inputs; `uncertain` where the claim (not the rule) is in doubt. */
interface Outcome {
  points: number
  reason: ItemReason | undefined
  inputs: Inputs | undefined
  uncertain: boolean
}
type Outcomes = Record<ItemId, Outcome>

// Every outcome is made by one of these two, so that all outcomes have one shape: the loop over
// the items then stays fast (outcomes of a few shapes each made it measurably slower).
/** Points scored, with the inputs the rule used. */
const scored = (points: number, inputs?: Inputs, uncertain = false): Outcome => ({ points, reason: undefined, inputs, uncertain })
/** Nothing scored, and why. */
const none = (reason: ItemReason, inputs?: Inputs, uncertain = false): Outcome => ({ points: 0, reason, inputs, uncertain })

/** What every rule reads: the profile on asOf, the ruleset (and its lookup tables), the history and wages. */
interface Ctx {
  profile: Profile
  asOf: string
  asOfMonth: MonthIndex
  rs: Ruleset
  compiled: CompiledRuleset
  history: History
  wages: WageTable
  findings: Finding[]
}

/** A finding, with its severity and evidence from data/findings.ts. */
function finding(code: FindingCode, params?: Finding['params'], item?: ItemId): Finding {
  const { severity, evidence } = FINDINGS[code]
  const f: Finding = { code, severity, evidence }
  if (item) f.item = item
  if (params) f.params = params
  return f
}

function find(ctx: Ctx, code: FindingCode, item?: ItemId, params?: Finding['params']): void {
  ctx.findings.push(finding(code, params, item))
}

/** A fact the item needs is missing: a warning, or 'info' for a fact that is often rightly absent. */
function missing(ctx: Ctx, item: ItemId, field: string, severity?: Severity) {
  const f = finding('missingFact', { field }, item)
  if (severity) f.severity = severity
  ctx.findings.push(f)
}

/** Full years since a date on asOf; a date after asOf gives 0 years and a finding. */
function yearsSince(ctx: Ctx, item: ItemId, field: string, since: string): number {
  if (since > ctx.asOf) {
    find(ctx, 'dateAfterAsOf', item, { field, date: since })
    return 0
  }
  return fullYearsBetween(since, ctx.asOf)
}

// ── basic indicators ───────────────────────────────────────────────────────────────────────

function age(ctx: Ctx): Outcome {
  const { birthDate } = ctx.profile
  if (!birthDate) {
    missing(ctx, 'age', 'birthDate')
    return none('missing', { age: null })
  }
  const p = ctx.rs.rules.age.params
  const years = fullYearsBetween(birthDate, ctx.asOf)
  if (years > p.maxAge) {
    find(ctx, 'ageOver60', 'age', { age: years })
    return none('conditionNotMet', { age: years })
  }
  const points = years >= p.floorFromAge ? p.floor : Math.min(p.cap, p.floor + p.perYear * (p.floorFromAge - years))
  return scored(points, { age: years })
}

function education(ctx: Ctx): Outcome {
  const { education: level } = ctx.profile
  if (!level) {
    missing(ctx, 'education', 'education')
    return none('missing', { education: null })
  }
  const points = ctx.rs.rules.education.params.points[level]
  return points ? scored(points, { education: level }) : none('notClaimed', { education: level })
}

function qualification(ctx: Ctx): Outcome {
  const { qualification: level } = ctx.profile
  if (!level) {
    missing(ctx, 'qualification', 'qualification', 'info')
    return none('missing', { qualification: null })
  }
  const { points: table, baseCondition: cond } = ctx.rs.rules.qualification.params
  const points = table[level]
  if (!points) return none('notClaimed', { qualification: level })
  if (!cond.levels.includes(level)) return scored(points, { qualification: level })
  const w = windowCounts(ctx, cond.window, ctx.compiled.titleRatios)
  const months = w.atLeast[0]!
  if (w.estimated) wageEstimated(ctx, 'qualification')
  if (w.unknown) wageUnknown(ctx, 'qualification', w.unknown)
  const inputs = { qualification: level, monthsAtLeast1x: months }
  if (months >= cond.months) return scored(points, inputs)
  find(ctx, 'qualificationBaseCondition', 'qualification', {
    months,
    required: cond.months,
    window: cond.window,
  })
  return none('conditionNotMet', inputs)
}

function socialInsuranceYears(ctx: Ctx): Outcome {
  const h = ctx.history
  const p = ctx.rs.rules.socialInsuranceYears.params
  if (!ctx.profile.socialInsurance?.length) {
    missing(ctx, 'socialInsuranceYears', 'socialInsurance')
    return none('missing', { months: 0 })
  }
  if (h.ignoredMonths) find(ctx, 'monthsAfterAsOfIgnored', 'socialInsuranceYears', { months: h.ignoredMonths, asOfMonth: monthLabel(ctx.asOfMonth) })
  if (h.gapMonths)
    find(ctx, 'socialInsuranceGap', 'socialInsuranceYears', {
      months: h.gapMonths,
      firstGap: monthLabel(h.firstGap!),
    })
  const years = Math.floor(h.months / p.monthsPerYear)
  const points = p.perYear * years
  if (points > p.doubtAbove)
    find(ctx, 'socialInsuranceYearsCapDoubt', 'socialInsuranceYears', { points, cap: p.doubtAbove })
  const inputs = { months: h.months, years }
  return points ? scored(points, inputs) : none('conditionNotMet', inputs)
}

// ── bonus indicators ───────────────────────────────────────────────────────────────────────

function shortageMajor(ctx: Ctx): Outcome {
  const { shortageMajor: claimed, education: level, fullTimeStudy } = ctx.profile
  if (!claimed) return none('notClaimed')
  const p = ctx.rs.rules.shortageMajor.params
  if (fullTimeStudy === false) find(ctx, 'shortageMajorNotFullTime', 'shortageMajor')
  else if (fullTimeStudy === undefined) missing(ctx, 'shortageMajor', 'fullTimeStudy', 'info')
  if (!level) return none('missing', { education: null })
  if (EDUCATIONS.indexOf(level) < EDUCATIONS.indexOf(p.minEducation)) {
    find(ctx, 'shortageMajorNeedsEducation', 'shortageMajor', { education: level })
    return none('conditionNotMet', { education: level })
  }
  return scored(p.points, { education: level })
}

function investment(ctx: Ctx): Outcome {
  const inv = ctx.profile.investment
  if (!inv) return none('notClaimed')
  const p = ctx.rs.rules.investment.params
  const tax = inv.avgAnnualTax ?? 0
  const hires = inv.avgLocalHires ?? 0
  const uncapped = Math.max(p.perStep * Math.floor(tax / p.taxStep), p.perStep * Math.floor(hires / p.hiresStep))
  const points = Math.min(p.cap, uncapped)
  if (uncapped > p.cap) find(ctx, 'investmentCapDoubt', 'investment', { uncapped, cap: p.cap, altCap: p.doubtCap })
  const inputs = { avgAnnualTax: tax, avgLocalHires: hires }
  return points ? scored(points, inputs) : none('conditionNotMet', inputs)
}

interface WindowCounts {
  /** Months in the window whose base is at least each ratio × that month's reference wage. */
  atLeast: number[]
  /** Months whose base reaches the 3× route (≥ 3 × wage − tolerance). */
  top: number
  /** The same, within the last `top.window` months only (the 3× route's own, shorter window). */
  topRecent: number
  estimated: boolean
  unknown: number
}

/** Count months of the N months before asOf against ratios of the reference wage. */
function windowCounts(ctx: Ctx, n: number, { nums, dens }: Ratios, top?: { multiple: number; tolerance: number; window: number }): WindowCounts {
  const bands = nums.length
  const atLeast = new Array<number>(bands).fill(0)
  const counts: WindowCounts = { atLeast, top: 0, topRecent: 0, estimated: false, unknown: 0 }
  const { first, bases } = ctx.history
  // Only months inside the history can have a base: clip the window to it.
  const end = Math.min(ctx.asOfMonth, first + bases.length)
  const recentFrom = top ? ctx.asOfMonth - top.window : Infinity
  const wages = ctx.wages
  const { firstKnown, firstEstimated } = wages
  for (let m = Math.max(ctx.asOfMonth - n, first); m < end; m++) {
    const base = bases[m - first]!
    if (Number.isNaN(base)) continue
    if (m < firstKnown) {
      counts.unknown++
      continue
    }
    if (m >= firstEstimated) counts.estimated = true
    const wage = wageOf(wages, m)
    // Ratios are ordered highest first (data-lint checks it): from the lowest up, stop at the first missed.
    for (let i = bands - 1; i >= 0 && base * dens[i]! >= wage * nums[i]!; i--) atLeast[i]!++
    if (top && base >= top.multiple * wage - top.tolerance) {
      counts.top++
      if (m >= recentFrom) counts.topRecent++
    }
  }
  return counts
}

const wageEstimated = (ctx: Ctx, item: ItemId) =>
  find(ctx, 'referenceWageEstimated', item, { from: monthLabel(ctx.wages.firstEstimated), monthly: ctx.wages.newest })
const wageUnknown = (ctx: Ctx, item: ItemId, months: number) =>
  find(ctx, 'referenceWageUnknown', item, { months, before: monthLabel(ctx.wages.firstKnown) })

function contributionBase(ctx: Ctx): Outcome {
  if (!ctx.profile.socialInsurance?.length) return none('missing')
  const p = ctx.rs.rules.contributionBase.params
  const keys = ctx.compiled.bandKeys
  // One pass over the 48 months also counts the 3× months of the last 36 (the data-lint test
  // checks that the 3× window is the shorter one, so estimated/unknown months are the same).
  const w = windowCounts(ctx, p.window, ctx.compiled.bandRatios, p.top)
  if (w.estimated) wageEstimated(ctx, 'contributionBase')
  if (w.unknown) wageUnknown(ctx, 'contributionBase', w.unknown)
  const inputs: Inputs = { monthsAt3x: w.topRecent }
  for (let i = 0; i < keys.length; i++) inputs[keys[i]!] = w.atLeast[i]!
  if (w.topRecent >= p.top.months) return scored(p.top.points, inputs)
  const band = p.bands.findIndex((_, i) => w.atLeast[i]! >= p.months)
  if (band < 0) return none('conditionNotMet', inputs)
  // Read literally, a band counts only months inside it (below the next band up).
  const above = band === 0 ? w.top : w.atLeast[band - 1]!
  const inside = w.atLeast[band]! - above
  if (inside < p.months)
    find(ctx, 'contributionBaseMixedBands', 'contributionBase', {
      points: p.bands[band]!.points,
      monthsInside: inside,
      required: p.months,
    })
  return scored(p.bands[band]!.points, inputs)
}

function publicService(ctx: Ctx): Outcome {
  const since = ctx.profile.publicServiceSince
  if (!since) return none('notClaimed')
  const p = ctx.rs.rules.publicService.params
  const years = yearsSince(ctx, 'publicService', 'publicServiceSince', since)
  if (years < p.gateYears) return none('conditionNotMet', { years, gate: p.gateYears })
  const points = p.perYear * years
  find(ctx, 'publicServiceCapDoubt', 'publicService', { points, alt: p.perYear * (years - p.gateYears) })
  return scored(points, { years, gate: p.gateYears })
}

function keyArea(ctx: Ctx): Outcome {
  const area = ctx.profile.keyArea
  if (!area) return none('notClaimed')
  const p = ctx.rs.rules.keyArea.params
  const { finding: doubt, uncertain } = p.areas[area.kind]
  const gate = p.gates[area.kind].find((g) => ctx.asOf >= g.from)!
  if (gate.years === null) {
    const from = p.gates[area.kind].find((g) => g.years !== null)!.from
    find(ctx, 'keyAreaNotInForce', 'keyArea', { kind: area.kind, from })
    return none('conditionNotMet', { kind: area.kind }, uncertain)
  }
  if (doubt) find(ctx, doubt, 'keyArea', { gate: gate.years })
  const years = yearsSince(ctx, 'keyArea', 'keyArea.since', area.since)
  const inputs = { kind: area.kind, years, gate: gate.years }
  const points = years >= gate.years ? Math.min(p.cap, p.perYear * years) : 0
  return points ? scored(points, inputs, uncertain) : none('conditionNotMet', inputs, uncertain)
}

function freshGraduate(ctx: Ctx): Outcome {
  if (!ctx.profile.freshGraduate) return none('notClaimed')
  find(ctx, 'freshGraduateWindow', 'freshGraduate')
  return scored(ctx.rs.rules.freshGraduate.params.points)
}

function award(ctx: Ctx): Outcome {
  const level = ctx.profile.award
  const points = level ? ctx.rs.rules.award.params.points[level] : 0
  return points ? scored(points, { award: level! }) : none('notClaimed')
}

function spouse(ctx: Ctx): Outcome {
  const since = ctx.profile.spouseHukouSince
  if (!since) return none('notClaimed')
  const p = ctx.rs.rules.spouse.params
  const years = yearsSince(ctx, 'spouse', 'spouseHukouSince', since)
  const points = Math.min(p.cap, p.perYear * years)
  return points ? scored(points, { years }) : none('conditionNotMet', { years })
}

function innovation(ctx: Ctx): Outcome {
  const kind = ctx.profile.innovation
  if (!kind || kind === 'none') return none('notClaimed')
  return scored(ctx.rs.rules.innovation.params.points, { innovation: kind })
}

// ── deductions ─────────────────────────────────────────────────────────────────────────────

function deduction(ctx: Ctx, id: 'falseMaterials' | 'detentions' | 'crimes'): Outcome {
  const records = ctx.profile.deductions?.[id] ?? 0
  const points = ctx.rs.rules[id].params.perRecord * records
  return records ? scored(points, { records }) : none('notClaimed', { records: 0 })
}

// ── the items together ─────────────────────────────────────────────────────────────────────

/** Every item by its own rule, in ITEM_IDS order (the order its findings are raised in). */
function evaluate(ctx: Ctx): Outcomes {
  return {
    age: age(ctx),
    education: education(ctx),
    qualification: qualification(ctx),
    socialInsuranceYears: socialInsuranceYears(ctx),
    shortageMajor: shortageMajor(ctx),
    investment: investment(ctx),
    contributionBase: contributionBase(ctx),
    publicService: publicService(ctx),
    keyArea: keyArea(ctx),
    freshGraduate: freshGraduate(ctx),
    award: award(ctx),
    spouse: spouse(ctx),
    innovation: innovation(ctx),
    falseMaterials: deduction(ctx, 'falseMaterials'),
    detentions: deduction(ctx, 'detentions'),
    crimes: deduction(ctx, 'crimes'),
  }
}

/**
 * Pick one (rules §B2–B3): education and qualification never both count; the higher keeps its
 * points (a tie goes to education), the other shows 0 and what it would score.
 */
function pickOne(ctx: Ctx, outcomes: Outcomes): void {
  const { education: edu, qualification: qual } = outcomes
  if (!(edu.points > 0 && qual.points > 0)) return
  const keptId = edu.points >= qual.points ? 'education' : 'qualification'
  const droppedId = keptId === 'education' ? 'qualification' : 'education'
  const dropped = outcomes[droppedId]
  ctx.findings.push(finding('pickOne', { kept: keptId, keptPoints: outcomes[keptId].points, droppedPoints: dropped.points }, droppedId))
  // Object.assign, not a spread: the inputs come in many shapes, and a spread of them is slow.
  const inputs: Inputs = Object.assign({}, dropped.inputs)
  inputs.wouldScore = dropped.points
  outcomes[droppedId] = none('excludedByPickOne', inputs)
}

function toItem({ id, group, rule }: CompiledItem, o: Outcome): ItemResult {
  const item: ItemResult = {
    id,
    group,
    points: o.points,
    max: rule.max,
    uncertain: rule.uncertain || o.uncertain,
    reference: rule.ref,
    inputs: o.inputs ?? {},
  }
  if (o.reason) item.reason = o.reason
  return item
}

/**
 * Assess a (possibly half-filled) profile on `asOf` (YYYY-MM-DD). The profile must already be
 * valid (parseProfile / sanitizeDraft); missing facts score 0 with a `missingFact` finding.
 */
export function assess(profile: Profile, asOf: string, options: AssessOptions = {}): Assessment {
  const findings: Finding[] = []
  const inForce = rulesetInForce(asOf)
  const rs = options.ruleset ? rulesetById(options.ruleset) : inForce
  const vetoed = profile.seriousCrime === true
  const wages = options.wages ?? WAGES

  if (!rs) {
    findings.push(finding('rulesetNotCovered', { asOf, from: RULESETS[0].effectiveFrom }))
    if (vetoed) findings.push(finding('veto'))
    // No points are invented; the verdict still says what is missing or not met.
    const next = rulesetFor(asOf)
    const ctx = context(profile, asOf, next, wages, findings)
    const status = verdict(ctx, 0, next.threshold.value, null)
    return {
      ruleset: null,
      asOf,
      total: 0,
      threshold: next.threshold.value,
      meetsThreshold: false,
      vetoed,
      status,
      items: compileRuleset(next).items.map((item) => toItem(item, none('notCovered'))),
      findings,
    }
  }

  if (options.ruleset && inForce?.id !== options.ruleset)
    findings.push(finding('rulesetNotInForce', { ruleset: rs.id, asOf }))
  if (rs.validTo && asOf > rs.validTo && rs === RULESETS[RULESETS.length - 1])
    findings.push(finding('rulesetLapsed', { validTo: rs.validTo }))

  const result = score(context(profile, asOf, rs, wages, findings))
  const { ctx, items, total } = result
  if (vetoed) findings.push(finding('veto'))
  const threshold = rs.threshold.value
  const status = verdict(ctx, total, threshold, options.thinMargin === false ? null : result)
  return { ruleset: rs.id, asOf, total, threshold, meetsThreshold: total >= threshold && !vetoed, vetoed, status, items, findings }
}

function context(profile: Profile, asOf: string, rs: Ruleset, wages: WageTable, findings: Finding[]): Ctx {
  const asOfMonth = monthOfDate(asOf)
  const compiled = compileRuleset(rs)
  return { profile, asOf, asOfMonth, rs, compiled, history: buildHistory(profile.socialInsurance, asOfMonth, compiled.recentWindow), wages, findings }
}

interface Scored {
  ctx: Ctx
  /** By item, after pick-one. */
  outcomes: Outcomes
  items: ItemResult[]
  total: number
}

/** Every item under one ruleset, pick-one applied, with the item findings. */
function score(ctx: Ctx): Scored {
  const { profile, findings } = ctx
  const outcomes = evaluate(ctx)
  pickOne(ctx, outcomes)

  const d = profile.deductions
  if (d && ((d.falseMaterials ?? 0) || (d.detentions ?? 0) || (d.crimes ?? 0))) findings.push(finding('deductionWindows'))

  const items = ctx.compiled.items.map((item) => toItem(item, outcomes[item.id]))
  let sum = 0
  for (const item of items) sum += item.points
  if (sum < 0) findings.push(finding('totalFloored', { sum }))
  return { ctx, outcomes, items, total: Math.max(0, sum) }
}

// ── the verdict (rules §11) ─────────────────────────────────────────────────────────────

/** Facts without which there is no verdict, only a provisional total. */
const ESSENTIAL = ['birthDate', 'education', 'socialInsurance'] as const

/**
 * The status, with the findings that explain it: which facts are missing, which condition of
 * applying fails (and from when it holds), whether the application month is being paid, and how
 * many points stand within 3 % of a base threshold.
 */
function verdict(ctx: Ctx, total: number, threshold: number, scored: Scored | null): Status {
  const { profile, findings, rs } = ctx
  const elig = rs.eligibility
  const recent = windowMonths(ctx, elig.window)
  const tooFewMonths = recent < elig.months
  const six: Finding | null = tooFewMonths
    ? finding('eligibilitySixMonths', { months: recent, required: elig.months, window: elig.window, eligibleFrom: eligibleFrom(ctx, elig) })
    : null
  if (six) findings.push(six)
  // Currently paying: the month before asOf must be paid (the application month is, in turn).
  const paid = ctx.profile.socialInsurance?.length ? !Number.isNaN(baseAt(ctx.history, ctx.asOfMonth - 1)) : true
  if (!paid)
    findings.push(finding('notCurrentlyPaying', { month: monthLabel(ctx.asOfMonth - 1) }))
  const atRisk = scored && thinMargin(scored)
  if (atRisk) findings.push(atRisk)

  if (profile.seriousCrime === true) return 'vetoed'
  const absent = ESSENTIAL.filter((f) => (f === 'socialInsurance' ? !profile.socialInsurance?.length : !profile[f]))
  if (absent.length) {
    findings.push(finding('statusIncomplete', { fields: absent.join(','), total }))
    return 'incomplete'
  }
  const age = fullYearsBetween(profile.birthDate!, ctx.asOf)
  const { minAge, maxAge } = rs.eligibility
  let ageFails = false
  if (age < minAge || age > maxAge) {
    ageFails = true
    const params: Finding['params'] = { age, min: minAge, max: maxAge }
    if (age < minAge) params.eligibleFrom = anniversary(profile.birthDate!, minAge)
    findings.push(finding('notEligibleAge', params))
  }
  // The six-month finding is the verdict's reason: an error, not just a warning.
  if (six) six.severity = 'error'
  if (ageFails || tooFewMonths) return 'notEligible'
  return total >= threshold ? 'meets' : 'below'
}

/**
 * The first date (a month start) from which the 6-of-12 condition holds if every month from the
 * asOf month on is paid; asOf itself when it already holds.
 */
function eligibleFrom(ctx: Ctx, elig: Ruleset['eligibility']): string {
  for (let m = ctx.asOfMonth; ; m++) {
    let months = 0
    for (let k = m - elig.window; k < m; k++) if (k >= ctx.asOfMonth || !Number.isNaN(baseAt(ctx.history, k))) months++
    if (months >= elig.months) return m === ctx.asOfMonth ? ctx.asOf : `${monthLabel(m)}-01`
  }
}

/** Share of the base that the thin-margin check takes away (rules §11: a 3 % change). */
const THIN_FACTOR = 0.97

/**
 * Thin margin: total − the total with every base × 0.97 (months at the 3× ceiling keep theirs).
 * Only months in the windows can move points; when no base there lies within 3 % above a band,
 * nothing is at risk and no second assessment is needed.
 */
function thinMargin({ ctx, outcomes, total }: Scored): Finding | null {
  const periods = ctx.profile.socialInsurance
  // Only the base band and a base-conditioned title or skill can be lost.
  const cbPoints = outcomes.contributionBase.points
  const qual = outcomes.qualification
  const conditioned = qual.points > 0 && ctx.rs.rules.qualification.params.baseCondition.levels.includes(qual.inputs?.qualification as Qualification)
  if (!total || !periods?.length || (!cbPoints && !conditioned) || !nearThreshold(ctx)) return null
  const cb = ctx.rs.rules.contributionBase.params
  const ceiling = (base: number, m: MonthIndex) => base >= cb.top.multiple * wageOf(ctx.wages, m) - cb.top.tolerance
  const lowered: Period[] = []
  // A base under 3 × the lowest wage on file is at the ceiling in no month: scale it whole.
  const neverCeiling = cb.top.multiple * ctx.wages.lowest - cb.top.tolerance
  for (const p of periods) {
    if (p.base < neverCeiling) {
      lowered.push({ from: p.from, to: p.to, base: p.base * THIN_FACTOR })
      continue
    }
    const to = monthIndexOf(p.to)
    for (let m = monthIndexOf(p.from); m <= to; m++) {
      const base = ceiling(p.base, m) ? p.base : p.base * THIN_FACTOR
      const last = lowered[lowered.length - 1]
      if (last && last.base === base && monthIndexOf(last.to) === m - 1) last.to = monthLabel(m)
      else lowered.push({ from: monthLabel(m), to: monthLabel(m), base })
      // Months after asOf never count: the rest of the period is copied as it is.
      if (m >= ctx.asOfMonth) {
        if (m < to) lowered.push({ from: monthLabel(m + 1), to: p.to, base: p.base })
        break
      }
    }
  }
  const other = score(context({ ...ctx.profile, socialInsurance: lowered }, ctx.asOf, ctx.rs, ctx.wages, []))
  const atRisk = total - other.total
  if (atRisk <= 0) return null
  // The items that lose points (the other of a pick-one pair may gain some back).
  const concerned = ITEM_IDS.filter((id) => other.outcomes[id].points < outcomes[id].points)
  const f = finding('thinMargin')
  f.items = concerned
  f.params = { atRisk, items: concerned.join(','), factor: THIN_FACTOR }
  return f
}

/**
 * Whether any month in the rules' windows has a base at or above a band's multiple but less
 * than 3 % above it (the 3× route excepted: its months keep their base).
 */
function nearThreshold(ctx: Ctx): boolean {
  const { first, bases } = ctx.history
  const { nums, dens } = ctx.compiled.thinRatios
  for (let i = 0; i < bases.length; i++) {
    const base = bases[i]!
    if (Number.isNaN(base)) continue
    const wage = wageOf(ctx.wages, first + i)
    for (let r = 0; r < nums.length; r++) if (base * dens[r]! >= wage * nums[r]! && base * THIN_FACTOR * dens[r]! < wage * nums[r]!) return true
  }
  return false
}

function windowMonths(ctx: Ctx, n: number): number {
  const h = ctx.history
  let months = 0
  for (let m = Math.max(ctx.asOfMonth - n, h.first); m < ctx.asOfMonth; m++) if (!Number.isNaN(baseAt(h, m))) months++
  return months
}
