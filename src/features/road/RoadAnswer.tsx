// The answer at the top of the result, from the road: the date 120 is reached (or that it is
// reached already) and the one or two best next steps — the first ranked actions, or for someone
// at 120 the earliest risks to it. Shares its computation with the road panel below (use-ranked).
import type { Action } from '../../engine/actions'
import { bestSteps, STEPS_SHOWN } from '../../components/result/best-steps'
import { DEFAULT_YEARS } from '../../engine/project'
import type { Assessment } from '../../engine/types'
import { registerMessages } from '../../i18n/catalog'
import { useT } from '../../i18n/i18n'
import * as messages from '../../i18n/messages/road'
import { useAssessment } from '../../state/draft-store'
import { actionTitle, riskText, waitText } from '../../components/result/format'
import { useRanked } from '../../state/use-ranked'

registerMessages(messages)

export default function RoadAnswer() {
  const t = useT()
  const { assessment } = useAssessment()
  const { ranked } = useRanked()
  const p = ranked.baseline
  if (p.vetoed || assessment.status === 'vetoed') return null
  const provisional = assessment.status === 'incomplete'
  const steps = bestSteps(ranked.actions, p.reach)
  let date: string
  if (p.reach === p.asOf) date = t(provisional ? 'road.answer.alreadyProvisional' : 'road.answer.already')
  else if (p.reach) date = provisional ? t('road.answer.reachProvisional', { date: p.reach }) : t('road.answer.reach', { date: p.reach, wait: waitText(t, p.asOf, p.reach) })
  else date = t('road.answer.never', { years: DEFAULT_YEARS, max: Math.max(...p.points.map((x) => x.total)) })
  return (
    <div className="mt-2 space-y-2" data-testid="road-answer">
      <p className="font-semibold text-slate-900" data-testid="answer-date">
        {date}
      </p>
      <NextSteps
        assessment={assessment}
        steps={steps}
        baselineReach={p.reach}
        keeping={assessment.status === 'meets' ? ranked.keeping.slice(0, STEPS_SHOWN).map((r) => `${r.date} · ${riskText(t, r)}`) : []}
      />
      <a href="#road-title" className="btn-link inline-flex min-h-11 items-center text-sm">
        {t('road.answer.more')}
      </a>
    </div>
  )
}

function NextSteps({ assessment, steps, baselineReach, keeping }: { assessment: Assessment; steps: Action[]; baselineReach: string | null; keeping: string[] }) {
  const t = useT()
  if (assessment.status === 'incomplete') return <p className="text-sm text-slate-800">{t('road.answer.fill')}</p>
  const eligible = assessment.findings.find((f) => f.code === 'eligibilitySixMonths')?.params?.eligibleFrom
  const first = assessment.status === 'notEligible' && typeof eligible === 'string' ? t('road.answer.keepPaying', { date: eligible }) : null
  if (keeping.length)
    return (
      <div>
        <p className="text-sm font-medium text-slate-900">{t('road.answer.keep')}</p>
        <ul className="ml-5 list-disc text-sm text-slate-800" data-testid="answer-steps">
          {keeping.map((k) => (
            <li key={k}>{k}</li>
          ))}
        </ul>
      </div>
    )
  if (!steps.length && !first) return null
  return (
    <div>
      <p className="text-sm font-medium text-slate-900">{t('road.answer.next')}</p>
      <ol className="ml-5 list-decimal text-sm text-slate-800" data-testid="answer-steps">
        {first && <li className="font-medium">{first}</li>}
        {steps.map((a) => (
          <li key={a.id}>
            <span className="font-medium">{actionTitle(t, a)}</span>
            {' · '}
            {baselineReach ? t('road.answer.stepSooner', { date: a.reach!, wait: waitText(t, a.reach!, baselineReach) }) : t('road.answer.stepReach', { date: a.reach! })}
          </li>
        ))}
      </ol>
    </div>
  )
}
