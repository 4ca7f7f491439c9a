// Ranked actions: the lawful levers a person could pull to reach 120 sooner. Each lever is an
// answer changed from a date on (or a higher contribution base from next month); the points it
// adds and the date it counts come from projecting it with the engine, never from a formula here.
// Only levers: vetoes, deductions, age, marriage and awards are not things to "do".
import { rulesetById, rulesetInForce } from './assess'
import { monthLabel, monthOfDate, anniversary } from './dates'
import { project, totalOn, type ProfileChange, type Projection, type ProjectOptions } from './project'
import { EDUCATIONS, type Education, type Profile, type Qualification } from './schema'
import type { ItemId, LegalRef } from './types'
import { WAGES, wageOf } from './wages'

export type ActionKind = 'qualification' | 'education' | 'contributionBase' | 'keyArea' | 'shortageMajor' | 'publicService' | 'innovation'

/** Our rough estimate of the effort (1 a check … 5 a doctorate), used only to break ties between equal dates. */
export type Effort = 1 | 2 | 3 | 4 | 5

/** What an action requires, as stable codes for i18n; `evidence` points into research.md. */
export interface Requirement {
  code:
    | 'titleInShanghai' // obtained while working in Shanghai, specialty matches the post, listed
    | 'titleBaseCondition' // 6 of the 12 months before at ≥ 1× the reference wage
    | 'raiseBaseForTitle' // …which needs the base raised to `base` from `from`
    | 'skillVerifiable' // skill certificates from outside Shanghai: national verification
    | 'stateRecognised' // 学信网-verifiable; foreign degrees need recognition
    | 'prerequisiteChain' // 前置学历, 专本套读
    | 'baseMatchesIncome' // real salary, IIT by the same employer, not back-paid
    | 'baseWindow' // counts once `months` of the last `window` months qualify
    | 'workAndLive' // work and live in the area
    | 'lingangRecommendation'
    | 'majorOnList'
    | 'sanitationSector'
    | 'techTransfer'
    | 'startupIncubator'
  params?: Record<string, string | number>
  evidence: string
}

