// What-if scenarios: copies of the current answers (up to three) that can be changed freely and
// compared side by side with the current case: total, gap to 120, the day 120 is reached and the
// items that differ. Every number comes from the engine; scenarios live in the road store.
import { useEffect, useMemo, useState } from 'react'
import { assess } from '../../engine/assess'
import { DEFAULT_YEARS, earliestReach, type Assumptions } from '../../engine/project'
import { AWARDS, EDUCATIONS, INNOVATIONS, KEY_AREA_KINDS, QUALIFICATIONS, sanitizeDraft, type Profile, type ProfileError } from '../../engine/schema'
import { ITEM_IDS, type Assessment } from '../../engine/types'
import type { MessageKey } from '../../i18n/catalog'
import { useT } from '../../i18n/i18n'
import type { DraftValue } from '../../state/draft-store'
import { errorText, itemName } from '../../components/result/explain'
import { DateInput, ErrorText, Field, inputClass, NumberInput } from '../../components/wizard/fields'
import {
  addScenario,
  addScenarioPeriod,
  MAX_SCENARIOS,
  removeScenario,
  removeScenarioPeriod,
  renameScenario,
  setScenarioField,
  useRoadStore,
  type Scenario,
  type ScenarioPath,
} from '../../state/road-store'

interface Column {
  key: string
  name: string
  assessment: Assessment
  reach: string | null
  errors: ProfileError[]
}

function evaluate(profile: Profile, asOf: string, assumptions: Partial<Assumptions>): { assessment: Assessment; reach: string | null } {
  const assessment = assess(profile, asOf)
  const reach = assessment.vetoed ? null : assessment.meetsThreshold ? asOf : earliestReach(profile, asOf, { assumptions })
  return { assessment, reach }
}

export function Scenarios({ profile, asOf, assessment, reach, assumptions }: {
  profile: Profile
  asOf: string
  assessment: Assessment
  reach: string | null
  assumptions: Partial<Assumptions>
}) {
  const t = useT()
  const scenarios = useRoadStore((s) => s.scenarios)
  const [status, setStatus] = useState('')
  const [focusId, setFocusId] = useState<string | null>(null)
  useEffect(() => {
    if (focusId) document.getElementById(`sc-${focusId}-name`)?.focus()
  }, [focusId])

  const columns = useMemo<Column[]>(
    () =>
      scenarios.map((s) => {
        const { profile: p, errors } = sanitizeDraft(s.draft, asOf)
        return { key: s.id, name: s.name, errors, ...evaluate(p, asOf, assumptions) }
      }),
    [scenarios, asOf, assumptions],
  )
  const current: Column = { key: 'current', name: t('road.scenarios.current'), assessment, reach, errors: [] }

  const add = () => {
    const { asOf: _omit, ...answers } = profile
    const name = t('road.scenarios.defaultName', { n: nextNumber(scenarios, t) })
    const id = addScenario(answers as Profile, name)
    if (id) {
      setStatus(t('road.scenarios.added', { name }))
      setFocusId(id)
    }
  }
  const full = scenarios.length >= MAX_SCENARIOS

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">{t('road.scenarios.intro', { max: MAX_SCENARIOS })}</p>
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" className="btn-secondary" onClick={add} disabled={full} aria-describedby={full ? 'road-scenarios-full' : undefined}>
          {t('road.scenarios.add')}
        </button>
        {full && (
          <p id="road-scenarios-full" className="text-sm text-slate-700">
            {t('road.scenarios.full', { max: MAX_SCENARIOS })}
          </p>
        )}
        <p role="status" className="sr-only">
          {status}
        </p>
      </div>
      {scenarios.length === 0 ? (
        <p className="text-sm text-slate-600">{t('road.scenarios.empty')}</p>
      ) : (
        <>
          <CompareTable columns={[current, ...columns]} />
          <ul className="space-y-3">
            {scenarios.map((s, i) => (
              <ScenarioCard key={s.id} scenario={s} errors={columns[i]!.errors} />
            ))}
          </ul>
        </>
      )}
    </div>
  )
}

/** The lowest "情景 n" number not used by an existing default-named scenario. */
function nextNumber(scenarios: readonly Scenario[], t: (k: MessageKey, p?: Record<string, number>) => string): number {
  for (let n = 1; ; n++) if (!scenarios.some((s) => s.name === t('road.scenarios.defaultName', { n }))) return n
}

