// Ranked actions: the lawful levers a person could pull to reach 120 sooner. Each lever is an
// answer changed from a date on (or a higher contribution base from next month); the points it
// adds and the date it counts come from projecting it with the engine, never from a formula here.
// A new education level or title counts only after its lead time (data/lead-times.ts), so the
// ranking is by the date 120 is reached with the time it takes to earn the credential.
// Only levers: vetoes, deductions, age, marriage and awards are not things to "do".
// Someone already at 120 gets, instead, what could take it away (keepingRisks).
import { assess, rulesetFor } from './assess'
import {
  EDUCATION_LEAD,
  EXAM_CYCLE_MONTHS,
  INTERMEDIATE_SOURCE,
  INTERMEDIATE_WORK_MONTHS,
  SENIOR_LEAD,
  SKILL_LEAD,
  type LeadBasis,
  type LeadSource,
  type LeadStep,
} from './data/lead-times'
import { DOUBTS, REQUIREMENTS, type DoubtCode, type RequirementCode } from './data/requirements'
import { monthIndexOf, monthLabel, monthOfDate, anniversary } from './dates'
import { project, totalOn, type ProfileChange, type Projection, type ProjectOptions } from './project'
import { EDUCATIONS, KEY_AREA_KINDS, type Education, type Qualification } from './enums'
import type { Profile } from './profile-format'
import type { AssessOptions, ItemId, LegalRef } from './types'
import { WAGES, wageOf } from './wages'

export type ActionKind = 'qualification' | 'education' | 'contributionBase' | 'keyArea' | 'shortageMajor' | 'publicService' | 'innovation'

/** Our rough estimate of the effort (1 a check … 5 a doctorate), used only to break ties between equal dates. */
export type Effort = 1 | 2 | 3 | 4 | 5

/** What an action requires, as a stable code for i18n (data/requirements.ts); `evidence` points into docs/rules.md. */
export interface Requirement {
  code: RequirementCode
  params?: Record<string, string | number>
  evidence: string
}

/** Where the rule is uncertain, what the doubt is (a code for i18n, data/requirements.ts). */
export interface Doubt {
  code: DoubtCode
  evidence: string
}

/** A requirement, with its evidence from the data. */
const requirement = (code: RequirementCode, params?: Requirement['params']): Requirement =>
  params ? { code, params, evidence: REQUIREMENTS[code].evidence } : { code, evidence: REQUIREMENTS[code].evidence }
const doubt = (code: DoubtCode): Doubt => ({ code, evidence: DOUBTS[code].evidence })

/** The time before a new credential can count: months from next month, how firm, and why. */
export interface LeadTime {
  months: number
  /** 'estimate' when any step of the chain is our estimate. */
  basis: LeadBasis
  sources: LeadSource[]
  /** The person set it in the assumptions. */
  edited: boolean
}

/** Actions that mean changing job sector or home area: shown folded, in one group. */
export type ActionGroup = 'main' | 'change'

/** Lead-time overrides by action id (months), from the road's assumptions. */
export type LeadOverrides = Readonly<Record<string, number>>

export interface RankOptions extends ProjectOptions {
  leadTimes?: LeadOverrides
}

/** What an action is: the lever the person pulls, described once for levers and ranked actions. */
interface LeverFacts {
  /** Stable id, e.g. "qualification:titleIntermediate", "contributionBase:50", "keyArea:lingang". */
  id: string
  kind: ActionKind
  /** The item it scores on. */
  item: ItemId
  /** The answer it changes (level, band, area kind, base in CNY …), for the sentence. */
  params: Record<string, string | number>
  effort: Effort
  /** The date from which the projection assumes the change (e.g. holding the title, the higher base). */
  startsOn: string
  /** For an education level or a title: the time it takes to earn it (startsOn includes it). */
  lead: LeadTime | null
  group: ActionGroup
  requires: Requirement[]
  doubts: Doubt[]
}

