// Ranked actions: each with the time it takes to earn, the points it adds and from when, the day
// 120 would be reached, what it requires, where the rule is uncertain, and its legal reference.
// Changes of work area or sector are folded in one group. One action can be drawn on the chart
// next to the current path. Someone at 120 already sees what could take it away instead.
import { useState } from 'react'
import type { Action, RankedActions } from '../../engine/actions'
import { useT } from '../../i18n/i18n'
import { referenceText } from '../../components/result/explain'
import { actionTitle, leadText, riskText, waitText } from '../../components/result/format'

export const ACTIONS_SHOWN = 5

/** Amounts in CNY read better with separators: 12434 → 12,434. */
const formatParams = (params: Record<string, string | number>) =>
  Object.fromEntries(Object.entries(params).map(([k, v]) => [k, k === 'base' && typeof v === 'number' ? v.toLocaleString('en-US') : v]))

export function ActionList({ ranked, comparing, onCompare }: { ranked: RankedActions; comparing: string | null; onCompare: (id: string | null) => void }) {
  const t = useT()
  const [all, setAll] = useState(false)
  const { baseline, actions } = ranked
  if (baseline.vetoed) return <p className="text-slate-700">{t('road.actions.vetoed')}</p>
  if (baseline.reach === baseline.asOf) return <Keeping ranked={ranked} />
  const main = actions.filter((a) => a.group === 'main')
  const change = actions.filter((a) => a.group === 'change')
  if (!actions.length) return <p className="text-slate-700">{t('road.actions.none')}</p>
  const shown = all ? main : main.slice(0, ACTIONS_SHOWN)
  return (
    <div className="space-y-3">
      {main.length > 0 && (
        <ol className="space-y-3" data-testid="road-actions">
          {shown.map((a, i) => (
            <ActionCard key={a.id} rank={i + 1} action={a} baselineReach={baseline.reach} comparing={comparing === a.id} onCompare={onCompare} />
          ))}
        </ol>
      )}
      {main.length > ACTIONS_SHOWN && (
        <button type="button" className="btn-small" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('road.actions.showFewer', { count: ACTIONS_SHOWN }) : t('road.actions.showAll', { count: main.length })}
        </button>
      )}
      {change.length > 0 && (
        <details className="rounded-md border border-slate-300 bg-slate-50" data-testid="road-actions-change">
          <summary className="min-h-11 cursor-pointer px-3 py-2.5 font-medium text-slate-900">{t('road.actions.changeGroup', { count: change.length })}</summary>
          <div className="space-y-3 px-3 pb-3">
            <p className="text-sm text-slate-700">{t('road.actions.changeIntro')}</p>
            <ul className="space-y-3">
              {change.map((a) => (
                <ActionCard key={a.id} action={a} baselineReach={baseline.reach} comparing={comparing === a.id} onCompare={onCompare} />
              ))}
            </ul>
          </div>
        </details>
      )}
    </div>
  )
}

/** At 120 already: the dated risks to it. */
function Keeping({ ranked }: { ranked: RankedActions }) {
  const t = useT()
  if (!ranked.keeping.length) return <p className="text-slate-700">{t('road.keep.none')}</p>
  return (
    <div className="space-y-2">
      <p className="text-slate-700">{t('road.keep.intro')}</p>
      <ol className="divide-y divide-slate-200 rounded-md border border-slate-200 bg-white" data-testid="road-keeping">
        {ranked.keeping.map((r) => (
          <li key={r.code} className="flex flex-col gap-0.5 px-3 py-2 sm:flex-row sm:items-baseline sm:gap-3" data-risk={r.code}>
            <span className="shrink-0 font-medium tabular-nums text-slate-900 sm:w-28">{r.date}</span>
            <span className={r.below ? 'text-red-800' : 'text-slate-900'}>
              {riskText(t, r)}
              {r.below && <strong className="ml-1">（{t('road.keep.below')}）</strong>}
            </span>
          </li>
        ))}
      </ol>
    </div>
  )
}

function ActionCard({ rank, action: a, baselineReach, comparing, onCompare }: {
  rank?: number
  action: Action
  baselineReach: string | null
  comparing: boolean
  onCompare: (id: string | null) => void
}) {
  const t = useT()
  const ref = referenceText(t, a.reference)
  const title = actionTitle(t, a)
  const lead = leadText(t, a)
  const gain = a.maxGain > a.gain ? t('road.action.gainGrows', { date: a.countsFrom!, gain: a.gain, max: a.maxGain }) : t('road.action.gain', { date: a.countsFrom!, gain: a.gain })
  let reach = t('road.action.noReach')
  if (a.reach) {
    reach = t('road.action.reach', { date: a.reach })
    if (a.soonerThanNow && baselineReach) reach += ` · ${t('road.action.sooner', { wait: waitText(t, a.reach, baselineReach) })}`
    else if (!a.soonerThanNow) reach += ` · ${t('road.action.notSooner')}`
  }
  return (
    <li className="rounded-md border border-slate-300 bg-white p-3 sm:p-4" data-action={a.id}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <h5 className="font-semibold text-slate-900">
          {rank !== undefined && <span className="mr-1.5 tabular-nums text-slate-600">{rank}.</span>}
          {title}
        </h5>
        <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-800">{t('road.action.effort', { level: t(`road.effort.${a.effort}`) })}</span>
      </div>
      {lead && <p className="mt-1 text-sm text-slate-800" data-testid="action-lead">{lead}</p>}
      <p className="mt-1 font-medium text-accent-700">{gain}</p>
      <p className={`mt-0.5 text-sm ${a.soonerThanNow ? 'font-medium text-slate-900' : 'text-slate-700'}`}>{reach}</p>
      <p className="mt-2 text-sm font-medium text-slate-900">{t('road.action.requires')}</p>
      <ul className="ml-5 list-disc text-sm text-slate-700">
        {a.requires.map((r) => (
          <li key={r.code}>{t(`road.req.${r.code}`, r.params && formatParams(r.params))}</li>
        ))}
      </ul>
      {a.doubts.length > 0 && (
        <>
          <p className="mt-2 text-sm font-medium text-amber-900">{t('road.action.doubts')}</p>
          <ul className="ml-5 list-disc text-sm text-amber-900">
            {a.doubts.map((d) => (
              <li key={d.code}>{t(`road.doubt.${d.code}`)}</li>
            ))}
          </ul>
        </>
      )}
      <p className="mt-2 text-xs text-slate-600">
        {t('road.action.reference')}
        {ref.source} · <span lang="zh-CN">{ref.line}</span>
      </p>
      <button type="button" className="btn-small mt-2" aria-pressed={comparing} onClick={() => onCompare(comparing ? null : a.id)}>
        {t(comparing ? 'road.action.comparing' : 'road.action.compare')}
      </button>
    </li>
  )
}
