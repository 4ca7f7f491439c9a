// The social-insurance history editor: periods (from/to month + monthly base) that can be added,
// removed and duplicated, a quick "since YYYY-MM at about ¥X" entry, and per period the base as a
// multiple of the reference wage of those months.
import { useEffect, useRef, useState } from 'react'
import { monthIndexOf, monthLabel, monthOfDate } from '../../engine/dates'
import { FIRST_ESTIMATED_MONTH, firstKnownLabel, referenceWage } from '../../engine/wages'
import { useT } from '../../i18n/i18n'
import { registerMessages } from '../../i18n/catalog'
import * as later from '../../i18n/messages/later'
import { periodEdits, useAssessment, type DraftPeriod, type DraftValue } from '../../state/draft-store'
import { PERIOD_PARTS, type PeriodPart } from '../../lib/fields/registry'
import { useDraftBinding } from './binding'
import { isIsoMonth } from '../../lib/typed-input'
import { DateInput, ErrorText, Field, useFieldErrors } from './fields'
import { NumberInput } from './later-inputs'
import { registerPending, type PendingResult } from './leave-step'

// Its words are the later steps' (a lazy chunk like this one).
registerMessages(later)

export interface RatioSummary {
  min: number
  max: number
  estimated: boolean
  /** Months before the first published reference wage. */
  unknown: number
}

/** The base of a well-formed period as a multiple of each month's reference wage (null if not well-formed). */
export function periodRatios(p: DraftPeriod): RatioSummary | null {
  const { from, to, base } = p
  if (typeof from !== 'string' || typeof to !== 'string' || !isIsoMonth(from) || !isIsoMonth(to)) return null
  if (typeof base !== 'number' || !(base > 0)) return null
  const first = monthIndexOf(from)
  const last = monthIndexOf(to)
  if (last < first) return null
  const r: RatioSummary = { min: Infinity, max: 0, estimated: false, unknown: 0 }
  for (let m = first; m <= last; m++) {
    const wage = referenceWage(m)
    if (Number.isNaN(wage)) {
      r.unknown++
      continue
    }
    const ratio = base / wage
    if (ratio < r.min) r.min = ratio
    if (ratio > r.max) r.max = ratio
    if (m >= FIRST_ESTIMATED_MONTH) r.estimated = true
  }
  return r
}

function RatioHint({ period }: { period: DraftPeriod }) {
  const t = useT()
  const r = periodRatios(period)
  if (!r) return null
  const parts: string[] = []
  if (r.max > 0) {
    const min = r.min.toFixed(2)
    const max = r.max.toFixed(2)
    parts.push(min === max ? t('wizard.si.ratio', { ratio: min }) : t('wizard.si.ratioRange', { min, max }))
    if (r.estimated) parts[0] += t('wizard.si.ratioEstimated')
  }
  if (r.unknown) parts.push(t('wizard.si.ratioUnknown', { months: r.unknown, before: firstKnownLabel }))
  return <p className="mt-2 text-sm text-slate-700">{parts.join(' · ')}</p>
}

function PeriodRow({ index, period, onRemoved }: { index: number; period: DraftPeriod; onRemoved: (n: number) => void }) {
  const t = useT()
  const { update, idPrefix } = useDraftBinding()
  const n = index + 1
  const path = `socialInsurance.${index}`
  const errors = {
    from: useFieldErrors(`${path}.from`),
    to: useFieldErrors(`${path}.to`),
    base: useFieldErrors(`${path}.base`),
  }
  // A row just added and still blank is not an error yet.
  const blank = Object.keys(period).length === 0
  const errorsOf = (part: PeriodPart) => (blank ? [] : errors[part])
  const id = (part: string) => `${idPrefix}si-${index}-${part}`
  const set = (part: PeriodPart) => (v: DraftValue | undefined) => update(periodEdits.set(index, part, v))
  return (
    <li className="rounded-md border border-slate-300 p-3">
      <fieldset>
        <legend className="font-medium text-slate-900">{t('wizard.si.period', { n })}</legend>
        <div className="mt-2 grid gap-3 sm:grid-cols-3">
          {PERIOD_PARTS.map((part) => (
            <Field key={part} id={id(part)} label={t(`engine.field.${part}`)} errors={errorsOf(part)} suffix={part === 'base' ? t('wizard.si.baseUnit') : undefined}>
              {part === 'base' ? (
                <NumberInput id={id(part)} value={period[part]} onChange={set(part)} errors={errorsOf(part)} hint={false} integer={false} />
              ) : (
                <DateInput id={id(part)} month value={period[part]} onChange={set(part)} errors={errorsOf(part)} hint={false} />
              )}
            </Field>
          ))}
        </div>
        <RatioHint period={period} />
        <div className="mt-2 flex gap-2">
          <button type="button" className="btn-small" aria-label={t('wizard.si.duplicateLabel', { n })} onClick={() => update(periodEdits.duplicate(index))}>
            {t('wizard.si.duplicate')}
          </button>
          <button
            type="button"
            className="btn-small"
            aria-label={t('wizard.si.removeLabel', { n })}
            onClick={() => {
              update(periodEdits.remove(index))
              onRemoved(n)
            }}
          >
            {t('wizard.si.remove')}
          </button>
        </div>
      </fieldset>
    </li>
  )
}

