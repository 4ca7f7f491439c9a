// The widget's score bar: total and verdict in words, always in view (EmbedWidget moves it to the
// host's viewport), a gauge, and a debounced announcement for screen readers.
import type { Ref } from 'react'
import { useT } from '../../i18n/i18n'
import { setStep, useAssessment, useDraftStore } from '../../state/draft-store'
import { useDebouncedAnnouncement } from '../../components/result/ScorePanel'
import { VERDICT_CLASS, verdictText } from './verdict'

export function WidgetScore({ ref }: { ref?: Ref<HTMLDivElement> }) {
  const t = useT()
  const { assessment, pending } = useAssessment()
  const stepId = useDraftStore((s) => s.stepId)
  const { total, threshold, status } = assessment
  const verdict = pending ? t('view.loading') : verdictText(t, assessment)
  const announcement = useDebouncedAnnouncement(pending ? '' : t('wizard.score.announce', { total, status: verdict }))
  const pct = Math.min(100, (total / threshold) * 100)
  return (
    <aside
      ref={ref}
      aria-labelledby="widget-score-heading"
      data-testid="widget-score"
      className="sticky top-0 z-20 rounded-lg border border-slate-200 bg-white px-3 py-2 shadow-md"
    >
      <h2 id="widget-score-heading" className="sr-only">
        {t('wizard.score.heading')}
      </h2>
      {/* Phones: total and the result button on one line, the verdict below; wider: one line. */}
      <div className="flex flex-wrap items-baseline gap-x-3">
        <p data-testid="score-total" aria-busy={pending || undefined} className="font-bold tabular-nums text-slate-900">
          <span className="text-3xl">{pending ? '–' : total}</span>{' '}
          <span className="text-base font-medium text-slate-700">{t('embed.score.ofThreshold', { threshold })}</span>
        </p>
        <p
          data-testid="verdict"
          data-status={pending ? undefined : status}
          className={`order-last basis-full text-sm font-semibold sm:order-none sm:basis-auto ${pending ? 'text-slate-700' : VERDICT_CLASS[status]}`}
        >
          {verdict}
        </p>
        {stepId !== 'result' && (
          <button type="button" onClick={() => setStep('result')} className="btn-link ml-auto text-sm">
            {t('embed.score.toResult')}
          </button>
        )}
      </div>
      <div className="mt-2 h-2 overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
        <div
          className={`h-full rounded-full ${status === 'meets' ? 'bg-accent-600' : status === 'vetoed' ? 'bg-slate-500' : 'bg-sky-600'}`}
          style={{ width: `${pending ? 0 : pct}%` }}
        />
      </div>
      <p role="status" aria-live="polite" aria-atomic="true" className="sr-only">
        {announcement}
      </p>
    </aside>
  )
}
