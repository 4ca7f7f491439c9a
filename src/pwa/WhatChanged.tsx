// "What changed for you": the saved draft's score under the new data against the score it had,
// with the engine's reason for every item that moved, and where to go next. A lazy chunk, shown at
// the top of the main content (first in reading order; focus is left where the visitor has it).
import * as engineDetail from '../i18n/messages/engine-detail'
import * as messages from '../i18n/messages/changes'
import { registerMessages } from '../i18n/catalog'
import { useT } from '../i18n/i18n'
import { findingText, itemName, reasonText } from '../components/result/explain'
import { setStep } from '../state/draft-store'
import type { ScoreChange } from './changes'

registerMessages(engineDetail)
registerMessages(messages)

const yuan = (n: number) => n.toLocaleString('en-US')

export default function WhatChanged({ change, onDismiss }: { change: ScoreChange; onDismiss: () => void }) {
  const t = useT()
  const what = [
    change.newWages ? t('changes.wages', { year: change.after.wageYear, wage: yuan(change.after.wage) }) : null,
    change.newRules ? t('changes.rules', { rules: change.after.rules }) : null,
  ]
    .filter(Boolean)
    .join(t('engine.listSep'))
  const moved = change.totalBefore !== change.totalAfter || change.items.length > 0
  return (
    <section aria-labelledby="what-changed-title" data-testid="what-changed" className="mb-4 rounded-lg border border-accent-600 bg-accent-50 p-4 text-sm text-slate-900">
      <h2 id="what-changed-title" className="text-base font-semibold">
        {t(moved ? 'changes.title' : 'changes.titleSame')}
      </h2>
      <p className="mt-1">
        {moved
          ? t('changes.total', { what, asOf: change.asOf, before: change.totalBefore, after: change.totalAfter })
          : t('changes.totalSame', { what, asOf: change.asOf, total: change.totalAfter })}
      </p>
      {change.items.length > 0 && (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {change.items.map((c) => {
            const why = c.findings.length ? c.findings.map((f) => findingText(t, f)).join(' ') : reasonText(t, c.item)
            return (
              <li key={c.id}>
                <span className="font-medium">{t('changes.item', { item: itemName(t, c.id), before: c.before, after: c.after })}</span>
                {why && <> — {why}</>}
              </li>
            )
          })}
        </ul>
      )}
      {moved && <p className="mt-2">{t('changes.todo')}</p>}
      <div className="mt-3 flex flex-wrap gap-2">
        {moved && (
          <button type="button" className="btn-small" onClick={() => (setStep('result'), onDismiss())}>
            {t('changes.open')}
          </button>
        )}
        <button type="button" className="btn-small" onClick={onDismiss}>
          {t('changes.dismiss')}
        </button>
      </div>
    </section>
  )
}
