// The profile's fields (format §1), each described once: its kind and options, the wizard step
// that asks it and its place there, when it is shown. Every list of fields is derived from this
// table: the draft's shape and normaliser (state/draft-store.ts), the wizard steps
// (components/wizard/steps.ts) and the scenario editor (the same components), the CSV columns
// (csv-profile.ts), the print entries (components/report/profile-entries.ts). The table's order is
// the format's: CSV columns and print entries follow it. What only one lazy screen needs is beside
// it, keyed by the same paths and typed against them, so that the first screen does not load it:
// ./words.ts (spreadsheets: header and value words, the template's cells) and ./documents.ts (the
// road checklist: the documents an answer implies).
//
// Message keys follow from the path: the label `engine.field.<path>`, the wizard's question
// `wizard.q.<path>` and hint `wizard.hint.<path>` (a number in a group has the group's hint), the
// options `engine.<optionGroup>.<value>`, the unit `wizard.unit.<unit>` (messageKeys lists them;
// tests/lib/fields/registry.test.ts checks both catalogues have them). The validation rules are
// the schema's (src/engine/schema.ts); the scoring is the engine's.
import { AWARDS, EDUCATIONS, INNOVATIONS, KEY_AREA_KINDS, QUALIFICATIONS } from '../../engine/enums'

export const STEP_IDS = ['you', 'education', 'insurance', 'bonuses', 'deductions', 'result'] as const
export type StepId = (typeof STEP_IDS)[number]

/**
 * How a field is asked and read. `asOf`: the assessment date (a date the draft keeps apart, not an
 * answer); `choice`: one of `options`; `yesNo`: true or false, both answers shown; `check`: a
 * box, true when ticked; `number`/`integer`: amounts and counts; `periods`: the contribution
 * history, a list of { from, to, base }.
 */
export type FieldKind = 'asOf' | 'date' | 'choice' | 'yesNo' | 'check' | 'number' | 'integer' | 'periods'

export interface FieldDef {
  /** The field's dotted path in the profile ("keyArea.kind"): its CSV column, its error path. */
  path: string
  kind: FieldKind
  /** The wizard step that asks it, and its place in that step. */
  step: Exclude<StepId, 'result'>
  order: number
  options?: readonly string[]
  /** The options' message group (engine.<optionGroup>.<value>), when it is not the path. */
  optionGroup?: string
  /** The wizard marks it optional; a choice gets a "not applicable" option that clears its group. */
  optional?: true
  /** Shown only once the draft has something at this path (a follow-up question). */
  visibleWhen?: string
  /** Unanswered reads as "none" in the wizard (questions most people answer so). */
  noneUntilAnswered?: true
  unit?: 'yuan' | 'people' | 'times'
}

export const FIELDS = [
  { path: 'asOf', kind: 'asOf', step: 'you', order: 2 },
  { path: 'birthDate', kind: 'date', step: 'you', order: 1 },
  { path: 'education', kind: 'choice', options: EDUCATIONS, step: 'education', order: 1 },
  { path: 'fullTimeStudy', kind: 'yesNo', step: 'education', order: 2 },
  { path: 'qualification', kind: 'choice', options: QUALIFICATIONS, step: 'education', order: 3 },
  { path: 'socialInsurance', kind: 'periods', step: 'insurance', order: 1 },
  { path: 'shortageMajor', kind: 'check', step: 'bonuses', order: 1 },
  { path: 'freshGraduate', kind: 'check', step: 'bonuses', order: 2 },
  { path: 'publicServiceSince', kind: 'date', optional: true, step: 'bonuses', order: 6 },
  {
    path: 'keyArea.kind',
    kind: 'choice',
    options: KEY_AREA_KINDS,
    optionGroup: 'keyAreaKind',
    optional: true,
    step: 'bonuses',
    order: 3,
  },
  { path: 'keyArea.since', kind: 'date', visibleWhen: 'keyArea', step: 'bonuses', order: 4 },
  { path: 'spouseHukouSince', kind: 'date', optional: true, step: 'bonuses', order: 5 },
  { path: 'award', kind: 'choice', options: AWARDS, noneUntilAnswered: true, step: 'bonuses', order: 7 },
  { path: 'investment.avgAnnualTax', kind: 'number', unit: 'yuan', step: 'bonuses', order: 8 },
  { path: 'investment.avgLocalHires', kind: 'number', unit: 'people', step: 'bonuses', order: 9 },
  {
    path: 'innovation',
    kind: 'choice',
    options: INNOVATIONS,
    noneUntilAnswered: true,
    step: 'bonuses',
    order: 10,
  },
  { path: 'deductions.falseMaterials', kind: 'integer', unit: 'times', step: 'deductions', order: 1 },
  { path: 'deductions.detentions', kind: 'integer', unit: 'times', step: 'deductions', order: 2 },
  { path: 'deductions.crimes', kind: 'integer', unit: 'times', step: 'deductions', order: 3 },
  { path: 'seriousCrime', kind: 'yesNo', step: 'deductions', order: 4 },
] as const satisfies readonly FieldDef[]