function QuickEntry({ asOf, onAdded }: { asOf: string; onAdded: (message: string) => void }) {
  const t = useT()
  const { update } = useDraftBinding()
  const [since, setSince] = useState<DraftValue | undefined>()
  const [base, setBase] = useState<DraftValue | undefined>()
  const [invalid, setInvalid] = useState(false)
  const errors = invalid ? [t('wizard.quick.invalid')] : []
  const to = monthLabel(monthOfDate(asOf) - 1)
  const wage = referenceWage(monthOfDate(asOf))
  const add = (): PendingResult => {
    if (since === undefined && base === undefined) return 'empty'
    if (typeof since !== 'string' || !isIsoMonth(since) || since > to || typeof base !== 'number' || !(base > 0)) {
      setInvalid(true)
      return 'invalid'
    }
    update(periodEdits.add({ from: since, to, base }))
    setInvalid(false)
    setSince(undefined)
    setBase(undefined)
    onAdded(t('wizard.quick.added', { from: since, to, base: base.toLocaleString('en-US') }))
    return 'added'
  }
  // Leaving the step with something typed here adds it (or stays and says what is wrong).
  const latest = useRef(add)
  useEffect(() => {
    latest.current = add
  })
  useEffect(
    () =>
      registerPending(() => {
        const result = latest.current()
        if (result === 'invalid') document.getElementById('quick-since')?.focus()
        return result
      }),
    [],
  )
  return (
    <fieldset className="rounded-md border border-slate-300 bg-slate-50 p-3" aria-describedby={invalid ? 'quick-error' : undefined}>
      <legend className="px-1 font-medium text-slate-900">{t('wizard.quick.legend')}</legend>
      <div className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
        <Field id="quick-since" label={t('wizard.quick.since')} errors={[]}>
          <DateInput id="quick-since" month value={since} onChange={setSince} errors={errors} hint={false} />
        </Field>
        <Field id="quick-base" label={t('wizard.quick.base')} errors={[]} suffix={t('wizard.si.baseUnit')}>
          <NumberInput id="quick-base" value={base} onChange={setBase} errors={errors} hint={false} integer={false} />
        </Field>
        <button type="button" className="btn-secondary" onClick={() => void add()}>
          {t('wizard.quick.add')}
        </button>
      </div>
      <p id="quick-hint" className="mt-2 text-sm text-slate-600">
        {t('wizard.quick.baseHint', { one: Math.round(wage).toLocaleString('en-US'), three: Math.round(wage * 3).toLocaleString('en-US') })}
      </p>
      <ErrorText id="quick" errors={errors} />
    </fieldset>
  )
}

/** The periods of the bound draft; the compact form (a scenario) has no quick entry and no count of months. */
export function InsuranceEditor() {
  const t = useT()
  const { draft, update, idPrefix, compact } = useDraftBinding()
  const list = draft.socialInsurance ?? []
  const { asOf, assessment } = useAssessment()
  const [status, setStatus] = useState('')
  const heading = useRef<HTMLHeadingElement>(null)
  const focusNew = useRef(false)
  const months = compact ? undefined : assessment.items.find((i) => i.id === 'socialInsuranceYears')?.inputs.months
  const listErrors = useFieldErrors('socialInsurance')
  // In a scenario card the editor sits under the road panel's h4.
  const Heading = compact ? 'h5' : 'h3'

  useEffect(() => {
    // After "add a period", put the cursor in the new row.
    if (focusNew.current) {
      focusNew.current = false
      document.getElementById(`${idPrefix}si-${list.length - 1}-from`)?.focus()
    }
  }, [list.length, idPrefix])

  return (
    <div className="space-y-4">
      {!compact && <QuickEntry asOf={asOf} onAdded={setStatus} />}
      <Heading ref={heading} tabIndex={-1} className="text-lg font-semibold text-slate-900">
        {t('wizard.si.heading')}
      </Heading>
      {list.length === 0 ? (
        !compact && <p className="text-slate-700">{t('wizard.si.empty')}</p>
      ) : (
        <ol className="space-y-3">
          {list.map((p, i) => (
            <PeriodRow
              key={i}
              index={i}
              period={p}
              onRemoved={(n) => {
                setStatus(t('wizard.si.removed', { n }))
                heading.current?.focus()
              }}
            />
          ))}
        </ol>
      )}
      <ErrorText id={`${idPrefix}si`} errors={listErrors} />
      <button
        type="button"
        className="btn-secondary"
        onClick={() => {
          focusNew.current = true
          update(periodEdits.add())
        }}
      >
        + {t('wizard.si.add')}
      </button>
      {typeof months === 'number' && months > 0 && <p className="text-sm text-slate-700">{t('wizard.si.counted', { months })}</p>}
      <p role="status" className="sr-only">
        {status}
      </p>
    </div>
  )
}
