// The projection's assumptions, shown and editable: keep paying, the future base and from when,
// a break in payment; then the assumptions that are stated but not editable (as notes).
import type { RankedActions } from '../../engine/actions'
import { monthLabel, monthOfDate } from '../../engine/dates'
import type { Projection } from '../../engine/project'
import { useT } from '../../i18n/i18n'
import type { DraftValue } from '../../state/draft-store'
import { DateInput, Field } from '../../components/wizard/fields'
import { NumberInput } from '../../components/wizard/later-inputs'
import type { AssumptionError, AssumptionErrorCode } from '../../state/assumptions'
import { MAX_GAP_MONTHS } from '../../state/assumptions'
import { actionTitle, leadText } from '../../components/result/format'
import { resetAssumptions, setAssumption, setLeadTime, useRoadStore, type AssumptionsDraft } from '../../state/road-store'

const EDITABLE_NOTES = new Set(['resumesPaying', 'noBaseKnown', 'stopsPaying', 'gapAssumed'])

export function AssumptionsForm({ projection, errors, latestBase, ranked, leadErrors = {} }: {
  projection: Projection
  errors: readonly AssumptionError[]
  latestBase: number | null
  ranked?: RankedActions
  leadErrors?: Readonly<Record<string, AssumptionErrorCode>>
}) {
  const t = useT()
  const draft = useRoadStore((s) => s.assumptions)
  const errorsOf = (field: AssumptionError['field']) =>
    errors.filter((e) => e.field === field).map((e) => (e.code === 'gapMonthsRange' ? t('road.error.gapMonthsRange', { max: MAX_GAP_MONTHS }) : t(`engine.error.${e.code}`)))
  const set = (field: Exclude<keyof AssumptionsDraft, 'keepPaying' | 'leadTimes'>) => (v: DraftValue | undefined) => setAssumption(field, v)
  const id = (f: string) => `road-assume-${f}`
  const e = { futureBase: errorsOf('futureBase'), baseFrom: errorsOf('baseFrom'), gapFrom: errorsOf('gapFrom'), gapMonths: errorsOf('gapMonths') }
  const thisMonth = monthLabel(monthOfDate(projection.asOf))
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">{t('road.assume.intro')}</p>
      <div>
        <label className="flex cursor-pointer items-start gap-3">
          <input
            id={id('keepPaying')}
            type="checkbox"
            checked={draft.keepPaying}
            onChange={(ev) => setAssumption('keepPaying', ev.target.checked)}
            aria-describedby={`${id('keepPaying')}-hint`}
            className="mt-1 size-4 shrink-0 accent-accent-600"
          />
          <span className="font-medium text-slate-900">{t('road.assume.keepPaying')}</span>
        </label>
        <p id={`${id('keepPaying')}-hint`} className="ml-7 mt-1 text-sm text-slate-600">
          {t('road.assume.keepPayingHint')}
        </p>
      </div>
      {draft.keepPaying && (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            id={id('futureBase')}
            label={t('road.assume.futureBase')}
            hint={latestBase === null ? t('road.assume.futureBaseHintNone') : t('road.assume.futureBaseHint', { base: latestBase.toLocaleString('en-US') })}
            errors={e.futureBase}
            suffix={t('road.suffix.yuanPerMonth')}
          >
            <NumberInput id={id('futureBase')} value={draft.futureBase} onChange={set('futureBase')} errors={e.futureBase} hint integer={false} />
          </Field>
          <Field id={id('baseFrom')} label={t('road.assume.baseFrom')} hint={t('road.assume.baseFromHint', { month: thisMonth })} errors={e.baseFrom}>
            <DateInput id={id('baseFrom')} month value={draft.baseFrom} onChange={set('baseFrom')} errors={e.baseFrom} hint />
          </Field>
        </div>
      )}
      {draft.keepPaying && (
        <fieldset aria-describedby={`${id('gap')}-hint`}>
          <legend className="font-medium text-slate-900">{t('road.assume.gap')}</legend>
          <p id={`${id('gap')}-hint`} className="mt-1 text-sm text-slate-600">
            {t('road.assume.gapHint')}
          </p>
          <div className="mt-2 grid gap-4 sm:grid-cols-2">
            <Field id={id('gapFrom')} label={t('road.assume.gapFrom')} errors={e.gapFrom}>
              <DateInput id={id('gapFrom')} month value={draft.gapFrom} onChange={set('gapFrom')} errors={e.gapFrom} hint={false} />
            </Field>
            <Field id={id('gapMonths')} label={t('road.assume.gapMonths')} errors={e.gapMonths} suffix={t('road.suffix.months')}>
              <NumberInput id={id('gapMonths')} value={draft.gapMonths} onChange={set('gapMonths')} errors={e.gapMonths} hint={false} integer />
            </Field>
          </div>
        </fieldset>
      )}
      {ranked && <LeadTimes ranked={ranked} errors={leadErrors} />}
      <button type="button" className="btn-small" onClick={resetAssumptions}>
        {t('road.assume.reset')}
      </button>
      <div>
        <p className="text-sm font-medium text-slate-900">{t('road.assume.also')}</p>
        <ul className="ml-5 mt-1 list-disc space-y-0.5 text-sm text-slate-700" data-testid="road-notes">
          {projection.notes.map((n) => (
            <li key={n.code} className={EDITABLE_NOTES.has(n.code) ? 'font-medium text-slate-900' : undefined}>
              {t(`road.note.${n.code}`, n.params)}
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}

/** The time to earn each credential the actions propose, editable (months; empty = the table's). */
function LeadTimes({ ranked, errors }: { ranked: RankedActions; errors: Readonly<Record<string, AssumptionErrorCode>> }) {
  const t = useT()
  const draft = useRoadStore((s) => s.assumptions.leadTimes) ?? {}
  const withLead = ranked.actions.filter((a) => a.lead && (a.lead.months > 0 || a.lead.edited))
  if (!withLead.length) return null
  return (
    <fieldset aria-describedby="road-lead-hint" data-testid="road-lead-times">
      <legend className="font-medium text-slate-900">{t('road.assume.leadTitle')}</legend>
      <p id="road-lead-hint" className="mt-1 text-sm text-slate-600">
        {t('road.assume.leadHint')}
      </p>
      <div className="mt-2 grid gap-4 sm:grid-cols-2">
        {withLead.map((a) => {
          const id = `road-lead-${a.id.replace(':', '-')}`
          const code = errors[a.id]
          const e = code && code !== 'gapMonthsRange' ? [t(`engine.error.${code}`)] : []
          return (
            <Field key={a.id} id={id} label={actionTitle(t, a)} hint={a.lead!.edited ? (leadText(t, a) ?? undefined) : t('road.assume.leadDefault', { months: a.lead!.months })} errors={e} suffix={t('road.suffix.months')}>
              <NumberInput id={id} value={draft[a.id]} onChange={(v) => setLeadTime(a.id, v)} errors={e} hint integer />
            </Field>
          )
        })}
      </div>
    </fieldset>
  )
}
