// The one step component: renders any step of STEPS from its field specs.
import { Suspense, useState, type ReactNode } from 'react'
import { useT } from '../../i18n/i18n'
import {
  setAsOfOverride,
  setField,
  useAssessment,
  useDraftStore,
  type Draft,
  type DraftValue,
  type FieldPath,
} from '../../state/draft-store'
import { lazyWithPreload } from '../../lib/lazy'
import { todayInShanghai } from '../../lib/today'
import { ItemLine, itemDoubted } from '../result/Breakdown'
import { goToStep } from './leave-step'
import { itemName } from '../result/explain'
import { Checkbox, DateInput, Field, fieldId, NumberInput, RadioGroup, useFieldErrors } from './fields'
import { STEPS, type FieldSpec, type StepSpec } from './steps'

// Steps after the first are lazy chunks (prefetched when the browser is idle, see Calculator), so
// that the first screen loads only what it shows.
export const InsuranceEditor = lazyWithPreload(() => import('./InsuranceEditor'), (m) => m.InsuranceEditor)

function Loading() {
  const t = useT()
  return <p role="status" className="mt-6 text-slate-600">{t('view.loading')}</p>
}

/** The value at a field path of the draft, as typed. */
function valueAt(draft: Draft, path: FieldPath): DraftValue | undefined {
  const [key, sub] = path.split('.') as [keyof Draft, string | undefined]
  const v = draft[key]
  if (sub === undefined) return v as DraftValue | undefined
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, DraftValue | undefined>)[sub] : undefined
}

/** A step; `result` is what the result step shows (the calculator's full result, the widget's short one). */
export function StepView({ step, result }: { step: StepSpec; result?: ReactNode }) {
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
      {step.items.length > 0 && <StepItems step={step} />}
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

function StepItems({ step }: { step: StepSpec }) {
  const t = useT()
  const { assessment } = useAssessment()
  const items = assessment.items.filter((i) => step.items.includes(i.id))
  return (
    <section aria-labelledby="step-items" className="mt-8 rounded-md bg-slate-50 p-3 sm:p-4">
      <h3 id="step-items" className="text-sm font-semibold text-slate-700">
        {t('wizard.stepItems')}
      </h3>
      <ul className="mt-2 divide-y divide-slate-200">
        {items.map((item) => (
          <ItemLine key={item.id} item={item} compact doubt={itemDoubted(assessment, item)} />
        ))}
      </ul>
    </section>
  )
}

function FieldView({ spec }: { spec: FieldSpec }) {
  switch (spec.kind) {
    case 'date':
      return <DateField spec={spec} />
    case 'asOf':
      return <AsOfField />
    case 'choice':
      return <ChoiceField spec={spec} />
    case 'yesNo':
      return <YesNoField path={spec.path} />
    case 'check':
      return <CheckField path={spec.path} />
    case 'numbers':
      return <NumbersField spec={spec} />
    case 'pickOne':
      return <PickOneNote />
    case 'periods':
      return (
        <Suspense fallback={<Loading />}>
          <InsuranceEditor />
        </Suspense>
      )
  }
}

function DateField({ spec }: { spec: Extract<FieldSpec, { kind: 'date' }> }) {
  const t = useT()
  const draft = useDraftStore((s) => s.draft)
  const errors = useFieldErrors(spec.path)
  if (spec.visible && !spec.visible(draft)) return null
  const id = fieldId(spec.path)
  return (
    <Field id={id} label={t(`wizard.q.${spec.path}`) + (spec.optional ? t('wizard.optional') : '')} hint={t(`wizard.hint.${spec.path}`)} errors={errors}>
      <DateInput id={id} value={valueAt(draft, spec.path)} onChange={(v) => setField(spec.path, v)} errors={errors} hint />
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

/** Questions that most people answer "none": shown as such until answered (the intro says "leave the rest"). */
const DEFAULT_NONE: ReadonlySet<string> = new Set(['award', 'innovation'])

function ChoiceField({ spec }: { spec: Extract<FieldSpec, { kind: 'choice' }> }) {
  const t = useT()
  const draft = useDraftStore((s) => s.draft)
  const errors = useFieldErrors(spec.path)
  const isArea = spec.path === 'keyArea.kind'
  const value = valueAt(draft, spec.path)
  return (
    <RadioGroup
      name={spec.path}
      legend={t(`wizard.q.${spec.path}`)}
      hint={t(`wizard.hint.${spec.path}`)}
      options={spec.options.map((v) => ({ value: v, label: t(spec.optionKey(v)) }))}
      value={isArea && draft.keyArea === undefined ? '' : typeof value === 'string' ? value : DEFAULT_NONE.has(spec.path) ? 'none' : undefined}
      onChange={(v) => {
        // "Not applicable" removes the whole area answer, its date included.
        if (isArea && v === '') {
          setField('keyArea.kind', undefined)
          setField('keyArea.since', undefined)
        } else setField(spec.path, v)
      }}
      errors={errors}
      columns={spec.options.length > 4}
    />
  )
}

function YesNoField({ path }: { path: 'fullTimeStudy' | 'seriousCrime' }) {
  const t = useT()
  const value = useDraftStore((s) => s.draft[path])
  const errors = useFieldErrors(path)
  return (
    <RadioGroup
      name={path}
      legend={t(`wizard.q.${path}`)}
      hint={t(`wizard.hint.${path}`)}
      options={[
        { value: 'yes', label: t('wizard.yes') },
        { value: 'no', label: t('wizard.no') },
      ]}
      value={value === true ? 'yes' : value === false ? 'no' : undefined}
      onChange={(v) => setField(path, v === 'yes')}
      errors={errors}
    />
  )
}

function CheckField({ path }: { path: 'shortageMajor' | 'freshGraduate' }) {
  const t = useT()
  const value = useDraftStore((s) => s.draft[path])
  const errors = useFieldErrors(path)
  return (
    <Checkbox
      path={path}
      checked={value === true}
      onChange={(v) => setField(path, v || undefined)}
      label={t(`wizard.q.${path}`)}
      hint={t(`wizard.hint.${path}`)}
      errors={errors}
    />
  )
}

function NumbersField({ spec }: { spec: Extract<FieldSpec, { kind: 'numbers' }> }) {
  const t = useT()
  const id = fieldId(spec.legend)
  return (
    <fieldset aria-describedby={`${id}-hint`}>
      <legend className="font-medium text-slate-900">{t(spec.legend)}</legend>
      <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
        {t(spec.hint)}
      </p>
      <div className="mt-3 space-y-4">
        {spec.fields.map((f) => (
          <NumberField key={f.path} path={f.path} integer={f.integer} unit={t(f.unit)} />
        ))}
      </div>
    </fieldset>
  )
}

function NumberField({ path, integer, unit }: { path: FieldPath; integer: boolean; unit: string }) {
  const t = useT()
  const value = useDraftStore((s) => valueAt(s.draft, path))
  const errors = useFieldErrors(path)
  const id = fieldId(path)
  return (
    <Field id={id} label={t(`wizard.q.${path}`)} errors={errors} suffix={unit}>
      <NumberInput id={id} value={value} onChange={(v) => setField(path, v)} errors={errors} hint={false} integer={integer} />
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