export interface Action extends LeverFacts {
  /** First assessed date on which it adds points; null if not within the horizon. */
  countsFrom: string | null
  /** Points added on `countsFrom`, and the most it adds within the horizon. */
  gain: number
  maxGain: number
  /** The date 120 would be reached with it, or null if not within the horizon. */
  reach: string | null
  /** True when it reaches 120 earlier than the current path (or at all, when that does not). */
  soonerThanNow: boolean
  reference: LegalRef
  uncertain: boolean
  /** The projection options that apply it (add them to the current ones to chart it). */
  apply: Pick<ProjectOptions, 'changes' | 'raiseBase'>
}

export interface RankedActions {
  /** The current path, for comparison. */
  baseline: Projection
  /** Empty when the person is at 120 already: see `keeping`. */
  actions: Action[]
  /** At 120 on asOf: what could take it away, by date. Empty otherwise. */
  keeping: Risk[]
}

export type RiskCode = 'ageFalls' | 'baseUnder1x' | 'stopsPaying' | 'thinMargin' | 'rulesetLapses'

/** A dated risk to a score of 120 or more; `below` when it takes the total under the threshold. */
export interface Risk {
  code: RiskCode
  date: string
  below: boolean
  params: Record<string, string | number>
}

interface Lever extends LeverFacts {
  changes?: ProfileChange[]
  raiseBase?: { from: string; base: number }
}

const QUALIFICATION_TIERS: readonly { level: Qualification; alt?: Qualification; effort: Effort }[] = [
  { level: 'skill5', effort: 2 },
  { level: 'skill4', effort: 2 },
  { level: 'skill3', effort: 2 },
  { level: 'titleIntermediate', alt: 'skill2', effort: 3 },
  { level: 'titleSenior', alt: 'skill1', effort: 4 },
]

const EDUCATION_EFFORT: Record<Education, Effort> = { none: 1, associate: 3, bachelor: 3, bachelorDegree: 3, master: 4, doctorate: 5 }

const SKILLS: readonly Qualification[] = ['skill5', 'skill4', 'skill3', 'skill2', 'skill1']
const TITLES: readonly Qualification[] = ['titleIntermediate', 'titleSenior']
/** Rank of a level by its points (skill2 and titleIntermediate alike). */
const QUAL_RANK: Record<Qualification, number> = { none: 0, skill5: 1, skill4: 2, skill3: 3, skill2: 4, titleIntermediate: 4, skill1: 5, titleSenior: 5 }

interface Lead {
  months: number
  basis: LeadBasis
  sources: LeadSource[]
}
const NONE: Lead = { months: 0, basis: 'rule', sources: [] }
const NO_ROUTE: Lead = { months: Infinity, basis: 'rule', sources: [] }

function chain(step: LeadStep, before: Lead): Lead {
  return {
    months: step.months + before.months,
    basis: step.basis === 'estimate' || before.basis === 'estimate' ? 'estimate' : 'rule',
    sources: [...new Set([...before.sources, step.source])],
  }
}

/** Months until an education level can count, for the person's current level (0 when held). */
export function educationLead(level: Education, current: Education | undefined): Lead {
  if (level === 'none' || EDUCATIONS.indexOf(current ?? 'none') >= EDUCATIONS.indexOf(level)) return NONE
  const step = EDUCATION_LEAD[level]
  return chain(step, step.after ? educationLead(step.after as Education, current) : NONE)
}

/**
 * Months until a title or skill level can count: skill levels chain one after another; the 中级
 * title needs years of work by education (work already shown by `workMonths` counts), then the exam.
 */
export function qualificationLead(level: Qualification, profile: Profile, workMonths: number): Lead {
  const current = profile.qualification ?? 'none'
  if (level === 'none') return NONE
  if (SKILLS.includes(level)) {
    if (SKILLS.includes(current) && SKILLS.indexOf(current) >= SKILLS.indexOf(level)) return NONE
    const step = SKILL_LEAD[level as keyof typeof SKILL_LEAD]
    return chain(step, step.after ? qualificationLead(step.after as Qualification, profile, workMonths) : NONE)
  }
  if (TITLES.includes(current) && TITLES.indexOf(current) >= TITLES.indexOf(level)) return NONE
  if (level === 'titleSenior') return chain(SENIOR_LEAD, qualificationLead('titleIntermediate', profile, workMonths))
  const work = INTERMEDIATE_WORK_MONTHS[profile.education ?? 'none']
  if (work === null) return NO_ROUTE
  return { months: Math.max(0, work - workMonths) + EXAM_CYCLE_MONTHS, basis: 'estimate', sources: [INTERMEDIATE_SOURCE] }
}

