// An item line: every item with its points, and in full the rule in one sentence, the facts used,
// the reason for a zero and the legal reference. The first step lists its items compact; the full
// breakdown and the findings are Breakdown.tsx (a lazy screen's).
import { useT } from '../../i18n/i18n'
import type { Assessment, ItemResult } from '../../engine/types'
import { basisText, itemName, reasonText, signedPoints } from './explain'

const POINTS_CLASS = (points: number) =>
  points > 0 ? 'text-accent-700' : points < 0 ? 'text-red-700' : 'text-slate-600'

/** Whether the item's doubt applies to this person: a finding about it was raised. */
export const itemDoubted = (a: Assessment, item: ItemResult) => item.uncertain && a.findings.some((f) => f.item === item.id || f.items?.includes(item.id))

/**
 * One item: name, points and, when it has them, the facts used and the reason for a zero. In full
 * (the breakdown) also the rule and its citation, which the caller passes in (explain-detail.ts,
 * a lazy screen's: the first step shows its items compact).
 */
export function ItemLine({
  item,
  compact = false,
  doubt = item.uncertain,
  reference,
}: {
  item: ItemResult
  compact?: boolean
  doubt?: boolean
  reference?: { line: string; source: string }
}) {
  const t = useT()
  const reason = reasonText(t, item)
  // "0 次" next to "未申报" says the same thing twice.
  const basis = item.reason === 'notClaimed' ? null : basisText(t, item)
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
      {!compact && reference && (
        <p className="mt-1 text-xs text-slate-600">
          {t('wizard.result.reference')}
          {reference.source} · <span lang="zh-CN">{reference.line}</span>
        </p>
      )}
    </li>
  )
}
