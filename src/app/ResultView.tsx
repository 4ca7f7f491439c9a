// The result step, answer first: the verdict (status in words, total, margin or gap), what is
// missing or from when one can apply, a thin margin, the date of reaching 120 and the best next
// steps — all within the first phone screen. Then the items (unclaimed zeros folded), findings,
// answers that need a fix, the take-away actions and the full road to 120.
import { lazy, Suspense } from 'react'
import { rulesetById } from '../engine/assess'
import { useT } from '../i18n/i18n'
import { setStep, useAssessment } from '../state/draft-store'
import { Breakdown, Findings } from '../components/result/Breakdown'
import { errorText, fieldLabel, sourcesNote } from '../components/result/explain'
import { stepOfPath } from '../components/wizard/steps'
import { ResultActions } from '../features/share/ResultActions'
import { RoadMount } from '../features/road/RoadMount'
import { registerMessages } from '../i18n/catalog'
import * as engineDetail from '../i18n/messages/engine-detail'
import * as result from '../i18n/messages/result'
import { goToStep } from '../components/wizard/leave-step'
import { thinMarginText } from '../components/result/thin-margin'
import { eligibleFromText, missingFields, verdictText } from '../components/result/headline'

// Finding messages and rule sentences come with this chunk.
registerMessages(engineDetail)
registerMessages(result)

const RoadAnswer = lazy(() => import('../features/road/RoadAnswer'))

const TONE = {
  meets: 'border-accent-600 bg-accent-50',
  below: 'border-sky-600 bg-sky-50',
  incomplete: 'border-amber-500 bg-amber-50',
  notEligible: 'border-amber-500 bg-amber-50',
  vetoed: 'border-red-600 bg-red-50',
} as const

function Answer() {
  const t = useT()
  const { assessment, profile } = useAssessment()
  const missing = missingFields(t, assessment)
  const eligible = eligibleFromText(t, assessment)
  const thin = assessment.status === 'vetoed' ? null : thinMarginText(t, assessment, profile)
  return (
    <section aria-labelledby="verdict-heading" className={`rounded-md border-l-4 px-3 py-2 ${TONE[assessment.status]}`} data-testid="answer">
      <h3 id="verdict-heading" className="text-lg font-bold text-slate-900" data-testid="verdict" data-status={assessment.status}>
        {verdictText(t, assessment)}
      </h3>
      {assessment.vetoed && <p className="mt-1 text-sm text-red-900">{t('wizard.result.vetoText')}</p>}
      {missing && (
        <p className="mt-1 text-sm text-slate-900">
          {missing.text}{' '}
          <button type="button" className="btn-link min-h-6" onClick={() => goToStep(stepOfPath(missing.first))}>
            {t('result.verdict.fill')}
          </button>
        </p>
      )}
      {eligible && (
        <p className="mt-1 font-semibold text-slate-900" data-testid="eligible-from">
          {eligible.text}
        </p>
      )}
      {thin && (
        <p className="mt-1 rounded bg-amber-100 px-2 py-1 text-sm font-medium text-amber-950" data-testid="thin-margin" role="note">
          {thin}
        </p>
      )}
      {assessment.ruleset && !assessment.vetoed && (
        <Suspense fallback={<p className="mt-2 text-sm text-slate-600">{t('view.loading')}</p>}>
          <RoadAnswer />
        </Suspense>
      )}
    </section>
  )
}

export function ResultView() {
  const t = useT()
  const { assessment, errors, pending } = useAssessment()
  if (pending) return <p role="status" className="mt-6 text-slate-600">{t('view.loading')}</p>
  const ruleset = assessment.ruleset ? rulesetById(assessment.ruleset) : null
  return (
    <div className="mt-3 space-y-8">
      <Answer />
      {errors.length > 0 && (
        <section aria-labelledby="errors-heading" className="rounded-md border border-red-300 bg-red-50 p-4">
          <h3 id="errors-heading" className="font-semibold text-red-900">
            {t('wizard.result.errors')}
          </h3>
          <ul className="mt-2 space-y-1 text-sm text-red-900">
            {errors.map((e, i) => (
              <li key={i}>
                {t('wizard.result.itemPrefix', { item: fieldLabel(t, e.path) })}
                {errorText(t, e)}{' '}
                <button type="button" className="btn-link" onClick={() => setStep(stepOfPath(e.path))}>
                  {t('wizard.result.fix')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="text-slate-700">{t('wizard.result.summary', { date: assessment.asOf, total: assessment.total, threshold: assessment.threshold })}</p>
      <Breakdown assessment={assessment} fold />
      <section aria-labelledby="findings-heading">
        <h3 id="findings-heading" className="mb-2 text-lg font-semibold text-slate-900">
          {t('wizard.result.findings')}
        </h3>
        <Findings findings={assessment.findings} />
      </section>
      {ruleset && (
        <p className="text-sm text-slate-600">
          {t('wizard.result.ruleset', { ruleset: t(`engine.ruleset.${ruleset.id}`), from: ruleset.effectiveFrom, verified: ruleset.lastVerified })}{' '}
          <span data-testid="sources-note">{sourcesNote(t, assessment.items.map((i) => i.reference))}</span>
        </p>
      )}
      {/* sibling features mount here */}
      <ResultActions />
      <RoadMount />
    </div>
  )
}
