// The full breakdown (every item by group, with the rule, the facts used, the reason for a zero and
// the legal reference) and the findings by severity: the result's, the report's and the widget's
// result (lazy screens). One item line is ItemLine.tsx (the first step shows its items compact).
import { useT } from '../../i18n/i18n'
import type { Assessment, Finding, ItemGroup, ItemResult } from '../../engine/types'
import { itemName, signedPoints } from './explain'
import { bySeverity, findingText, referenceText } from './explain-detail'
import { ItemLine, itemDoubted } from './ItemLine'

const GROUPS: readonly ItemGroup[] = ['basic', 'bonus', 'deduction']

/** Items with nothing to say: 0 points and nothing claimed. */
const unclaimed = (i: ItemResult) => i.points === 0 && i.reason === 'notClaimed'

/** Every item by group; with `fold`, the unclaimed zeros are one expandable line at the end. */
export function Breakdown({ assessment, fold = false }: { assessment: Assessment; fold?: boolean }) {
  const t = useT()
  const folded = fold ? assessment.items.filter(unclaimed) : []
  return (
    <div className="space-y-6">
      {GROUPS.map((group) => {
        const all = assessment.items.filter((i) => i.group === group)
        const items = all.filter((i) => !folded.includes(i))
        const subtotal = all.reduce((s, i) => s + i.points, 0)
        if (!items.length) return null
        return (
          <section key={group} aria-labelledby={`group-${group}`}>
            <div className="flex items-baseline justify-between gap-3 border-b border-slate-300 pb-1">
              <h3 id={`group-${group}`} className="text-lg font-semibold text-slate-900">
                {t(`engine.group.${group}`)}
              </h3>
              <span className="text-sm font-medium tabular-nums text-slate-700">{t('wizard.result.subtotal', { points: signedPoints(subtotal) })}</span>
            </div>
            <ul className="divide-y divide-slate-200">
              {items.map((item) => (
                <ItemLine key={item.id} item={item} doubt={itemDoubted(assessment, item)} reference={referenceText(t, item.reference)} />
              ))}
            </ul>
          </section>
        )
      })}
      {folded.length > 0 && (
        <details className="rounded-md border border-slate-200 bg-slate-50" data-testid="unclaimed-items">
          <summary className="flex min-h-11 cursor-pointer items-center px-3 text-slate-800">
            {t('result.zeroItems', { count: folded.length })} · <span className="ml-1 text-accent-700 underline">{t('result.zeroItemsShow')}</span>
          </summary>
          <ul className="divide-y divide-slate-200 px-3">
            {folded.map((item) => (
              <ItemLine key={item.id} item={item} doubt={itemDoubted(assessment, item)} reference={referenceText(t, item.reference)} />
            ))}
          </ul>
        </details>
      )}
    </div>
  )
}

const SEVERITY_CLASS = {
  error: 'bg-red-100 text-red-900',
  warning: 'bg-amber-100 text-amber-900',
  info: 'bg-slate-200 text-slate-800',
} as const

export function Findings({ findings }: { findings: readonly Finding[] }) {
  const t = useT()
  if (!findings.length) return <p className="text-sm text-slate-700">{t('wizard.result.noFindings')}</p>
  return (
    <ul className="space-y-2">
      {bySeverity(findings).map((f, i) => (
        <li key={i} className="flex gap-2 text-sm text-slate-800" data-finding={f.code}>
          <span className={`h-fit shrink-0 rounded px-1.5 py-0.5 text-xs font-medium ${SEVERITY_CLASS[f.severity]}`}>{t(`engine.severity.${f.severity}`)}</span>
          <span>
            {f.item && <span className="font-medium">{t('wizard.result.itemPrefix', { item: itemName(t, f.item) })}</span>}
            {findingText(t, f)}
          </span>
        </li>
      ))}
    </ul>
  )
}
