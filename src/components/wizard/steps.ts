// The wizard as data: each step's title, intro (wizard.step.<id>, wizard.intro.<id>), the items
// its answers feed, and its fields, taken from the field registry (lib/fields/registry.ts) in
// their order there. One component (StepView) renders any step from this table.
import type { ItemId } from '../../engine/types'
import type { MessageKey } from '../../i18n/catalog'
import { FIELDS, groupOf, STEP_IDS, type FieldOf, type ProfileField, type StepId } from '../../lib/fields/registry'

export type FieldSpec =
  | { kind: 'field'; field: ProfileField }
  /** Amounts of one group (investment, deductions), asked together under the group's question. */
  | { kind: 'numbers'; group: string; fields: readonly FieldOf<'number' | 'integer'>[] }
  /** The pick-one rule (education or qualification), explained next to the two answers. */
  | { kind: 'pickOne' }

export interface StepSpec {
  id: StepId
  title: MessageKey
  intro: MessageKey
  fields: readonly FieldSpec[]
  /** The items this step's answers feed; shown under the step. */
  items: readonly ItemId[]
}

const ITEMS: Record<StepId, readonly ItemId[]> = {
  you: ['age'],
  education: ['education', 'qualification'],
  insurance: ['socialInsuranceYears', 'contributionBase', 'qualification'],
  bonuses: ['shortageMajor', 'freshGraduate', 'keyArea', 'spouse', 'publicService', 'award', 'investment', 'innovation'],
  deductions: ['falseMaterials', 'detentions', 'crimes'],
  result: [],
}

/** What a step shows besides its fields: the pick-one note at the end of the education step. */
const NOTES: Partial<Record<StepId, FieldSpec>> = { education: { kind: 'pickOne' } }

/** A step's fields in order; the numbers of one group become one spec. */
function specsOf(id: StepId): FieldSpec[] {
  const specs: FieldSpec[] = []
  for (const field of FIELDS.filter((f) => f.step === id).sort((a, b) => a.order - b.order)) {
    const group = field.kind === 'number' || field.kind === 'integer' ? groupOf(field.path) : undefined
    const last = specs.at(-1)
    if (!group) specs.push({ kind: 'field', field })
    else if (last?.kind === 'numbers' && last.group === group) specs[specs.length - 1] = { ...last, fields: [...last.fields, field as FieldOf<'number' | 'integer'>] }
    else specs.push({ kind: 'numbers', group, fields: [field as FieldOf<'number' | 'integer'>] })
  }
  const note = NOTES[id]
  if (note) specs.push(note)
  return specs
}

export const STEPS: readonly StepSpec[] = STEP_IDS.map((id) => ({
  id,
  title: `wizard.step.${id}`,
  intro: `wizard.intro.${id}`,
  fields: specsOf(id),
  items: ITEMS[id],
}))

/** The contract paths a step's fields write, for routing an error to its step. */
function pathsOf(spec: FieldSpec): readonly string[] {
  return spec.kind === 'field' ? [spec.field.path] : spec.kind === 'numbers' ? spec.fields.map((f) => f.path) : []
}

/** The step whose fields hold a contract path ("socialInsurance.3.base" → insurance). */
export function stepOfPath(path: string): StepId {
  for (const step of STEPS)
    for (const field of step.fields)
      for (const p of pathsOf(field)) if (path === p || path.startsWith(`${p}.`) || p.startsWith(`${path}.`)) return step.id
  return 'result'
}