/** Distinct months of social insurance before the asOf month: work the person has already done. */
function workMonthsBefore(profile: Profile, asOf: string): number {
  const asOfMonth = monthOfDate(asOf)
  const months = new Set<number>()
  for (const p of profile.socialInsurance ?? []) {
    const to = Math.min(monthIndexOf(p.to), asOfMonth - 1)
    for (let m = monthIndexOf(p.from); m <= to; m++) months.add(m)
  }
  return months.size
}

/** The lead time of an action, with the person's override when there is one. */
function withOverride(id: string, lead: Lead, overrides: LeadOverrides | undefined): LeadTime {
  const o = overrides?.[id]
  if (o !== undefined && Number.isFinite(o) && o >= 0) return { months: Math.floor(o), basis: lead.basis, sources: lead.sources, edited: true }
  return { ...lead, edited: false }
}

function levers(profile: Profile, asOf: string, baseline: Projection, options: ProjectOptions, overrides?: LeadOverrides): Lever[] {
  const rs = rulesetFor(asOf)
  const nextMonth = monthOfDate(asOf) + 1
  const nextMonthStart = `${monthLabel(nextMonth)}-01`
  const after = (months: number) => `${monthLabel(nextMonth + months)}-01`
  const workMonths = workMonthsBefore(profile, asOf)
  const wage = wageOf(options.wages ?? WAGES, nextMonth)
  const futureBase = baseline.assumptions.futureBase
  const paying = baseline.assumptions.keepPaying && futureBase !== null
  const out: Lever[] = []

  // Contribution base: each band above the current base, from next month (the base cannot exceed 3×).
  const cb = rs.rules.contributionBase.params
  if (paying) {
    const targets = [
      { points: cb.top.points, multiple: cb.top.multiple, base: Math.ceil(cb.top.multiple * wage), window: cb.top.window, months: cb.top.months },
      ...cb.bands.map((b) => ({ points: b.points, multiple: b.min.num / b.min.den, base: Math.ceil((wage * b.min.num) / b.min.den), window: cb.window, months: cb.months })),
    ]
    for (const t of targets) {
      if (t.base <= futureBase) continue
      out.push({
        id: `contributionBase:${t.points}`,
        kind: 'contributionBase',
        item: 'contributionBase',
        params: { points: t.points, multiple: t.multiple, base: t.base, from: monthLabel(nextMonth) },
        effort: 2,
        startsOn: nextMonthStart,
        lead: null,
        group: 'main',
        raiseBase: { from: monthLabel(nextMonth), base: t.base },
        requires: [
          requirement('baseMatchesIncome'),
          requirement('baseWindow', { months: t.months, window: t.window }),
        ],
        doubts: [doubt('wageRises')],
      })
    }
  }

  // A higher title or skill level (only the higher of education and title counts: the engine decides).
  const cond = rs.rules.qualification.params.baseCondition
  const baseFor1x = Math.ceil((wage * cond.multiple.num) / cond.multiple.den)
  const held = QUAL_RANK[profile.qualification ?? 'none']
  for (const tier of QUALIFICATION_TIERS) {
    if (QUAL_RANK[tier.level] <= held) continue
    const id = `qualification:${tier.level}`
    const own = qualificationLead(tier.level, profile, workMonths)
    const alt = tier.alt ? qualificationLead(tier.alt, profile, workMonths) : NO_ROUTE
    const lead = withOverride(id, alt.months < own.months ? alt : own, overrides)
    if (!Number.isFinite(lead.months)) continue
    const startsOn = after(lead.months)
    const needsBase = cond.levels.includes(tier.level)
    const requires: Requirement[] = [requirement('titleInShanghai')]
    const lever: Lever = {
      id,
      kind: 'qualification',
      item: 'qualification',
      params: tier.alt ? { level: tier.level, alt: tier.alt } : { level: tier.level },
      effort: tier.effort,
      startsOn,
      lead,
      group: 'main',
      changes: [{ from: startsOn, patch: { qualification: tier.level } }],
      requires,
      doubts: [],
    }
    if (tier.level.startsWith('skill') || tier.alt) requires.push(requirement('skillVerifiable'))
    if (needsBase) {
      requires.push(requirement('titleBaseCondition', { months: cond.months, window: cond.window }))
      if (paying && futureBase < baseFor1x) {
        // In time for the base condition when the title arrives, not years before it.
        const from = monthLabel(Math.max(nextMonth, monthOfDate(startsOn) - cond.months))
        lever.raiseBase = { from, base: baseFor1x }
        requires.push(requirement('raiseBaseForTitle', { base: baseFor1x, from }))
      }
    }
    out.push(lever)
  }

  // A higher education level (none offered while the current one is not known).
  const current = profile.education ? EDUCATIONS.indexOf(profile.education) : EDUCATIONS.length
  for (const level of EDUCATIONS.slice(current + 1) as Education[]) {
    const id = `education:${level}`
    const lead = withOverride(id, educationLead(level, profile.education), overrides)
    const startsOn = after(lead.months)
    out.push({
      id,
      kind: 'education',
      item: 'education',
      params: { level },
      effort: EDUCATION_EFFORT[level],
      startsOn,
      lead,
      group: 'main',
      changes: [{ from: startsOn, patch: { education: level } }],
      requires: [
        requirement('stateRecognised'),
        requirement('prerequisiteChain'),
      ],
      doubts: [],
    })
  }

  // Working and living in a key outer-suburb area, from next month (each kind's requirements and
  // doubts are on the key-area rule).
  if (!profile.keyArea)
    for (const kind of KEY_AREA_KINDS) {
      const area = rs.rules.keyArea.params.areas[kind]
      out.push({
        id: `keyArea:${kind}`,
        kind: 'keyArea',
        item: 'keyArea',
        params: { area: kind },
        effort: 3,
        startsOn: nextMonthStart,
        lead: null,
        group: 'change',
        changes: [{ from: nextMonthStart, patch: { keyArea: { kind, since: nextMonthStart } } }],
        requires: area.requires.map((code) => requirement(code)),
        doubts: area.doubts.map(doubt),
      })
    }

  // A shortage major is a fact to check, not something to do: it counts at once if it applies.
  if (!profile.shortageMajor && profile.fullTimeStudy !== false)
    out.push({
      id: 'shortageMajor',
      kind: 'shortageMajor',
      item: 'shortageMajor',
      params: {},
      effort: 1,
      startsOn: asOf,
      lead: null,
      group: 'main',
      changes: [{ from: asOf, patch: { shortageMajor: true } }],
      requires: [requirement('majorOnList')],
      doubts: [doubt('listScope')],
    })

  // Designated public-service sector (环卫): counts once 5 full years are reached.
  if (!profile.publicServiceSince)
    out.push({
      id: 'publicService',
      kind: 'publicService',
      item: 'publicService',
      params: {},
      effort: 4,
      startsOn: nextMonthStart,
      lead: null,
      group: 'change',
      changes: [{ from: nextMonthStart, patch: { publicServiceSince: nextMonthStart } }],
      requires: [requirement('sanitationSector')],
      doubts: [doubt('publicServiceCounting')],
    })

  // Innovation talent routes: each needs 6 consecutive months first (rules §A1–A2).
  if (!profile.innovation || profile.innovation === 'none') {
    const after6 = `${monthLabel(nextMonth + 6)}-01`
    for (const kind of ['techTransfer', 'startupFounder'] as const)
      out.push({
        id: `innovation:${kind}`,
        kind: 'innovation',
        item: 'innovation',
        params: { route: kind, from: nextMonthStart },
        effort: 4,
        startsOn: after6,
        lead: null,
        group: 'change',
        changes: [{ from: after6, patch: { innovation: kind } }],
        requires: [requirement(kind === 'techTransfer' ? 'techTransfer' : 'startupIncubator')],
        doubts: [doubt('innovationScope')],
      })
  }
  return out
}

