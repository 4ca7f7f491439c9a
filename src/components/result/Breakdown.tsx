// Item lines and findings: every item with its points, the rule in one sentence, the facts used,
// the reason for a zero and the legal reference; findings by severity.
import { useT } from '../../i18n/i18n'
import type { Assessment, Finding, ItemGroup, ItemResult } from '../../engine/types'
import { basisText, bySeverity, findingText, itemName, reasonText, referenceText, signedPoints } from './explain'

const POINTS_CLASS = (points: number) =>
  points > 0 ? 'text-accent-700' : points < 0 ? 'text-red-700' : 'text-slate-600'

/** Whether the item's doubt applies to this person: a finding about it was raised. */
export const itemDoubted = (a: Assessment, item: ItemResult) => item.uncertain && a.findings.some((f) => f.item === item.id || f.items?.includes(item.id))

export function ItemLine({ item, compact = false, doubt = item.uncertain }: { item: ItemResult; compact?: boolean; doubt?: boolean }) {
  const t = useT()
  const reason = reasonText(t, item)
  // "0 次" next to "未申报" says the same thing twice.
  const basis = item.reason === 'notClaimed' ? null : basisText(t, item)
  const ref = referenceText(t, item.reference)
  return (
    <li className="py-3" data-item={item.id}>
      <div className="flex items-baseline justify-between gap-3">
        <span className="font-medium text-slate-900">
          {itemName(t, item.id)}
          {doubt && (
            <span className="ml-2 inline-block rounded bg-amber-100 px-1.5 py-0.5 align-middle text-xs font-medium text-amber-900">
              {t('engine.uncertain')}
            </span>
          )}
        </span>
        <span className={`shrink-0 font-semibold tabular-nums ${POINTS_CLASS(item.points)}`}>
          {signedPoints(item.points)}
          {!compact && item.max !== null && <span className="ml-1 text-xs font-normal text-slate-600">/ {item.max}</span>}
        </span>
      </div>
      {!compact && <p className="mt-1 text-sm text-slate-700">{t(`engine.rule.${item.id}`)}</p>}
      {basis && (
        <p className="mt-1 text-sm text-slate-700">
          {!compact && t('wizard.result.basis')}
          {basis}
        </p>
      )}
      {reason && <p className="mt-1 text-sm text-slate-600">{reason}</p>}
      {!compact && (
        <p className="mt-1 text-xs text-slate-600">
          {t('wizard.result.reference')}
          {ref.source} · <span lang="zh-CN">{ref.line}</span>
        </p>
      )}
    </li>
  )
}

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
                <ItemLine key={item.id} item={item} doubt={itemDoubted(assessment, item)} />
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
              <ItemLine key={item.id} item={item} doubt={itemDoubted(assessment, item)} />
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
