// The item catalogue: what the engine knows of each item apart from its values under a ruleset
// (those are in rulesets.ts): its group on the score sheet, the section of docs/rules.md that
// discusses it, how its points move in time (for the road to 120) and which of its inputs the
// explanation shows. One entry per ItemId, in ITEM_IDS order (tests/engine/items.test.ts).
import type { ItemGroup, ItemId } from '../types'

/** A profile date whose anniversaries change an item's points ('keyArea.since': the area's date). */
export type AnniversaryField = 'birthDate' | 'publicServiceSince' | 'keyArea.since' | 'spouseHukouSince'

export interface ItemFacts {
  group: ItemGroup
  /** The item's own section of docs/rules.md (a rule's `ref.evidence` adds the discussion). */
  evidence: string
  /**
   * How a change of its points is dated on the road: 'day' where it falls on an exact date (a
   * birthday, an anniversary, the end of a window), 'month' where it comes from a month boundary
   * (social-insurance months, base windows) and is shown as YYYY-MM.
   */
  changesOn: 'day' | 'month'
  /** The profile date whose anniversaries change its points (each is assessed on the road), or null. */
  anniversaryOf: AnniversaryField | null
  /**
   * The numeric inputs that the explanation's "basis" sentence shows (`engine.basis.<id>`), or
   * null where the item has none worth a sentence (a level, a claim).
   */
  basis: readonly string[] | null
}

export const ITEMS = {
  age: { group: 'basic', evidence: 'rules §B1', changesOn: 'day', anniversaryOf: 'birthDate', basis: ['age'] },
  education: { group: 'basic', evidence: 'rules §B2', changesOn: 'month', anniversaryOf: null, basis: null },
  qualification: { group: 'basic', evidence: 'rules §B3', changesOn: 'month', anniversaryOf: null, basis: ['monthsAtLeast1x'] },
  socialInsuranceYears: { group: 'basic', evidence: 'rules §B4', changesOn: 'month', anniversaryOf: null, basis: ['months', 'years'] },
  shortageMajor: { group: 'bonus', evidence: 'rules §A3', changesOn: 'month', anniversaryOf: null, basis: null },
  investment: { group: 'bonus', evidence: 'rules §A4', changesOn: 'month', anniversaryOf: null, basis: null },
  contributionBase: {
    group: 'bonus',
    evidence: 'rules §A5',
    changesOn: 'month',
    anniversaryOf: null,
    basis: ['monthsAt3x', 'monthsAtLeast100', 'monthsAtLeast50', 'monthsAtLeast25'],
  },
  publicService: { group: 'bonus', evidence: 'rules §A6', changesOn: 'day', anniversaryOf: 'publicServiceSince', basis: ['years', 'gate'] },
  keyArea: { group: 'bonus', evidence: 'rules §A7', changesOn: 'day', anniversaryOf: 'keyArea.since', basis: ['years', 'gate'] },
  // Its window ends on a date (the road ends it on 1 January after asOf: rules §Q9).
  freshGraduate: { group: 'bonus', evidence: 'rules §A8', changesOn: 'day', anniversaryOf: null, basis: null },
  award: { group: 'bonus', evidence: 'rules §A9', changesOn: 'month', anniversaryOf: null, basis: null },
  spouse: { group: 'bonus', evidence: 'rules §A10', changesOn: 'day', anniversaryOf: 'spouseHukouSince', basis: ['years'] },
  innovation: { group: 'bonus', evidence: 'rules §A1–A2', changesOn: 'month', anniversaryOf: null, basis: null },
  falseMaterials: { group: 'deduction', evidence: 'rules §D1', changesOn: 'month', anniversaryOf: null, basis: ['records'] },
  detentions: { group: 'deduction', evidence: 'rules §D2', changesOn: 'month', anniversaryOf: null, basis: ['records'] },
  crimes: { group: 'deduction', evidence: 'rules §D3', changesOn: 'month', anniversaryOf: null, basis: ['records'] },
} as const satisfies { readonly [K in ItemId]: ItemFacts }

/** The profile fields that anniversaries come from, each once (what the road assesses on exact days). */
export const ANNIVERSARY_FIELDS: readonly AnniversaryField[] = [
  ...new Set(Object.values(ITEMS).flatMap((i): AnniversaryField[] => (i.anniversaryOf ? [i.anniversaryOf] : []))),
]