function CompareTable({ columns }: { columns: Column[] }) {
  const t = useT()
  const base = columns[0]!.assessment
  const threshold = base.threshold
  const reachText = (c: Column) =>
    c.assessment.vetoed ? t('road.scenarios.reachVetoed') : (c.reach ?? t('road.scenarios.reachNever', { years: DEFAULT_YEARS }))
  return (
    <div className="overflow-x-auto rounded-md border border-slate-200 bg-white" role="region" aria-label={t('road.scenarios.compareRegion')} tabIndex={0}>
      <table className="w-full text-left text-sm" data-testid="road-compare">
        <caption className="sr-only">{t('road.scenarios.compareCaption')}</caption>
        <thead className="bg-slate-50">
          <tr>
            <td className="px-3 py-2" />
            {columns.map((c) => (
              <th key={c.key} scope="col" className="min-w-[6.5rem] px-3 py-2 font-semibold text-slate-900">
                {c.name || '—'}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          <tr>
            <th scope="row" className="min-w-[5.5rem] px-3 py-2 font-medium">
              {t('road.scenarios.total')}
            </th>
            {columns.map((c) => (
              <td key={c.key} className="px-3 py-2 text-lg font-semibold tabular-nums">
                {c.assessment.total}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row" className="min-w-[5.5rem] px-3 py-2 font-medium">
              {t('road.scenarios.gap')}
            </th>
            {columns.map((c) => (
              <td key={c.key} className="px-3 py-2">
                {c.assessment.total >= threshold ? t('road.scenarios.gapMet') : t('road.scenarios.gapShort', { gap: threshold - c.assessment.total })}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row" className="min-w-[5.5rem] px-3 py-2 font-medium">
              {t('road.scenarios.reach')}
            </th>
            {columns.map((c) => (
              <td key={c.key} className="px-3 py-2 tabular-nums">
                {reachText(c)}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row" className="min-w-[5.5rem] px-3 py-2 align-top font-medium">
              {t('road.scenarios.differs')}
            </th>
            {columns.map((c, ci) => {
              if (ci === 0) return <td key={c.key} className="px-3 py-2 align-top text-slate-500">—</td>
              const diffs = ITEM_IDS.map((id, i) => ({ id, from: base.items[i]!.points, to: c.assessment.items[i]!.points })).filter((d) => d.from !== d.to)
              return (
                <td key={c.key} className="px-3 py-2 align-top">
                  {diffs.length ? (
                    <ul className="space-y-0.5">
                      {diffs.map((d) => (
                        <li key={d.id}>{t('road.scenarios.diff', { item: itemName(t, d.id), from: d.from, to: d.to })}</li>
                      ))}
                    </ul>
                  ) : (
                    t('road.scenarios.same')
                  )}
                </td>
              )
            })}
          </tr>
        </tbody>
      </table>
    </div>
  )
}

// The answers a scenario can change, in the wizard's order.
type Spec =
  | { path: ScenarioPath; kind: 'date' }
  | { path: ScenarioPath; kind: 'bool' }
  | { path: ScenarioPath; kind: 'number'; integer: boolean }
  | { path: ScenarioPath; kind: 'select'; options: readonly string[]; prefix: 'education' | 'qualification' | 'award' | 'innovation' | 'keyAreaKind' }

const BEFORE_PERIODS: readonly Spec[] = [
  { path: 'birthDate', kind: 'date' },
  { path: 'education', kind: 'select', options: EDUCATIONS, prefix: 'education' },
  { path: 'fullTimeStudy', kind: 'bool' },
  { path: 'qualification', kind: 'select', options: QUALIFICATIONS, prefix: 'qualification' },
]
const AFTER_PERIODS: readonly Spec[] = [
  { path: 'shortageMajor', kind: 'bool' },
  { path: 'freshGraduate', kind: 'bool' },
  { path: 'publicServiceSince', kind: 'date' },
  { path: 'keyArea.kind', kind: 'select', options: KEY_AREA_KINDS, prefix: 'keyAreaKind' },
  { path: 'keyArea.since', kind: 'date' },
  { path: 'spouseHukouSince', kind: 'date' },
  { path: 'award', kind: 'select', options: AWARDS, prefix: 'award' },
  { path: 'investment.avgAnnualTax', kind: 'number', integer: false },
  { path: 'investment.avgLocalHires', kind: 'number', integer: false },
  { path: 'innovation', kind: 'select', options: INNOVATIONS, prefix: 'innovation' },
  { path: 'deductions.falseMaterials', kind: 'number', integer: true },
  { path: 'deductions.detentions', kind: 'number', integer: true },
  { path: 'deductions.crimes', kind: 'number', integer: true },
  { path: 'seriousCrime', kind: 'bool' },
]

function valueAt(draft: Scenario['draft'], path: string): DraftValue | undefined {
  let v: unknown = draft
  for (const part of path.split('.')) v = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[part] : undefined
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : undefined
}

function ScenarioCard({ scenario, errors }: { scenario: Scenario; errors: ProfileError[] }) {
  const t = useT()
  const label = scenario.name || '—'
  const errorsAt = (path: string) => errors.filter((e) => e.path === path).map((e) => errorText(t, e))
  const nameId = `sc-${scenario.id}-name`
  return (
    <li className="rounded-md border border-slate-300 bg-white p-3 sm:p-4" data-scenario={scenario.id}>
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1">
          <label htmlFor={nameId} className="block text-sm font-medium text-slate-900">
            {t('road.scenarios.name')}
          </label>
          <input id={nameId} type="text" value={scenario.name} maxLength={60} onChange={(e) => renameScenario(scenario.id, e.target.value)} className={inputClass} />
        </div>
        <button type="button" className="btn-danger" onClick={() => removeScenario(scenario.id)}>
          {t('road.scenarios.remove', { name: label })}
        </button>
      </div>
      {errors.length > 0 && <p className="mt-2 text-sm font-medium text-red-700">{t('road.scenarios.errors', { count: errors.length })}</p>}
      <details className="mt-3" open={errors.length > 0 || undefined}>
        <summary className="cursor-pointer font-medium text-accent-700">{t('road.scenarios.edit', { name: label })}</summary>
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          {BEFORE_PERIODS.map((spec) => (
            <SpecField key={spec.path} scenario={scenario} spec={spec} errors={errorsAt(spec.path)} />
          ))}
          <Periods scenario={scenario} errorsAt={errorsAt} />
          {AFTER_PERIODS.map((spec) => (
            <SpecField key={spec.path} scenario={scenario} spec={spec} errors={errorsAt(spec.path)} />
          ))}
        </div>
      </details>
    </li>
  )
}

function SpecField({ scenario, spec, errors }: { scenario: Scenario; spec: Spec; errors: string[] }) {
  const t = useT()
  const id = `sc-${scenario.id}-${spec.path.replace(/\./g, '-')}`
  const value = valueAt(scenario.draft, spec.path)
  const set = (v: DraftValue | undefined) => setScenarioField(scenario.id, spec.path, v)
  const label = t(`engine.field.${spec.path}` as MessageKey)
  let control
  if (spec.kind === 'date') control = <DateInput id={id} value={value} onChange={set} errors={errors} hint={false} />
  else if (spec.kind === 'number') control = <NumberInput id={id} value={value} onChange={set} errors={errors} hint={false} integer={spec.integer} />
  else {
    const options = spec.kind === 'bool' ? ['true', 'false'] : spec.options
    const text = value === undefined ? '' : String(value)
    control = (
      <select
        id={id}
        value={text}
        onChange={(e) => {
          const v = e.target.value
          set(v === '' ? undefined : spec.kind === 'bool' ? v === 'true' : v)
        }}
        aria-invalid={errors.length > 0}
        aria-describedby={errors.length ? `${id}-error` : undefined}
        className={inputClass}
      >
        <option value="">{t('road.scenarios.unset')}</option>
        {/* A stored value outside the options stays visible next to its error. */}
        {text && !options.includes(text) && <option value={text}>{text}</option>}
        {options.map((o) => (
          <option key={o} value={o}>
            {spec.kind === 'bool' ? t(o === 'true' ? 'wizard.yes' : 'wizard.no') : t(`engine.${spec.prefix}.${o}` as MessageKey)}
          </option>
        ))}
      </select>
    )
  }
  return (
    <Field id={id} label={label} errors={errors}>
      {control}
    </Field>
  )
}

function Periods({ scenario, errorsAt }: { scenario: Scenario; errorsAt: (path: string) => string[] }) {
  const t = useT()
  const list = scenario.draft.socialInsurance ?? []
  return (
    <fieldset className="sm:col-span-2">
      <legend className="font-medium text-slate-900">{t('road.scenarios.periods')}</legend>
      <ol className="mt-2 space-y-2">
        {list.map((p, i) => {
          const id = (f: string) => `sc-${scenario.id}-si-${i}-${f}`
          const path = (f: 'from' | 'to' | 'base') => `socialInsurance.${i}.${f}` as const
          const blank = Object.keys(p).length === 0
          const errs = (f: 'from' | 'to' | 'base') => (blank ? [] : errorsAt(path(f)))
          const set = (f: 'from' | 'to' | 'base') => (v: DraftValue | undefined) => setScenarioField(scenario.id, path(f), v)
          return (
            <li key={i} className="rounded border border-slate-200 p-2">
              <p className="text-sm font-medium text-slate-800">{t('road.scenarios.period', { n: i + 1 })}</p>
              <div className="grid gap-2 sm:grid-cols-[1fr_1fr_1fr_auto] sm:items-end">
                <Field id={id('from')} label={t('engine.field.from')} errors={errs('from')}>
                  <DateInput id={id('from')} month value={p.from} onChange={set('from')} errors={errs('from')} hint={false} />
                </Field>
                <Field id={id('to')} label={t('engine.field.to')} errors={errs('to')}>
                  <DateInput id={id('to')} month value={p.to} onChange={set('to')} errors={errs('to')} hint={false} />
                </Field>
                <Field id={id('base')} label={t('engine.field.base')} errors={errs('base')}>
                  <NumberInput id={id('base')} value={p.base} onChange={set('base')} errors={errs('base')} hint={false} integer={false} />
                </Field>
                <button type="button" className="btn-small" onClick={() => removeScenarioPeriod(scenario.id, i)}>
                  {t('road.scenarios.removePeriod', { n: i + 1 })}
                </button>
              </div>
            </li>
          )
        })}
      </ol>
      <ErrorText id={`sc-${scenario.id}-si`} errors={errorsAt('socialInsurance')} />
      <button type="button" className="btn-small mt-2" onClick={() => addScenarioPeriod(scenario.id)}>
        {t('road.scenarios.addPeriod')}
      </button>
    </fieldset>
  )
}
