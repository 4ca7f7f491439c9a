// The scoring engine: profile + asOf → assessment (rules §1, format §3). Pure: no clock, no I/O.
import { FINDINGS } from './data/findings'
import { ITEMS } from './data/items'
import { RULESETS, type Ratio, type Ruleset } from './data/rulesets'
import { anniversary, fullYearsBetween, monthIndexOf, monthLabel, monthOfDate, type MonthIndex } from './dates'
import { baseAt, buildHistory, type History } from './history'
import { EDUCATIONS, type Period, type Profile, type Qualification } from './schema'
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
type Outcome = { points: number; reason?: ItemReason; inputs?: Inputs; uncertain?: boolean }

interface Ctx {
  profile: Profile
  asOf: string
  asOfMonth: MonthIndex
  rs: Ruleset
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

const find = (ctx: Ctx, code: FindingCode, item?: ItemId, params?: Finding['params']) => ctx.findings.push(finding(code, params, item))

/** A fact the item needs is missing: a warning, or 'info' for a fact that is often rightly absent. */
function missing(ctx: Ctx, item: ItemId, field: string, severity?: Severity) {
  const f = finding('missingFact', { field }, item)
  if (severity) f.severity = severity
  ctx.findings.push(f)
}

/**
 * Ratios of the reference wage as parallel numerator/denominator arrays, built once per rule
 * rather than per profile. A month reaches ratio i when base × den ≥ wage × num: exact, with no
 * floating-point rounding at 0.8× (5 × 9947.2 = 4 × 12434).
 */
interface Ratios {
  nums: number[]
  dens: number[]
}
const RATIOS = new WeakMap<object, Ratios>()
function ratiosOf(owner: object, ratios: () => readonly Ratio[]): Ratios {
  let r = RATIOS.get(owner)
  if (!r) RATIOS.set(owner, (r = { nums: ratios().map((x) => x.num), dens: ratios().map((x) => x.den) }))
  return r
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
    return { points: 0, reason: 'missing', inputs: { age: null } }
  }
  const p = ctx.rs.rules.age.params
  const years = fullYearsBetween(birthDate, ctx.asOf)
  if (years > p.maxAge) {
    find(ctx, 'ageOver60', 'age', { age: years })
    return { points: 0, reason: 'conditionNotMet', inputs: { age: years } }
  }
  const points = years >= p.floorFromAge ? p.floor : Math.min(p.cap, p.floor + p.perYear * (p.floorFromAge - years))
  return { points, inputs: { age: years } }
}

function education(ctx: Ctx): Outcome {
  const { education: level } = ctx.profile
  if (!level) {
    missing(ctx, 'education', 'education')
    return { points: 0, reason: 'missing', inputs: { education: null } }
  }
  const points = ctx.rs.rules.education.params.points[level]
  return points ? { points, inputs: { education: level } } : { points: 0, reason: 'notClaimed', inputs: { education: level } }
}

function qualification(ctx: Ctx): Outcome {
  const { qualification: level } = ctx.profile
  if (!level) {
    missing(ctx, 'qualification', 'qualification', 'info')
    return { points: 0, reason: 'missing', inputs: { qualification: null } }
  }
  const { points: table, baseCondition: cond } = ctx.rs.rules.qualification.params
  const points = table[level]
  if (!points) return { points: 0, reason: 'notClaimed', inputs: { qualification: level } }
  if (!cond.levels.includes(level)) return { points, inputs: { qualification: level } }
  const w = windowCounts(ctx, cond.window, ratiosOf(cond, () => [cond.multiple]))
  const months = w.atLeast[0]!
  if (w.estimated) wageEstimated(ctx, 'qualification')
  if (w.unknown) wageUnknown(ctx, 'qualification', w.unknown)
  const inputs = { qualification: level, monthsAtLeast1x: months }
  if (months >= cond.months) return { points, inputs }
  find(ctx, 'qualificationBaseCondition', 'qualification', {
    months,
    required: cond.months,
    window: cond.window,
  })
  return { points: 0, reason: 'conditionNotMet', inputs }
}

