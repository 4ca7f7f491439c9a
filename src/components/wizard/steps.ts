// The wizard as data: each step's title, intro, fields and the items they feed. One component
// (StepView) renders any step from this table.
import { AWARDS, EDUCATIONS, INNOVATIONS, KEY_AREA_KINDS, QUALIFICATIONS } from '../../engine/enums'
import type { ItemId } from '../../engine/types'
import type { MessageKey } from '../../i18n/catalog'
import type { Draft, FieldPath, StepId } from '../../state/draft-store'

type Choice = 'education' | 'qualification' | 'award' | 'innovation' | 'keyArea.kind'

export type FieldSpec =
  | {
      kind: 'date'
      path: 'birthDate' | 'publicServiceSince' | 'spouseHukouSince' | 'keyArea.since'
      optional?: boolean
      /** Shown only when this holds (a follow-up question). */
      visible?: (draft: Draft) => boolean
    }
  | { kind: 'asOf' }
  | { kind: 'choice'; path: Choice; options: readonly string[]; optionKey: (v: string) => MessageKey }
  | { kind: 'yesNo'; path: 'fullTimeStudy' | 'seriousCrime' }
  | { kind: 'check'; path: 'shortageMajor' | 'freshGraduate' }
  | { kind: 'numbers'; legend: MessageKey; hint: MessageKey; fields: readonly { path: FieldPath; integer: boolean; unit: MessageKey }[] }
  | { kind: 'pickOne' }
  | { kind: 'periods' }

export interface StepSpec {
  id: StepId
  title: MessageKey
  intro: MessageKey
  fields: readonly FieldSpec[]
  /** The items this step's answers feed; shown under the step. */
  items: readonly ItemId[]
}

const opt = (prefix: string) => (v: string) => `${prefix}.${v}` as MessageKey

export const STEPS: readonly StepSpec[] = [
  {
    id: 'you',
    title: 'wizard.step.you',
    intro: 'wizard.intro.you',
    fields: [{ kind: 'date', path: 'birthDate' }, { kind: 'asOf' }],
    items: ['age'],
  },
  {
    id: 'education',
    title: 'wizard.step.education',
    intro: 'wizard.intro.education',
    fields: [
      { kind: 'choice', path: 'education', options: EDUCATIONS, optionKey: opt('engine.education') },
      { kind: 'yesNo', path: 'fullTimeStudy' },
      { kind: 'choice', path: 'qualification', options: QUALIFICATIONS, optionKey: opt('engine.qualification') },
      { kind: 'pickOne' },
    ],
    items: ['education', 'qualification'],
  },
  {
    id: 'insurance',
    title: 'wizard.step.insurance',
    intro: 'wizard.intro.insurance',
    fields: [{ kind: 'periods' }],
    items: ['socialInsuranceYears', 'contributionBase', 'qualification'],
  },
  {
    id: 'bonuses',
    title: 'wizard.step.bonuses',
    intro: 'wizard.intro.bonuses',
    fields: [
      { kind: 'check', path: 'shortageMajor' },
      { kind: 'check', path: 'freshGraduate' },
      { kind: 'choice', path: 'keyArea.kind', options: ['', ...KEY_AREA_KINDS], optionKey: (v) => (v ? opt('engine.keyAreaKind')(v) : 'wizard.keyArea.none') },
      { kind: 'date', path: 'keyArea.since', visible: (d) => d.keyArea !== undefined },
      { kind: 'date', path: 'spouseHukouSince', optional: true },
      { kind: 'date', path: 'publicServiceSince', optional: true },
      { kind: 'choice', path: 'award', options: AWARDS, optionKey: opt('engine.award') },
      {
        kind: 'numbers',
        legend: 'wizard.q.investment',
        hint: 'wizard.hint.investment',
        fields: [
          { path: 'investment.avgAnnualTax', integer: false, unit: 'wizard.unit.yuan' },
          { path: 'investment.avgLocalHires', integer: false, unit: 'wizard.unit.people' },
        ],
      },
      { kind: 'choice', path: 'innovation', options: INNOVATIONS, optionKey: opt('engine.innovation') },
    ],
    items: ['shortageMajor', 'freshGraduate', 'keyArea', 'spouse', 'publicService', 'award', 'investment', 'innovation'],
  },
  {
    id: 'deductions',
    title: 'wizard.step.deductions',
    intro: 'wizard.intro.deductions',
    fields: [
      {
        kind: 'numbers',
        legend: 'wizard.q.deductions',
        hint: 'wizard.hint.deductions',
        fields: [
          { path: 'deductions.falseMaterials', integer: true, unit: 'wizard.unit.times' },
          { path: 'deductions.detentions', integer: true, unit: 'wizard.unit.times' },
          { path: 'deductions.crimes', integer: true, unit: 'wizard.unit.times' },
        ],
      },
      { kind: 'yesNo', path: 'seriousCrime' },
    ],
    items: ['falseMaterials', 'detentions', 'crimes'],
  },
  { id: 'result', title: 'wizard.step.result', intro: 'wizard.intro.result', fields: [], items: [] },
]

/** The contract paths a step's fields write, for routing an error to its step. */
function pathsOf(field: FieldSpec): readonly string[] {
  switch (field.kind) {
    case 'asOf':
      return ['asOf']
    case 'periods':
      return ['socialInsurance']
    case 'numbers':
      return field.fields.map((f) => f.path)
    case 'pickOne':
      return []
    default:
      return [field.path]
  }
}

/** The step whose fields hold a contract path ("socialInsurance.3.base" → insurance). */
export function stepOfPath(path: string): StepId {
  for (const step of STEPS)
    for (const field of step.fields)
      for (const p of pathsOf(field)) if (path === p || path.startsWith(`${p}.`) || p.startsWith(`${path}.`)) return step.id
  return 'result'
}
