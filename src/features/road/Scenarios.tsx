// What-if scenarios: copies of the current answers (up to three) that can be changed freely and
// compared side by side with the current case: total, gap to 120, the day 120 is reached and the
// items that differ. Every number comes from the engine; scenarios live in the road store.
import { useEffect, useMemo, useState } from 'react'
import { assess } from '../../engine/assess'
import { DEFAULT_YEARS, earliestReach, type Assumptions } from '../../engine/project'
import { sanitizeDraft, type Profile, type ProfileError } from '../../engine/schema'
import { ITEM_IDS, type Assessment } from '../../engine/types'
import type { MessageKey } from '../../i18n/catalog'
import { useT } from '../../i18n/i18n'
import { itemName } from '../../components/result/explain'
import { DraftBindingProvider, type ChoiceControlProps, type DraftBinding } from '../../components/wizard/binding'
import { describedBy, Field, inputClass } from '../../components/wizard/fields'
import { FieldView, InsuranceEditor } from '../../components/wizard/StepView'
import { STEPS } from '../../components/wizard/steps'
import { addScenario, MAX_SCENARIOS, removeScenario, renameScenario, updateScenarioDraft, useRoadStore, type Scenario } from '../../state/road-store'

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
  // The period editor is the wizard's (a lazy chunk): have it ready before a scenario is opened.
  useEffect(() => void InsuranceEditor.preload().catch(() => undefined), [])

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

// A scenario is edited with the wizard's own fields (compact form), bound to its draft: every step's
// answers in the wizard's order, but not the assessment date (the comparison uses the current one).
const SPECS = STEPS.flatMap((step) => step.fields).filter((spec) => spec.kind !== 'pickOne' && !(spec.kind === 'field' && spec.field.kind === 'asOf'))

/** A scenario's choices are selects, with an "unanswered" option; a stored value outside the options stays visible next to its error. */
function Select({ id, label, options, value, onChange, errors }: ChoiceControlProps) {
  const t = useT()
  const text = value === undefined ? '' : String(value)
  return (
    <Field id={id} label={label} errors={errors}>
      <select
        id={id}
        value={text}
        onChange={(e) => onChange(e.target.value || undefined)}
        aria-invalid={errors.length > 0}
        aria-describedby={describedBy(id, false, errors)}
        className={inputClass}
      >
        <option value="">{t('road.scenarios.unset')}</option>
        {text && !options.some((o) => o.value === text) && <option value={text}>{text}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  )
}

const COMPACT = { Choice: Select }

function ScenarioCard({ scenario, errors }: { scenario: Scenario; errors: ProfileError[] }) {
  const t = useT()
  const label = scenario.name || '—'
  const nameId = `sc-${scenario.id}-name`
  const binding = useMemo<DraftBinding>(
    () => ({ draft: scenario.draft, update: (edit) => updateScenarioDraft(scenario.id, edit), errors, idPrefix: `sc-${scenario.id}-`, compact: COMPACT }),
    [scenario.draft, scenario.id, errors],
  )
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
          <DraftBindingProvider value={binding}>
            {SPECS.map((spec, i) => (
              <div key={i} className={spec.kind === 'field' && spec.field.kind === 'periods' ? 'sm:col-span-2' : 'contents'}>
                <FieldView spec={spec} />
              </div>
            ))}
          </DraftBindingProvider>
        </div>
      </details>
    </li>
  )
}
