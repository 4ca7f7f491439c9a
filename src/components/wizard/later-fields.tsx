// The field kinds that only the later steps ask (the first step asks dates): choices, yes/no,
// boxes, amounts and the pick-one note. A lazy chunk (StepView's LaterField), prefetched with the
// later steps and loaded before the app opens on one, so the first screen does not carry them.
import type { MessageKey } from '../../i18n/catalog'
import { useT } from '../../i18n/i18n'
import { useAssessment, withField, type Draft } from '../../state/draft-store'
import { groupOf, hintKey, notApplicableKey, optionKey, questionKey, type FieldOf } from '../../lib/fields/registry'
import { itemName } from '../result/explain'
import { useDraftBinding } from './binding'
import { Field, fieldId } from './fields'
import { Checkbox, NumberInput, RadioGroup } from './later-inputs'
import type { FieldSpec } from './steps'
import { useField } from './StepView'

/** A spec of a later kind (not a date, the assessment date or the contribution history). */
export function LaterField({ spec }: { spec: FieldSpec }) {
  if (spec.kind === 'pickOne') return <PickOneNote />
  if (spec.kind === 'numbers') return <NumbersField spec={spec} />
  const { field } = spec
  switch (field.kind) {
    case 'choice':
      return <ChoiceField field={field} />
    case 'yesNo':
    case 'check':
      return <BooleanField field={field} />
    case 'number':
    case 'integer':
      return <NumberField field={field} />
    case 'asOf':
    case 'date':
    case 'periods':
      return null // FieldView renders these itself
    default:
      return unplaced(field)
  }
}

/** A field kind with no component: a compile error here, never a question silently left out. */
function unplaced(field: never): never {
  throw new Error(`no component for the field ${JSON.stringify(field)}`)
}

function ChoiceField({ field }: { field: FieldOf<'choice'> }) {
  const { t, binding, id, value, errors, label, hint, set } = useField(field)
  const group = groupOf(field.path)
  const options = field.options.map((v) => ({ value: v, label: t(optionKey(field, v) as MessageKey) }))
  // "Not applicable" (an optional choice) removes the whole answer, its group included.
  const choose = (v: string | undefined) => (v ? set(v) : group ? binding.update((d) => withField(d, group, undefined)) : set(undefined))
  const { compact } = binding
  if (compact) return <compact.Choice id={id} label={label} options={options} value={value} onChange={choose} errors={errors} />
  const notApplicable = 'optional' in field
  const answered = group ? binding.draft[group as keyof Draft] : value
  return (
    <RadioGroup
      name={field.path}
      legend={label}
      hint={hint}
      options={notApplicable ? [{ value: '', label: t(notApplicableKey(field.path) as MessageKey) }, ...options] : options}
      value={notApplicable && answered === undefined ? '' : typeof value === 'string' ? value : 'noneUntilAnswered' in field ? 'none' : undefined}
      onChange={(v) => choose(v || undefined)}
      errors={errors}
      columns={options.length + (notApplicable ? 1 : 0) > 4}
    />
  )
}

function BooleanField({ field }: { field: FieldOf<'yesNo' | 'check'> }) {
  const { t, binding, id, value, errors, label, hint, set } = useField(field)
  const { compact } = binding
  const yesNo = [
    { value: 'true', label: t('wizard.yes') },
    { value: 'false', label: t('wizard.no') },
  ]
  if (compact) return <compact.Choice id={id} label={label} options={yesNo} value={value} onChange={(v) => set(v && v === 'true')} errors={errors} />
  if (field.kind === 'check') return <Checkbox path={field.path} checked={value === true} onChange={(v) => set(v || undefined)} label={label} hint={hint!} errors={errors} />
  return <RadioGroup name={field.path} legend={label} hint={hint} options={yesNo} value={typeof value === 'boolean' ? String(value) : undefined} onChange={(v) => set(v === 'true')} errors={errors} />
}

/** Amounts of one group under the group's question and hint (the compact form lists them alone). */
function NumbersField({ spec }: { spec: Extract<FieldSpec, { kind: 'numbers' }> }) {
  const t = useT()
  const { compact, idPrefix } = useDraftBinding()
  const fields = spec.fields.map((f) => <NumberField key={f.path} field={f} />)
  if (compact) return <>{fields}</>
  const id = idPrefix + fieldId(spec.group)
  return (
    <fieldset aria-describedby={`${id}-hint`}>
      <legend className="font-medium text-slate-900">{t(questionKey(spec.group) as MessageKey)}</legend>
      <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
        {t(hintKey(spec.group) as MessageKey)}
      </p>
      <div className="mt-3 space-y-4">{fields}</div>
    </fieldset>
  )
}

function NumberField({ field }: { field: FieldOf<'number' | 'integer'> }) {
  const { t, binding, id, value, errors, label, hint, set } = useField(field)
  return (
    <Field id={id} label={label} hint={hint} errors={errors} suffix={binding.compact ? undefined : t(`wizard.unit.${field.unit}`)}>
      <NumberInput id={id} value={value} onChange={set} errors={errors} hint={!!hint} integer={field.kind === 'integer'} />
    </Field>
  )
}

/** The pick-one rule, explained where the two answers are given, with what counts right now. */
function PickOneNote() {
  const t = useT()
  const { assessment } = useAssessment()
  const counted = assessment.items.filter((i) => (i.id === 'education' || i.id === 'qualification') && i.points > 0)[0]
  return (
    <aside aria-labelledby="pick-one" className="rounded-md border-l-4 border-accent-600 bg-accent-50 p-3">
      <h3 id="pick-one" className="font-semibold text-slate-900">
        {t('wizard.pickOne.title')}
      </h3>
      <p className="mt-1 text-sm text-slate-800">{t('wizard.pickOne.rule')}</p>
      <p className="mt-1 text-sm font-medium text-slate-900">
        {counted ? t('wizard.pickOne.now', { item: itemName(t, counted.id), points: counted.points }) : t('wizard.pickOne.none')}
      </p>
    </aside>
  )
}
