// The wizard's steps and fields: StepView renders any step of STEPS, FieldView any of its fields,
// bound to the draft of the nearest DraftBinding (the store by default; a scenario of the road
// panel, in the compact form).
import { Suspense, useState, type ReactNode } from 'react'
import type { MessageKey } from '../../i18n/catalog'
import { useT } from '../../i18n/i18n'
import { setAsOfOverride, useDraftStore, valueAt, withField, type DraftValue } from '../../state/draft-store'
import { groupOf, hintKey, labelKey, questionKey, type FieldOf } from '../../lib/fields/registry'
import { lazyWithPreload } from '../../lib/lazy'
import { todayInShanghai } from '../../lib/today'
import { useDraftBinding } from './binding'
import { DateInput, Field, fieldId, useFieldErrors } from './fields'
import { goToStep } from './leave-step'
import { STEPS, type FieldSpec, type StepSpec } from './steps'

// Steps after the first are lazy chunks (prefetched when the browser is idle, see Calculator), so
// that the first screen loads only what it shows.
export const InsuranceEditor = lazyWithPreload(() => import('./InsuranceEditor'), (m) => m.InsuranceEditor)
/** The field kinds of the later steps: prefetched with them, loaded before the app opens on one. */
export const LaterField = lazyWithPreload(() => import('./later-fields'), (m) => m.LaterField)

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
  if (spec.kind === 'field' && spec.field.kind === 'asOf') return <AsOfField />
  if (spec.kind === 'field' && spec.field.kind === 'date') return <DateField field={spec.field} />
  if (spec.kind === 'field' && spec.field.kind === 'periods')
    return (
      <Suspense fallback={<Loading />}>
        <InsuranceEditor />
      </Suspense>
    )
  // Choices, yes/no, boxes, amounts and notes: only the later steps ask them (later-fields.tsx).
  return (
    <Suspense fallback={<Loading />}>
      <LaterField spec={spec} />
    </Suspense>
  )
}

export type Asked = FieldOf<'date' | 'choice' | 'yesNo' | 'check' | 'number' | 'integer'>

/**
 * A field bound to its draft: id, value as typed, errors, label (the wizard's question, marked
 * optional; the short label in the compact form), hint (none for an amount of a group: the group's
 * is above it) and setter.
 */
export function useField(field: Asked) {
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

