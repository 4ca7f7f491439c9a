// The widget's short result (a lazy chunk): verdict, total, gap or margin, the date of 120 and the
// top next step, then the full report in a new tab on the app's own origin (`#p=`), where printing
// and sharing work; and the host's optional call to action, sent only when pressed.
import { useMemo } from 'react'
import { rankActions } from '../../engine/actions'
import type { Finding } from '../../engine/types'
import { registerMessages } from '../../i18n/catalog'
import { useT } from '../../i18n/i18n'
import * as engineDetail from '../../i18n/messages/engine-detail'
import * as roadMessages from '../../i18n/messages/road'
import { encodeShareFragment, shareUrl } from '../../lib/share-link'
import { setStep, useAssessment } from '../../state/draft-store'
import { actionTitle, waitText } from '../../components/result/format'
import { findingText } from '../../components/result/explain'
import { stepOfPath } from '../../components/wizard/steps'
import { hostOf, type EmbedParams } from './params'
import { ctaMessage } from './protocol'
import { VERDICT_CLASS, verdictText } from './verdict'

registerMessages(engineDetail)
registerMessages(roadMessages)

/** The findings that say why the status is incomplete or not eligible. */
const REASONS: ReadonlySet<Finding['code']> = new Set(['statusIncomplete', 'eligibilitySixMonths', 'notEligibleAge'])

/** The full calculator (this app, no widget parameters) with the profile in the fragment. */
export function fullReportUrl(pageUrl: string, fragment: string): string {
  return shareUrl(new URL('./', pageUrl).href, fragment)
}

export function WidgetResult({ params, parent }: { params: EmbedParams; parent: Window }) {
  const t = useT()
  const { asOf, profile, assessment, pending } = useAssessment()
  const { status, total, threshold } = assessment
  const ranked = useMemo(
    () => (pending || status === 'vetoed' || status === 'incomplete' ? null : rankActions(profile, asOf)),
    [pending, status, profile, asOf],
  )
  if (pending) return <p role="status">{t('view.loading')}</p>

  const reasons = assessment.findings.filter((f) => REASONS.has(f.code) && f.severity === 'error')
  const thin = assessment.findings.find((f) => f.code === 'thinMargin')
  const share = encodeShareFragment(profile)
  const reach = ranked?.baseline.reach
  const next = ranked?.actions[0]
  const missing = assessment.findings.find((f) => f.code === 'statusIncomplete')?.params?.fields
  const firstMissing = typeof missing === 'string' ? missing.split(',')[0] : undefined

  return (
    <section aria-labelledby="step-title" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="widget-result">
      <h2 id="step-title" tabIndex={-1} className="text-xl font-semibold text-slate-900">
        {t('wizard.step.result')}
      </h2>
      <p className={`mt-2 text-lg font-semibold ${VERDICT_CLASS[status]}`} data-testid="result-verdict" data-status={status}>
        {verdictText(t, assessment)}
      </p>
      {reasons.map((f, i) => (
        <p key={i} className="mt-1 text-sm text-slate-800">
          {findingText(t, f)}
        </p>
      ))}
      {firstMissing && (
        <button type="button" className="btn-secondary mt-2" onClick={() => setStep(stepOfPath(firstMissing))}>
          {t('embed.result.fillIn')}
        </button>
      )}
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        <dt className="text-slate-600">{t('embed.result.total')}</dt>
        <dd className="font-semibold tabular-nums text-slate-900">{t('embed.result.totalValue', { total, threshold })}</dd>
        {status !== 'vetoed' && (
          <>
            <dt className="text-slate-600">{t(total >= threshold ? 'embed.result.margin' : 'embed.result.gap')}</dt>
            <dd className="font-semibold tabular-nums text-slate-900">{t('embed.result.points', { n: Math.abs(total - threshold) })}</dd>
          </>
        )}
        {ranked && (
          <>
            <dt className="text-slate-600">{t('embed.result.reach')}</dt>
            <dd className="text-slate-900" data-testid="result-reach">
              {reach === asOf
                ? t('embed.result.reachNow', { date: asOf })
                : reach
                  ? t('embed.result.reachOn', { date: reach, wait: waitText(t, asOf, reach) })
                  : t('embed.result.reachNever', { until: ranked.baseline.until })}
            </dd>
            <dt className="text-slate-600">{t('embed.result.next')}</dt>
            <dd className="text-slate-900" data-testid="result-next">
              {status === 'meets'
                ? t('embed.result.nextApply')
                : next
                  ? next.reach
                    ? t('embed.result.nextReach', { action: actionTitle(t, next), date: next.reach })
                    : actionTitle(t, next)
                  : t('embed.result.nextNone')}
            </dd>
          </>
        )}
      </dl>
      {thin && <p className="mt-3 rounded bg-amber-50 px-2 py-1 text-sm text-amber-950">{findingText(t, thin)}</p>}

      <div className="mt-5 space-y-3 border-t border-slate-200 pt-4">
        {share.ok ? (
          <p>
            <a
              href={fullReportUrl(location.href, share.fragment)}
              target="_blank"
              rel="noopener noreferrer"
              className="btn-primary inline-flex"
              data-testid="full-report"
            >
              {t('embed.result.full')}
              <span className="sr-only">{t('embed.result.newTab')}</span>
            </a>
          </p>
        ) : (
          <p className="text-sm text-red-700">{t('embed.result.tooLarge')}</p>
        )}
        <p className="text-sm text-slate-600">{t('embed.result.fullHint')}</p>
        {params.cta && params.parentOrigin && <Cta url={params.cta.url} label={params.cta.label} origin={params.parentOrigin} parent={parent} />}
        <button type="button" className="btn-secondary" onClick={() => setStep('you')}>
          {t('embed.result.edit')}
        </button>
      </div>
    </section>
  )
}

/** The host's call to action: says what is sent; sends it only when pressed; opens the host's page. */
function Cta({ url, label, origin, parent }: { url: string; label?: string; origin: string; parent: Window }) {
  const t = useT()
  const { assessment } = useAssessment()
  const host = hostOf(origin)
  return (
    <p>
      <a
        href={url}
        target="_blank"
        rel="noopener noreferrer"
        className="btn-secondary inline-flex flex-col items-start"
        data-testid="cta"
        onClick={() => parent.postMessage(ctaMessage(assessment), origin)}
      >
        <span>{label ?? t('embed.cta.default', { host })}</span>
        {label && <span className="text-xs font-normal">{t('embed.cta.sends', { host })}</span>}
        <span className="sr-only">{t('embed.result.newTab')}</span>
      </a>
    </p>
  )
}
