// The road to 120 in a few printable lines (the print report): the date 120 is reached and the
// best next steps, or for someone at 120 the earliest risks to it. Same words as the answer at the
// top of the result.
import type { RankedActions } from '../../engine/actions'
import { DEFAULT_YEARS } from '../../engine/project'
import type { Assessment } from '../../engine/types'
import type { Translate } from '../result/explain'
import type { RoadDigest } from './PrintReport'
import { actionTitle, riskText, waitText } from '../result/format'
import { bestSteps } from '../result/best-steps'

export function roadDigest(t: Translate, ranked: RankedActions, assessment: Assessment): RoadDigest | undefined {
  const p = ranked.baseline
  if (p.vetoed || assessment.status === 'vetoed' || assessment.ruleset === null) return undefined
  const provisional = assessment.status === 'incomplete'
  let date: string
  if (p.reach === p.asOf) date = t(provisional ? 'road.answer.alreadyProvisional' : 'road.answer.already')
  else if (p.reach) date = provisional ? t('road.answer.reachProvisional', { date: p.reach }) : t('road.answer.reach', { date: p.reach, wait: waitText(t, p.asOf, p.reach) })
  else date = t('road.answer.never', { years: DEFAULT_YEARS, max: Math.max(...p.points.map((x) => x.total)) })
  if (provisional) return { date, heading: 'next', steps: [t('road.answer.fill')] }
  if (assessment.status === 'meets') return { date, heading: 'keep', steps: ranked.keeping.slice(0, 3).map((r) => `${r.date} · ${riskText(t, r)}`) }
  const steps: string[] = []
  const eligible = assessment.findings.find((f) => f.code === 'eligibilitySixMonths')?.params?.eligibleFrom
  if (assessment.status === 'notEligible' && typeof eligible === 'string') steps.push(t('road.answer.keepPaying', { date: eligible }))
  for (const a of bestSteps(ranked.actions, p.reach))
    steps.push(
      `${actionTitle(t, a)} · ${p.reach ? t('road.answer.stepSooner', { date: a.reach!, wait: waitText(t, a.reach!, p.reach) }) : t('road.answer.stepReach', { date: a.reach! })}`,
    )
  return { date, heading: 'next', steps }
}
