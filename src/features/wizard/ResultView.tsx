// The result step: the total against the threshold, the veto apart from points, every item with
// its rule and reference, the findings by severity, and answers that still need a fix.
import { rulesetById } from '../../engine/assess'
import { useT } from '../../i18n/i18n'
import { setStep, useAssessment } from '../../state/draft-store'
import { Breakdown, Findings } from './Breakdown'
import { errorText, fieldLabel, gapText } from './explain'
import { stepOfPath } from './steps'
import { ResultActions } from '../share/ResultActions'
import { RoadMount } from '../road/RoadMount'
import { registerMessages } from '../../i18n/catalog'
import * as engineDetail from '../../i18n/messages/engine-detail'

// Finding messages and rule sentences come with this chunk.
registerMessages(engineDetail)

export function ResultView() {
  const t = useT()
  const { asOf, assessment, errors, pending } = useAssessment()
  if (pending) return <p role="status" className="mt-6 text-slate-600">{t('view.loading')}</p>
  const ruleset = assessment.ruleset ? rulesetById(assessment.ruleset) : null
  return (
    <div className="mt-6 space-y-8">
      <p className="text-lg text-slate-900">
        {t('wizard.result.summary', { date: asOf, total: assessment.total, threshold: assessment.threshold })}{' '}
        <strong>{gapText(t, assessment.total, assessment.threshold)}</strong>
      </p>
      {assessment.vetoed && (
        <section aria-labelledby="veto-heading" className="rounded-md border border-red-300 bg-red-50 p-4">
          <h3 id="veto-heading" className="font-semibold text-red-900">
            {t('wizard.result.veto')}
          </h3>
          <p className="mt-1 text-sm text-red-900">{t('wizard.result.vetoText')}</p>
        </section>
      )}
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
      <Breakdown assessment={assessment} />
      <section aria-labelledby="findings-heading">
        <h3 id="findings-heading" className="mb-2 text-lg font-semibold text-slate-900">
          {t('wizard.result.findings')}
        </h3>
        <Findings findings={assessment.findings} />
      </section>
      {ruleset && (
        <p className="text-sm text-slate-600">
          {t('wizard.result.ruleset', { ruleset: t(`engine.ruleset.${ruleset.id}`), from: ruleset.effectiveFrom, verified: ruleset.lastVerified })}
        </p>
      )}
      {/* sibling features mount here */}
      <ResultActions />
      <RoadMount />
    </div>
  )
}