export type ProfileField = (typeof FIELDS)[number]
/** The fields of some kinds. */
export type FieldOf<K extends FieldKind> = Extract<ProfileField, { kind: K }>
/** Every field's path: the profile's columns. */
export type ProfilePath = ProfileField['path']
/** The paths of the fields of some kinds. */
export type PathOf<K extends FieldKind> = FieldOf<K>['path']
/** The answers a draft holds one value for: every path but the assessment date and the periods. */
export type FieldPath = Exclude<ProfilePath, PathOf<'asOf' | 'periods'>>
/** A contribution period's parts, in the order they are asked and written. */
export const PERIOD_PARTS = ['from', 'to', 'base'] as const
export type PeriodPart = (typeof PERIOD_PARTS)[number]

/** The field at a path ("keyArea.kind"); undefined for anything else. */
export const fieldAt = (path: string): FieldDef | undefined => (FIELDS as readonly FieldDef[]).find((f) => f.path === path)

/** The field's label, short (the scenario editor, print, CSV, error lists). */
export const labelKey = <P extends string>(path: P) => `engine.field.${path}` as const
/** The wizard's question and hint. */
export const questionKey = <P extends string>(path: P) => `wizard.q.${path}` as const
export const hintKey = <P extends string>(path: P) => `wizard.hint.${path}` as const
/** An option's label ("master" → engine.education.master). */
export const optionKey = (field: FieldDef, value: string) => `engine.${field.optionGroup ?? field.path}.${value}`
/** The group of a nested path ("investment.avgAnnualTax" → investment), or undefined. */
export const groupOf = (path: string): string | undefined => (path.includes('.') ? path.split('.')[0] : undefined)

/** The "not applicable" option of an optional choice ("keyArea.kind" → wizard.keyArea.none). */
export const notApplicableKey = (path: string) => `wizard.${groupOf(path) ?? path}.none`

/** Every message key a field uses (the wizard's, the scenario editor's, print's); both catalogues have them. */
export function messageKeys(field: FieldDef): string[] {
  const keys: string[] = [labelKey(field.path)]
  // The period editor has texts of its own (wizard.si.*).
  if (field.kind === 'periods') return keys
  const group = groupOf(field.path)
  keys.push(questionKey(field.path))
  // An amount in a group is asked under the group's question and hint; any other field has its own hint.
  if ((field.kind === 'number' || field.kind === 'integer') && group) keys.push(questionKey(group), hintKey(group))
  else keys.push(hintKey(field.path))
  if (field.unit) keys.push(`wizard.unit.${field.unit}`)
  if (field.kind === 'choice' && field.optional) keys.push(notApplicableKey(field.path))
  for (const v of field.options ?? []) keys.push(optionKey(field, v))
  return keys
}
