// The dated list of every change on the current path: "2027-03-14 年满 44 周岁 · 年龄：30 → 29 分（−1）".
import { useState } from 'react'
import type { Projection } from '../../engine/project'
import { useT } from '../../i18n/i18n'
import { changeDate, changeText } from '../../components/result/format'

export const CHANGES_SHOWN = 8

export function ChangeList({ projection }: { projection: Projection }) {
  const t = useT()
  const [all, setAll] = useState(false)
  const changes = projection.changes
  if (!changes.length) return <p className="text-slate-700">{t('road.changes.none')}</p>
  return (
    <div className="space-y-2">
    <ol className="divide-y divide-slate-200 rounded-md border border-slate-200 bg-white" data-testid="road-changes">
      {(all ? changes : changes.slice(0, CHANGES_SHOWN)).map((c, i) => (
        <li key={i} className="flex flex-col gap-0.5 px-3 py-2 sm:flex-row sm:items-baseline sm:gap-3">
          <span className="shrink-0 font-medium tabular-nums text-slate-900 sm:w-28">{changeDate(c)}</span>
          <span className={`min-w-0 flex-1 ${c.to > c.from ? 'text-slate-900' : 'text-red-800'}`}>{changeText(t, c)}</span>
          <span className="shrink-0 text-sm tabular-nums text-slate-600">{t('road.changes.total', { total: c.total })}</span>
        </li>
      ))}
    </ol>
      {changes.length > CHANGES_SHOWN && (
        <button type="button" className="btn-small" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('road.changes.showFewer', { count: CHANGES_SHOWN }) : t('road.changes.showAll', { count: changes.length })}
        </button>
      )}
    </div>
  )
}