/**
 * The levers that add points, each projected with the engine (credentials from the end of their
 * lead time), ranked by the date 120 would be reached (never reached last), then by effort, then
 * by the points added. A vetoed profile has none: no action lifts a veto. Someone at 120 on asOf
 * gets no actions but the risks to their 120 (`keeping`).
 */
export function rankActions(profile: Profile, asOf: string, options: RankOptions = {}): RankedActions {
  const { leadTimes, ...projectOptions } = options
  const baseline = project(profile, asOf, projectOptions)
  if (baseline.vetoed) return { baseline, actions: [], keeping: [] }
  if (baseline.reach === asOf) return { baseline, actions: [], keeping: keepingRisks(profile, asOf, baseline, projectOptions) }
  const rs = rulesetFor(asOf)
  const actions: Action[] = []
  const horizon: ProjectOptions = { ...projectOptions, until: baseline.until }
  for (const lever of levers(profile, asOf, baseline, projectOptions, leadTimes)) {
    const apply: Action['apply'] = { changes: lever.changes ?? [] }
    if (lever.raiseBase) apply.raiseBase = lever.raiseBase
    if (lever.kind === 'qualification' && profile.qualification && profile.qualification !== 'none')
      apply.changes = declareBetter(profile, asOf, horizon, apply, { qualification: profile.qualification })
    const p = project(profile, asOf, withAction(horizon, apply))
    let countsFrom: string | null = null
    let gain = 0
    let maxGain = 0
    for (const point of p.points) {
      const diff = point.total - totalOn(baseline, point.date)
      if (diff > 0 && countsFrom === null) {
        countsFrom = point.date
        gain = diff
      }
      maxGain = Math.max(maxGain, diff)
    }
    if (countsFrom === null) continue
    const rule = rs.rules[lever.item]
    actions.push({
      id: lever.id,
      kind: lever.kind,
      item: lever.item,
      params: lever.params,
      effort: lever.effort,
      startsOn: lever.startsOn,
      lead: lever.lead,
      group: lever.group,
      countsFrom,
      gain,
      maxGain,
      reach: p.reach,
      soonerThanNow: p.reach !== null && (baseline.reach === null || p.reach < baseline.reach),
      requires: lever.requires,
      doubts: lever.doubts,
      reference: rule.ref,
      uncertain: rule.uncertain || lever.doubts.length > 0,
      apply,
    })
  }
  const never = anniversary(asOf, 1000)
  actions.sort((a, b) => {
    const ra = a.reach ?? never
    const rb = b.reach ?? never
    if (ra !== rb) return ra < rb ? -1 : 1
    return a.effort - b.effort || b.maxGain - a.maxGain || a.id.localeCompare(b.id)
  })
  return { baseline, actions, keeping: [] }
}