function socialInsuranceYears(ctx: Ctx): Outcome {
  const h = ctx.history
  const p = ctx.rs.rules.socialInsuranceYears.params
  if (!ctx.profile.socialInsurance?.length) {
    missing(ctx, 'socialInsuranceYears', 'socialInsurance')
    return { points: 0, reason: 'missing', inputs: { months: 0 } }
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
  return points ? { points, inputs } : { points: 0, reason: 'conditionNotMet', inputs }
}

// ── bonus indicators ───────────────────────────────────────────────────────────────────────

function shortageMajor(ctx: Ctx): Outcome {
  const { shortageMajor: claimed, education: level, fullTimeStudy } = ctx.profile
  if (!claimed) return { points: 0, reason: 'notClaimed' }
  const p = ctx.rs.rules.shortageMajor.params
  if (fullTimeStudy === false) find(ctx, 'shortageMajorNotFullTime', 'shortageMajor')
  else if (fullTimeStudy === undefined) missing(ctx, 'shortageMajor', 'fullTimeStudy', 'info')
  if (!level) return { points: 0, reason: 'missing', inputs: { education: null } }
  if (EDUCATIONS.indexOf(level) < EDUCATIONS.indexOf(p.minEducation)) {
    find(ctx, 'shortageMajorNeedsEducation', 'shortageMajor', { education: level })
    return { points: 0, reason: 'conditionNotMet', inputs: { education: level } }
  }
  return { points: p.points, inputs: { education: level } }
}

function investment(ctx: Ctx): Outcome {
  const inv = ctx.profile.investment
  if (!inv) return { points: 0, reason: 'notClaimed' }
  const p = ctx.rs.rules.investment.params
  const tax = inv.avgAnnualTax ?? 0
  const hires = inv.avgLocalHires ?? 0
  const uncapped = Math.max(p.perStep * Math.floor(tax / p.taxStep), p.perStep * Math.floor(hires / p.hiresStep))
  const points = Math.min(p.cap, uncapped)
  if (uncapped > p.cap) find(ctx, 'investmentCapDoubt', 'investment', { uncapped, cap: p.cap, altCap: p.doubtCap })
  const inputs = { avgAnnualTax: tax, avgLocalHires: hires }
  return points ? { points, inputs } : { points: 0, reason: 'conditionNotMet', inputs }
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
  // Imported bindings copied to locals: module-variable loads are not free in a hot loop.
  const wages = ctx.wages
  const known = wages.firstKnown
  const estimatedFrom = wages.firstEstimated
  for (let m = Math.max(ctx.asOfMonth - n, first); m < end; m++) {
    const base = bases[m - first]!
    if (Number.isNaN(base)) continue
    if (m < known) {
      counts.unknown++
      continue
    }
    if (m >= estimatedFrom) counts.estimated = true
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

/** Input names per band ("monthsAtLeast100", …), built once per rule, not per profile. */
const BAND_KEYS = new WeakMap<object, string[]>()

function contributionBase(ctx: Ctx): Outcome {
  if (!ctx.profile.socialInsurance?.length) return { points: 0, reason: 'missing' }
  const p = ctx.rs.rules.contributionBase.params
  let keys = BAND_KEYS.get(p)
  if (!keys) BAND_KEYS.set(p, (keys = p.bands.map((b) => `monthsAtLeast${b.points}`)))
  // One pass over the 48 months also counts the 3× months of the last 36 (the data-lint test
  // checks that the 3× window is the shorter one, so estimated/unknown months are the same).
  const w = windowCounts(ctx, p.window, ratiosOf(p, () => p.bands.map((b) => b.min)), p.top)
  if (w.estimated) wageEstimated(ctx, 'contributionBase')
  if (w.unknown) wageUnknown(ctx, 'contributionBase', w.unknown)
  const inputs: Inputs = { monthsAt3x: w.topRecent }
  for (let i = 0; i < keys.length; i++) inputs[keys[i]!] = w.atLeast[i]!
  if (w.topRecent >= p.top.months) return { points: p.top.points, inputs }
  const band = p.bands.findIndex((_, i) => w.atLeast[i]! >= p.months)
  if (band < 0) return { points: 0, reason: 'conditionNotMet', inputs }
  // Read literally, a band counts only months inside it (below the next band up).
  const above = band === 0 ? w.top : w.atLeast[band - 1]!
  const inside = w.atLeast[band]! - above
  if (inside < p.months)
    find(ctx, 'contributionBaseMixedBands', 'contributionBase', {
      points: p.bands[band]!.points,
      monthsInside: inside,
      required: p.months,
    })
  return { points: p.bands[band]!.points, inputs }
}

function publicService(ctx: Ctx): Outcome {
  const since = ctx.profile.publicServiceSince
  if (!since) return { points: 0, reason: 'notClaimed' }
  const p = ctx.rs.rules.publicService.params
  const years = yearsSince(ctx, 'publicService', 'publicServiceSince', since)
  if (years < p.gateYears) return { points: 0, reason: 'conditionNotMet', inputs: { years, gate: p.gateYears } }
  const points = p.perYear * years
  find(ctx, 'publicServiceCapDoubt', 'publicService', { points, alt: p.perYear * (years - p.gateYears) })
  return { points, inputs: { years, gate: p.gateYears } }
}

function keyArea(ctx: Ctx): Outcome {
  const area = ctx.profile.keyArea
  if (!area) return { points: 0, reason: 'notClaimed' }
  const p = ctx.rs.rules.keyArea.params
  const { finding: doubt, uncertain } = p.areas[area.kind]
  const gate = p.gates[area.kind].find((g) => ctx.asOf >= g.from)!
  if (gate.years === null) {
    const from = p.gates[area.kind].find((g) => g.years !== null)!.from
    find(ctx, 'keyAreaNotInForce', 'keyArea', { kind: area.kind, from })
    return { points: 0, reason: 'conditionNotMet', inputs: { kind: area.kind }, uncertain }
  }
  if (doubt) find(ctx, doubt, 'keyArea', { gate: gate.years })
  const years = yearsSince(ctx, 'keyArea', 'keyArea.since', area.since)
  const inputs = { kind: area.kind, years, gate: gate.years }
  const points = years >= gate.years ? Math.min(p.cap, p.perYear * years) : 0
  return points ? { points, inputs, uncertain } : { points: 0, reason: 'conditionNotMet', inputs, uncertain }
}

function freshGraduate(ctx: Ctx): Outcome {
  if (!ctx.profile.freshGraduate) return { points: 0, reason: 'notClaimed' }
  find(ctx, 'freshGraduateWindow', 'freshGraduate')
  return { points: ctx.rs.rules.freshGraduate.params.points }
}

function award(ctx: Ctx): Outcome {
  const level = ctx.profile.award
  const points = level ? ctx.rs.rules.award.params.points[level] : 0
  return points ? { points, inputs: { award: level! } } : { points: 0, reason: 'notClaimed' }
}

function spouse(ctx: Ctx): Outcome {
  const since = ctx.profile.spouseHukouSince
  if (!since) return { points: 0, reason: 'notClaimed' }
  const p = ctx.rs.rules.spouse.params
  const years = yearsSince(ctx, 'spouse', 'spouseHukouSince', since)
  const points = Math.min(p.cap, p.perYear * years)
  return points ? { points, inputs: { years } } : { points: 0, reason: 'conditionNotMet', inputs: { years } }
}

function innovation(ctx: Ctx): Outcome {
  const kind = ctx.profile.innovation
  if (!kind || kind === 'none') return { points: 0, reason: 'notClaimed' }
  return { points: ctx.rs.rules.innovation.params.points, inputs: { innovation: kind } }
}

// ── deductions ─────────────────────────────────────────────────────────────────────────────

const deduction = (id: 'falseMaterials' | 'detentions' | 'crimes') => (ctx: Ctx): Outcome => {
  const records = ctx.profile.deductions?.[id] ?? 0
  const points = ctx.rs.rules[id].params.perRecord * records
  return records ? { points, inputs: { records } } : { points: 0, reason: 'notClaimed', inputs: { records: 0 } }
}

const EVALUATORS: Record<ItemId, (ctx: Ctx) => Outcome> = {
  age,
  education,
  qualification,
  socialInsuranceYears,
  shortageMajor,
  investment,
  contributionBase,
  publicService,
  keyArea,
  freshGraduate,
  award,
  spouse,
  innovation,
  falseMaterials: deduction('falseMaterials'),
  detentions: deduction('detentions'),
  crimes: deduction('crimes'),
}

const ITEM_EVALUATORS = ITEM_IDS.map((id) => EVALUATORS[id])
const EDU = ITEM_IDS.indexOf('education')
const QUAL = ITEM_IDS.indexOf('qualification')

type AnyRule = Ruleset['rules'][ItemId]
const ITEM_GROUPS = ITEM_IDS.map((id) => ITEMS[id].group)
/** A ruleset's rules in ITEM_IDS order, built once per ruleset. */
const ORDERED_RULES = new WeakMap<Ruleset, AnyRule[]>()
function orderedRules(rs: Ruleset): AnyRule[] {
  let rules = ORDERED_RULES.get(rs)
  if (!rules) ORDERED_RULES.set(rs, (rules = ITEM_IDS.map((id) => rs.rules[id])))
  return rules
}

function toItem(rules: AnyRule[], i: number, o: Outcome): ItemResult {
  const rule = rules[i]!
  const id = ITEM_IDS[i]!
  const item: ItemResult = {
    id,
    group: ITEM_GROUPS[i]!,
    points: o.points,
    max: rule.max,
    uncertain: rule.uncertain || o.uncertain === true,
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
      items: ITEM_IDS.map((_, i) => toItem(orderedRules(next), i, { points: 0, reason: 'notCovered' })),
      findings,
    }
  }

  if (options.ruleset && inForce?.id !== options.ruleset)
    findings.push(finding('rulesetNotInForce', { ruleset: rs.id, asOf }))
  if (rs.validTo && asOf > rs.validTo && rs === RULESETS[RULESETS.length - 1])
    findings.push(finding('rulesetLapsed', { validTo: rs.validTo }))

  const scored = score(context(profile, asOf, rs, wages, findings))
  const { ctx, items, total } = scored
  if (vetoed) findings.push(finding('veto'))
  const threshold = rs.threshold.value
  const status = verdict(ctx, total, threshold, options.thinMargin === false ? null : scored)
  return { ruleset: rs.id, asOf, total, threshold, meetsThreshold: total >= threshold && !vetoed, vetoed, status, items, findings }
}

function context(profile: Profile, asOf: string, rs: Ruleset, wages: WageTable, findings: Finding[]): Ctx {
  const asOfMonth = monthOfDate(asOf)
  return { profile, asOf, asOfMonth, rs, history: buildHistory(profile.socialInsurance, asOfMonth, recentWindow(rs)), wages, findings }
}

interface Scored {
  ctx: Ctx
  items: ItemResult[]
  total: number
}

/** Every item under one ruleset, pick-one applied, with the item and eligibility findings. */
function score(ctx: Ctx): Scored {
  const { profile, rs, findings } = ctx
  // Outcomes by position in ITEM_IDS (an array: a record keyed by id was a hot spot).
  const outcomes: Outcome[] = []
  for (const evaluate of ITEM_EVALUATORS) outcomes.push(evaluate(ctx))

  // Pick one: education and qualification never both count; the higher keeps its points
  // (a tie goes to education), the other shows 0.
  const edu = outcomes[EDU]!
  const qual = outcomes[QUAL]!
  if (edu.points > 0 && qual.points > 0) {
    const keepEdu = edu.points >= qual.points
    const [kept, dropped] = keepEdu ? [edu, qual] : [qual, edu]
    findings.push(
      finding('pickOne', { kept: keepEdu ? 'education' : 'qualification', keptPoints: kept.points, droppedPoints: dropped.points }, keepEdu ? 'qualification' : 'education'),
    )
    const inputs: Inputs = Object.assign({}, dropped.inputs)
    inputs.wouldScore = dropped.points
    outcomes[keepEdu ? QUAL : EDU] = { points: 0, reason: 'excludedByPickOne', inputs }
  }

  const d = profile.deductions
  if (d && ((d.falseMaterials ?? 0) || (d.detentions ?? 0) || (d.crimes ?? 0)))
    findings.push(finding('deductionWindows'))

  const rules = orderedRules(rs)
  const items = outcomes.map((o, i) => toItem(rules, i, o))
  let sum = 0
  for (const item of items) sum += item.points
  if (sum < 0) findings.push(finding('totalFloored', { sum }))
  return { ctx, items, total: Math.max(0, sum) }
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
function thinMargin({ ctx, items, total }: Scored): Finding | null {
  const periods = ctx.profile.socialInsurance
  // Only the base band and a base-conditioned title or skill can be lost.
  const cbPoints = items[ITEM_IDS.indexOf('contributionBase')]!.points
  const qual = items[QUAL]!
  const conditioned = qual.points > 0 && ctx.rs.rules.qualification.params.baseCondition.levels.includes(qual.inputs.qualification as Qualification)
  if (!total || !periods?.length || (!cbPoints && !conditioned) || !nearThreshold(ctx)) return null
  const cb = ctx.rs.rules.contributionBase.params
  const ceiling = (base: number, m: MonthIndex) => base >= cb.top.multiple * wageOf(ctx.wages, m) - cb.top.tolerance
  const lowered: Period[] = []
  // A base under 3 × the lowest wage on file is at the ceiling in no month: scale it whole.
  const neverCeiling = cb.top.multiple * lowestWage(ctx.wages) - cb.top.tolerance
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
  const concerned = ITEM_IDS.filter((_, i) => other.items[i]!.points < items[i]!.points)
  return { ...finding('thinMargin'), items: concerned, params: { atRisk, items: concerned.join(','), factor: THIN_FACTOR } }
}

const LOWEST = new WeakMap<WageTable, number>()
function lowestWage(t: WageTable): number {
  let low = LOWEST.get(t)
  if (low === undefined) LOWEST.set(t, (low = Math.min(...t.rows.map((r) => r.monthly))))
  return low
}

/**
 * Whether any month in the rules' windows has a base at or above a band's multiple but less
 * than 3 % above it (the 3× route excepted: its months keep their base).
 */
function nearThreshold(ctx: Ctx): boolean {
  const { first, bases } = ctx.history
  const { nums, dens } = ratiosOf(ctx.rs, () => [...ctx.rs.rules.contributionBase.params.bands.map((b) => b.min), ctx.rs.rules.qualification.params.baseCondition.multiple])
  for (let i = 0; i < bases.length; i++) {
    const base = bases[i]!
    if (Number.isNaN(base)) continue
    const wage = wageOf(ctx.wages, first + i)
    for (let r = 0; r < nums.length; r++) if (base * dens[r]! >= wage * nums[r]! && base * THIN_FACTOR * dens[r]! < wage * nums[r]!) return true
  }
  return false
}

/** The longest window any rule of the ruleset looks at month by month. */
function recentWindow(rs: Ruleset): number {
  const cb = rs.rules.contributionBase.params
  return Math.max(cb.window, cb.top.window, rs.rules.qualification.params.baseCondition.window, rs.eligibility.window)
}

function windowMonths(ctx: Ctx, n: number): number {
  const h = ctx.history
  let months = 0
  for (let m = Math.max(ctx.asOfMonth - n, h.first); m < ctx.asOfMonth; m++) if (!Number.isNaN(baseAt(h, m))) months++
  return months
}
