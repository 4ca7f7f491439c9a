// The live score: always visible (a sticky card on desktop, a compact bar on phones). The total
// against the threshold as a gauge, the gap, the veto apart from points, and a polite, debounced
// announcement for screen readers.
import { useEffect, useRef, useState } from 'react'
import type { ItemGroup } from '../../engine/types'
import { useT } from '../../i18n/i18n'
import { useAssessment, useDraftStore } from '../../state/draft-store'
import { signedPoints } from './explain'
import { goToStep } from '../wizard/leave-step'
import { panelStatusText } from './verdict'

/** Say `message` once it has been stable for `delay` ms; nothing on first render. */
export function useDebouncedAnnouncement(message: string, delay = 1200): string {
  const [spoken, setSpoken] = useState('')
  const initial = useRef(message)
  useEffect(() => {
    if (message === initial.current) return
    initial.current = ''
    const id = setTimeout(() => setSpoken(message), delay)
    return () => clearTimeout(id)
  }, [message, delay])
  return spoken
}

const GROUPS: readonly ItemGroup[] = ['basic', 'bonus', 'deduction']

export function ScorePanel({ className = '' }: { className?: string }) {
  const t = useT()
  const { asOf, assessment, errors, pending } = useAssessment()
  const stepId = useDraftStore((s) => s.stepId)
  const { total, threshold, vetoed } = assessment
  const status = pending ? t('view.loading') : panelStatusText(t, assessment)
  // Green only for the verdict `meets`: points alone are not a pass (rules §11).
  const met = !pending && assessment.status === 'meets' && assessment.ruleset !== null
  const pct = Math.min(100, (total / threshold) * 100)
  const announcement = useDebouncedAnnouncement(
    pending ? '' : t('wizard.score.announce', { total, status }) + (vetoed ? ` ${t('wizard.score.vetoed')}` : ''),
  )
  return (
    <aside
      aria-labelledby="score-heading"
      className={`sticky top-0 z-20 rounded-b-lg border border-slate-200 bg-white/95 px-3 py-2 shadow-sm backdrop-blur lg:top-4 lg:rounded-lg lg:p-5 ${className}`}
    >
      <h2 id="score-heading" className="sr-only lg:not-sr-only lg:text-sm lg:font-semibold lg:text-slate-600">
        {t('wizard.score.heading')}
      </h2>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 lg:mt-1 lg:block">
        <p data-testid="score-total" aria-busy={pending || undefined} className="font-bold tabular-nums text-slate-900">
          <span className="text-3xl lg:text-5xl">{pending ? '–' : total}</span> <span className="text-base font-medium text-slate-700">{t('wizard.score.unit')}</span>
        </p>
        {!vetoed && (
          <p
            data-testid="verdict"
            data-status={pending ? undefined : assessment.status}
            className={`text-sm font-semibold lg:mt-1 lg:text-base ${met ? 'text-accent-700' : assessment.status === 'incomplete' || assessment.status === 'notEligible' ? 'text-amber-900' : 'text-slate-800'}`}
          >
            {status}
            <span className="hidden font-normal text-slate-600 lg:block lg:text-sm">{t('wizard.score.ofThreshold', { threshold })}</span>
          </p>
        )}
        {stepId !== 'result' && (
          <button type="button" onClick={() => goToStep('result')} className="btn-link ml-auto min-h-11 text-sm lg:hidden">
            {t('wizard.score.details')}
          </button>
        )}
      </div>
      <div className="mt-2 h-2 overflow-hidden rounded-full bg-slate-200 lg:mt-3 lg:h-3" aria-hidden="true">
        <div
          className={`h-full rounded-full transition-[width] duration-300 motion-reduce:transition-none ${vetoed ? 'bg-slate-500' : met ? 'bg-accent-600' : assessment.status === 'below' ? 'bg-sky-600' : 'bg-amber-500'}`}
          style={{ width: `${pct}%` }}
        />
      </div>
      {vetoed && (
        <div data-testid="verdict" data-status="vetoed">
          <p className="mt-2 rounded bg-red-100 px-2 py-1 text-sm font-semibold text-red-900" data-testid="score-veto">
            {t('wizard.score.vetoed')}
            <span className="hidden font-normal lg:block">{t('wizard.score.vetoNote')}</span>
          </p>
        </div>
      )}
      {errors.length > 0 && <p className="mt-1 text-sm text-red-700">{t('wizard.score.errors', { count: errors.length })}</p>}
      <dl className="mt-4 hidden space-y-1 text-sm lg:block">
        {GROUPS.map((g) => (
          <div key={g} className="flex justify-between gap-2">
            <dt className="text-slate-700">{t(`engine.group.${g}`)}</dt>
            <dd className="font-medium tabular-nums text-slate-900">{signedPoints(assessment.items.filter((i) => i.group === g).reduce((s, i) => s + i.points, 0))}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 hidden text-xs text-slate-600 lg:block">{t('wizard.score.asOf', { date: asOf })}</p>
      {stepId !== 'result' && (
        <button type="button" onClick={() => goToStep('result')} className="btn-secondary mt-4 hidden w-full justify-center lg:flex">
          {t('wizard.score.details')}
        </button>
      )}
      <p role="status" aria-live="polite" aria-atomic="true" className="sr-only">
        {announcement}
      </p>
    </aside>
  )
}