/**
 * What could take a score of 120 away, with dates: the age points falling (after 43), the base
 * dropping under 1× of the reference wage from next month, stopping payment (the 6-of-12
 * condition fails 7 months later), the thin margin (the reference wage moves each July) and the
 * measures lapsing. Every date comes from the engine on the changed profile.
 */
export function keepingRisks(profile: Profile, asOf: string, baseline: Projection, options: ProjectOptions = {}): Risk[] {
  const risks: Risk[] = []
  const threshold = baseline.threshold
  const assessOptions: AssessOptions = {}
  if (options.ruleset) assessOptions.ruleset = options.ruleset
  if (options.wages) assessOptions.wages = options.wages
  const now = assess(profile, asOf, assessOptions)
  const horizon: ProjectOptions = { ...options, until: baseline.until }
  const firstDrop = (p: Projection) => {
    for (const point of p.points) {
      const lost = totalOn(baseline, point.date) - point.total
      if (lost > 0) return { date: point.date, lost, total: point.total }
    }
    return null
  }

  const age = baseline.changes.find((c) => c.item === 'age' && c.to < c.from)
  if (age) risks.push({ code: 'ageFalls', date: age.date, below: age.total < threshold, params: { age: Number(age.inputs.age ?? 0), from: age.from, to: age.to, total: age.total } })

  const nextMonth = monthOfDate(asOf) + 1
  const futureBase = baseline.assumptions.futureBase
  if (baseline.assumptions.keepPaying && futureBase !== null) {
    const under = Math.ceil(wageOf(options.wages ?? WAGES, nextMonth)) - 1
    if (futureBase > under) {
      const drop = firstDrop(project(profile, asOf, { ...horizon, assumptions: { ...options.assumptions, futureBase: under, baseFrom: monthLabel(nextMonth) } }))
      if (drop) risks.push({ code: 'baseUnder1x', date: drop.date, below: drop.total < threshold, params: { base: under + 1, lost: drop.lost, total: drop.total } })
    }
    // Stopping from next month: the month before asOf stays paid; 6 of the 12 months fail later
    // (nothing to lose for someone who cannot apply yet).
    if (now.status !== 'notEligible') {
      const stopped: Profile = { ...profile, socialInsurance: extendTo(profile, monthOfDate(asOf), futureBase) }
      for (let m = nextMonth + 1; m <= nextMonth + 13; m++) {
        const date = `${monthLabel(m)}-01`
        if (date > baseline.until) break
        if (assess(stopped, date, assessOptions).status === 'notEligible') {
          risks.push({ code: 'stopsPaying', date, below: true, params: { from: monthLabel(nextMonth) } })
          break
        }
      }
    }
  }

  const thin = now.findings.find((f) => f.code === 'thinMargin')
  if (thin) {
    const year = Number(asOf.slice(0, 4))
    const july = `${year}-07-01` > asOf ? `${year}-07-01` : `${year + 1}-07-01`
    const atRisk = Number(thin.params?.atRisk ?? 0)
    risks.push({ code: 'thinMargin', date: july, below: baseline.points[0]!.total - atRisk < threshold, params: { atRisk, items: String(thin.params?.items ?? '') } })
  }

  const lapse = baseline.notes.find((n) => n.code === 'rulesetLapses')
  if (lapse?.params?.validTo) risks.push({ code: 'rulesetLapses', date: String(lapse.params.validTo), below: false, params: {} })
  return risks.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}

