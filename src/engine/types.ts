// Output types of the engine (format §3) and the rule-data types.
import type { RULESETS } from './data/rulesets'
import type { SourceId } from './data/sources'
import type { Profile } from './schema'
import type { WageTable } from './wages'

export const ITEM_IDS = [
  'age',
  'education',
  'qualification',
  'socialInsuranceYears',
  'shortageMajor',
  'investment',
  'contributionBase',
  'publicService',
  'keyArea',
  'freshGraduate',
  'award',
  'spouse',
  'innovation',
  'falseMaterials',
  'detentions',
  'crimes',
] as const
export type ItemId = (typeof ITEM_IDS)[number]
export type ItemGroup = 'basic' | 'bonus' | 'deduction'
export type Severity = 'info' | 'warning' | 'error'

/** The rulesets' ids, as written in data/rulesets.ts. */
export type RulesetId = (typeof RULESETS)[number]['id']

/** Why an item scored nothing (or less than it might). */
export type ItemReason =
  | 'missing' // a fact the item needs was not given
  | 'notClaimed' // the applicant has nothing here (no award, no records, …)
  | 'conditionNotMet' // the fact is there but a rule's condition is not met
  | 'excludedByPickOne' // education vs qualification: the other one counts
  | 'notCovered' // no ruleset covers asOf

/** The legal documents' ids, as written in data/sources.ts. */
export type { SourceId }

/** A citation: the document, and the article or indicator line within it. */
export interface LegalRef {
  source: SourceId
  /** Indicator line or article, in the document's own words (Chinese). */
  line: string
  /** Where the evidence is discussed in docs/rules.md. */
  evidence: string
}

export interface ItemResult {
  id: ItemId
  group: ItemGroup
  points: number
  /** The item's ceiling under the ruleset, or null where the rule sets none. */
  max: number | null
  reason?: ItemReason
  /** The rule rests on conflicting or thin evidence; a finding explains the doubt. */
  uncertain: boolean
  reference: LegalRef
  /** The facts the rule used, for the explanation ("35 years old", "49 months"). */
  inputs: Record<string, number | string | boolean | null>
}

export const FINDING_CODES = [
  'missingFact',
  'pickOne',
  'qualificationBaseCondition',
  'ageOver60',
  'socialInsuranceGap',
  'socialInsuranceYearsCapDoubt',
  'monthsAfterAsOfIgnored',
  'referenceWageEstimated',
  'referenceWageUnknown',
  'contributionBaseMixedBands',
  'keyAreaLingangGate',
  'investmentCapDoubt',
  'publicServiceCapDoubt',
  'shortageMajorNotFullTime',
  'shortageMajorNeedsEducation',
  'freshGraduateWindow',
  'dateAfterAsOf',
  'eligibilitySixMonths',
  'deductionWindows',
  'totalFloored',
  'veto',
  'rulesetLapsed',
  'rulesetNotCovered',
  'rulesetNotInForce',
  'statusIncomplete',
  'notEligibleAge',
  'notCurrentlyPaying',
  'thinMargin',
  'keyAreaNotInForce',
] as const
export type FindingCode = (typeof FINDING_CODES)[number]

export interface Finding {
  code: FindingCode
  severity: Severity
  item?: ItemId
  /** Several items concerned (the thin-margin finding). */
  items?: ItemId[]
  params?: Record<string, string | number>
  /** Section of docs/rules.md with the evidence. */
  evidence: string
}

/**
 * The verdict (rules §11), the first that holds: vetoed, incomplete (birth date, education or
 * social insurance missing), notEligible (6-of-12 months or age 18–60 not met), meets, below.
 */
export const STATUSES = ['vetoed', 'incomplete', 'notEligible', 'meets', 'below'] as const
export type Status = (typeof STATUSES)[number]

export interface Assessment {
  ruleset: RulesetId | null
  asOf: string
  total: number
  threshold: number
  /** Points only (total ≥ threshold and not vetoed); `status` is the verdict to show. */
  meetsThreshold: boolean
  vetoed: boolean
  status: Status
  items: ItemResult[]
  findings: Finding[]
}

export interface AssessOptions {
  /** Force a ruleset instead of selecting by asOf. */
  ruleset?: RulesetId
  /** Another reference-wage table (default: the published one). */
  wages?: WageTable
  /** Skip the thin-margin check (a second scoring); projections that only need totals do. */
  thinMargin?: boolean
}

export type { Profile }