/** Where the rule is uncertain, what the doubt is (codes for i18n). */
export interface Doubt {
  code: 'wageRises' | 'lingangGate' | 'areaBoundaries' | 'listScope' | 'publicServiceCounting' | 'innovationScope' | 'acquisitionTime'
  evidence: string
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
  actions: Action[]
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

const ACQUISITION: Doubt = { code: 'acquisitionTime', evidence: 'spec §2' }

function levers(profile: Profile, asOf: string, baseline: Projection, options: ProjectOptions): Lever[] {
  const rs = rulesetInForce(asOf) ?? rulesetById('sh-2023')
  const nextMonth = monthOfDate(asOf) + 1
  const nextMonthStart = `${monthLabel(nextMonth)}-01`
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
        raiseBase: { from: monthLabel(nextMonth), base: t.base },
        requires: [
          { code: 'baseMatchesIncome', evidence: 'research §1 A5, §7' },
          { code: 'baseWindow', params: { months: t.months, window: t.window }, evidence: 'research §1 A5' },
        ],
        doubts: [{ code: 'wageRises', evidence: 'research §3, §13.13' }],
      })
    }
  }

  // A higher title or skill level (only the higher of education and title counts: the engine decides).
  const cond = rs.rules.qualification.params.baseCondition
  const baseFor1x = Math.ceil((wage * cond.multiple.num) / cond.multiple.den)
  for (const tier of QUALIFICATION_TIERS) {
    const needsBase = cond.levels.includes(tier.level)
    const requires: Requirement[] = [{ code: 'titleInShanghai', evidence: 'research §1 B3, §7' }]
    const lever: Lever = {
      id: `qualification:${tier.level}`,
      kind: 'qualification',
      item: 'qualification',
      params: tier.alt ? { level: tier.level, alt: tier.alt } : { level: tier.level },
      effort: tier.effort,
      startsOn: nextMonthStart,
      changes: [{ from: nextMonthStart, patch: { qualification: tier.level } }],
      requires,
      doubts: [ACQUISITION],
    }
    if (tier.level.startsWith('skill') || tier.alt) requires.push({ code: 'skillVerifiable', evidence: 'research §7' })
    if (needsBase) {
      requires.push({ code: 'titleBaseCondition', params: { months: cond.months, window: cond.window }, evidence: 'research §1 B3' })
      if (paying && futureBase < baseFor1x) {
        lever.raiseBase = { from: monthLabel(nextMonth), base: baseFor1x }
        requires.push({ code: 'raiseBaseForTitle', params: { base: baseFor1x, from: monthLabel(nextMonth) }, evidence: 'research §1 B3, §7' })
      }
    }
    out.push(lever)
  }

  // A higher education level.
  const current = profile.education ? EDUCATIONS.indexOf(profile.education) : 0
  for (const level of EDUCATIONS.slice(current + 1) as Education[]) {
    out.push({
      id: `education:${level}`,
      kind: 'education',
      item: 'education',
      params: { level },
      effort: EDUCATION_EFFORT[level],
      startsOn: nextMonthStart,
      changes: [{ from: nextMonthStart, patch: { education: level } }],
      requires: [
        { code: 'stateRecognised', evidence: 'research §1 B2' },
        { code: 'prerequisiteChain', evidence: 'research §7' },
      ],
      doubts: [ACQUISITION],
    })
  }

  // Working and living in a key outer-suburb area, from next month.
  if (!profile.keyArea)
    for (const kind of ['lingang', 'newTown', 'transformation'] as const) {
      const requires: Requirement[] = [{ code: 'workAndLive', evidence: 'research §1 A7, §4' }]
      const doubts: Doubt[] = []
      if (kind === 'lingang') {
        requires.push({ code: 'lingangRecommendation', evidence: 'research §1 A7' })
        doubts.push({ code: 'lingangGate', evidence: 'research §4, §13.3' })
      }
      if (kind === 'transformation') doubts.push({ code: 'areaBoundaries', evidence: 'research §4, §13.14' })
      out.push({
        id: `keyArea:${kind}`,
        kind: 'keyArea',
        item: 'keyArea',
        params: { area: kind },
        effort: 3,
        startsOn: nextMonthStart,
        changes: [{ from: nextMonthStart, patch: { keyArea: { kind, since: nextMonthStart } } }],
        requires,
        doubts,
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
      changes: [{ from: asOf, patch: { shortageMajor: true } }],
      requires: [{ code: 'majorOnList', evidence: 'research §1 A3, §6' }],
      doubts: [{ code: 'listScope', evidence: 'research §6, §13.8' }],
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
      changes: [{ from: nextMonthStart, patch: { publicServiceSince: nextMonthStart } }],
      requires: [{ code: 'sanitationSector', evidence: 'research §1 A6, §5' }],
      doubts: [{ code: 'publicServiceCounting', evidence: 'research §13.4' }],
    })

  // Innovation talent routes: each needs 6 consecutive months first (research §1 A1–A2).
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
        changes: [{ from: after6, patch: { innovation: kind } }],
        requires: [{ code: kind === 'techTransfer' ? 'techTransfer' : 'startupIncubator', evidence: 'research §1 A1–A2' }],
        doubts: [{ code: 'innovationScope', evidence: 'research §1 A1–A2' }],
      })
  }
  return out
}

/**
 * The levers that add points, each projected with the engine, ranked by the date 120 would be
 * reached (never reached last), then by effort, then by the points added. A vetoed profile has
 * none: no action lifts a veto.
 */
export function rankActions(profile: Profile, asOf: string, options: ProjectOptions = {}): RankedActions {
  const baseline = project(profile, asOf, options)
  if (baseline.vetoed) return { baseline, actions: [] }
  const rs = rulesetInForce(asOf) ?? rulesetById('sh-2023')
  const actions: Action[] = []
  const horizon: ProjectOptions = { ...options, until: baseline.until }
  for (const lever of levers(profile, asOf, baseline, options)) {
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
      countsFrom,
      gain,
      maxGain,
      reach: p.reach,
      soonerThanNow: p.reach !== null && (baseline.reach === null || p.reach < baseline.reach),
      requires: lever.requires,
      doubts: lever.doubts,
      reference: rule.ref,
      uncertain: rule.uncertain || lever.doubts.some((d) => d.code !== 'acquisitionTime'),
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
  return { baseline, actions }
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