/** The history with the months up to `lastMonth` (inclusive, the asOf month) paid at `base`. */
function extendTo(profile: Profile, lastMonth: number, base: number): Profile['socialInsurance'] {
  const periods = profile.socialInsurance ?? []
  let latest = -Infinity
  for (const p of periods) latest = Math.max(latest, monthIndexOf(p.to))
  if (latest >= lastMonth) return periods
  const from = Number.isFinite(latest) ? latest + 1 : lastMonth
  return [...periods, { from: monthLabel(from), to: monthLabel(lastMonth), base }]
}

/**
 * A new title may not count yet (its base condition) while the certificate held now does: on
 * each date the applicant declares whichever scores more. Returns the action's changes with the
 * old answer restored on the dates where it scores more (each date's score depends only on the
 * answers of that date, so the result is the better of the two on every date).
 */
function declareBetter(profile: Profile, asOf: string, options: ProjectOptions, apply: Action['apply'], old: ProfileChange['patch']): ProfileChange[] {
  const withNew = project(profile, asOf, withAction(options, apply))
  const withOld = project(profile, asOf, withAction(options, { ...apply, changes: [] }))
  const changes: ProfileChange[] = []
  let current: 'old' | 'new' = 'old'
  withNew.points.forEach((point) => {
    const better = point.total > totalOn(withOld, point.date) ? 'new' : 'old'
    if (better === current) return
    current = better
    changes.push({ from: point.date, patch: better === 'new' ? apply.changes![0]!.patch : old })
  })
  return changes
}

/** Projection options with an action applied on top (its changes after the current ones). */
export function withAction(options: ProjectOptions, apply: Action['apply']): ProjectOptions {
  const out: ProjectOptions = { ...options, changes: [...(options.changes ?? []), ...(apply.changes ?? [])] }
  if (apply.raiseBase) out.raiseBase = apply.raiseBase
  return out
}
