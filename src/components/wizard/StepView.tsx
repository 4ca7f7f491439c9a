// The wizard's steps and fields: StepView renders any step of STEPS, FieldView any of its fields,
// bound to the draft of the nearest DraftBinding (the store by default; a scenario of the road
// panel, in the compact form).
import { Suspense, useState, type ReactNode } from 'react'
import type { MessageKey } from '../../i18n/catalog'
import { useT } from '../../i18n/i18n'
import { setAsOfOverride, useAssessment, useDraftStore, valueAt, withField, type Draft, type DraftValue } from '../../state/draft-store'
import { groupOf, hintKey, labelKey, notApplicableKey, optionKey, questionKey, type FieldOf } from '../../lib/fields/registry'
import { lazyWithPreload } from '../../lib/lazy'
import { todayInShanghai } from '../../lib/today'
import { itemName } from '../result/explain'
import { useDraftBinding } from './binding'
import { Checkbox, DateInput, Field, fieldId, NumberInput, RadioGroup, useFieldErrors } from './fields'
import { goToStep } from './leave-step'
import { STEPS, type FieldSpec, type StepSpec } from './steps'

// Steps after the first are lazy chunks (prefetched when the browser is idle, see Calculator), so
// that the first screen loads only what it shows.
export const InsuranceEditor = lazyWithPreload(() => import('./InsuranceEditor'), (m) => m.InsuranceEditor)

function Loading() {
  const t = useT()
  return <p role="status" className="mt-6 text-slate-600">{t('view.loading')}</p>
}

/**
 * A step; `items` shows the items its answers feed (StepItems), `result` what the result step shows
 * (the calculator's full result, the widget's short one). The items are passed in too, so that
 * this module, whose fields the road's scenario editor renders, does not bring the result's
 * components along.
 */
export function StepView({ step, items, result }: { step: StepSpec; items: ReactNode; result?: ReactNode }) {
  const t = useT()
  const index = STEPS.indexOf(step)
  const prev = STEPS[index - 1]
  const next = STEPS[index + 1]
  return (
    <section aria-labelledby="step-title" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <h2 id="step-title" tabIndex={-1} className="text-xl font-semibold text-slate-900">
        {t(step.title)}
      </h2>
      <p className="mt-1 text-slate-700">{t(step.intro)}</p>
      {step.id === 'result' ? (
        <Suspense fallback={<Loading />}>{result}</Suspense>
      ) : (
        <div key={step.id} className="mt-6 space-y-6">
          {step.fields.map((f, i) => (
            <FieldView key={i} spec={f} />
          ))}
        </div>
      )}
      {step.items.length > 0 && items}
      <div className="mt-8 flex flex-wrap justify-between gap-3 border-t border-slate-200 pt-4">
        {prev ? (
          <button type="button" onClick={() => goToStep(prev.id)} className="btn-secondary">
            ← {t('wizard.back')}
          </button>
        ) : (
          <span />
        )}
        {next && (
          <button type="button" onClick={() => goToStep(next.id)} className="btn-primary">
            {t(next.id === 'result' ? 'wizard.toResult' : 'wizard.next')} →
          </button>
        )}
      </div>
    </section>
  )
}

/** One spec of a step: a field, a group of amounts or a note; bound to the draft of its DraftBinding. */
export function FieldView({ spec }: { spec: FieldSpec }) {
  if (spec.kind === 'pickOne') return <PickOneNote />
  if (spec.kind === 'numbers') return <NumbersField spec={spec} />
  const { field } = spec
  switch (field.kind) {
    case 'asOf':
      return <AsOfField />
    case 'date':
      return <DateField field={field} />
    case 'choice':
      return <ChoiceField field={field} />
    case 'yesNo':
    case 'check':
      return <BooleanField field={field} />
    case 'number':
    case 'integer':
      return <NumberField field={field} />
    case 'periods':
      return (
        <Suspense fallback={<Loading />}>
          <InsuranceEditor />
        </Suspense>
      )
  }
}

type Asked = FieldOf<'date' | 'choice' | 'yesNo' | 'check' | 'number' | 'integer'>

/**
 * A field bound to its draft: id, value as typed, errors, label (the wizard's question, marked
 * optional; the short label in the compact form), hint (none for an amount of a group: the group's
 * is above it) and setter.
 */
function useField(field: Asked) {
  const t = useT()
  const binding = useDraftBinding()
  const { compact, draft, update } = binding
  const numeric = field.kind === 'number' || field.kind === 'integer'
  return {
    t,
    binding,
    id: binding.idPrefix + fieldId(field.path),
    value: valueAt(draft, field.path),
    errors: useFieldErrors(field.path),
    label: compact ? t(labelKey(field.path)) : t(questionKey(field.path)) + ('optional' in field ? t('wizard.optional') : ''),
    hint: compact || (numeric && groupOf(field.path)) ? undefined : t(hintKey(field.path) as MessageKey),
    set: (v: DraftValue | undefined) => update((d) => withField(d, field.path, v)),
  }
}

function DateField({ field }: { field: FieldOf<'date'> }) {
  const { binding, id, value, errors, label, hint, set } = useField(field)
  if ('visibleWhen' in field && binding.draft[field.visibleWhen] === undefined) return null
  return (
    <Field id={id} label={label} hint={hint} errors={errors}>
      <DateInput id={id} value={value} onChange={set} errors={errors} hint={!!hint} />
    </Field>
  )
}

function AsOfField() {
  const t = useT()
  const override = useDraftStore((s) => s.asOfOverride)
  const errors = useFieldErrors('asOf')
  const id = fieldId('asOf')
  // While the box is being edited (even emptied) it shows what was typed; today is used meanwhile.
  const [text, setText] = useState<string | null>(null)
  const [seen, setSeen] = useState(override)
  if (seen !== override) {
    setSeen(override)
    if ((text || undefined) !== override) setText(null)
  }
  return (
    <Field id={id} label={t('wizard.q.asOf')} hint={t('wizard.hint.asOf')} errors={errors}>
      <DateInput
        id={id}
        value={text ?? override ?? todayInShanghai()}
        onChange={(v) => {
          const typed = v === undefined ? '' : String(v)
          setText(typed)
          setAsOfOverride(typed || undefined)
        }}
        errors={errors}
        hint
      />
      {override === undefined && text === null ? (
        <p className="mt-1 text-sm text-slate-600">{t('wizard.asOf.isToday')}</p>
      ) : (
        <button
          type="button"
          onClick={() => {
            setText(null)
            setAsOfOverride(undefined)
          }}
          className="btn-link mt-1 text-sm"
        >
          {t('wizard.asOf.today')}
        </button>
      )}
    </Field>
  )
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
