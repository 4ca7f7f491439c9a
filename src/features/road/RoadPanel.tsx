// The road to 120, mounted under the wizard's result as a lazy chunk: when the person reaches
// 120 on their current path (and the assumptions behind it), every dated change, the ranked
// actions, what-if scenarios, documents and pitfalls, what 120 gives, and calendar reminders.
import { useMemo, useState, type ReactNode } from 'react'
import { withAction } from '../../engine/actions'
import { DEFAULT_YEARS, latestPaid, project, type Projection } from '../../engine/project'
import type { Profile } from '../../engine/schema'
import type { Assessment } from '../../engine/types'
import { registerMessages } from '../../i18n/catalog'
import { useT } from '../../i18n/i18n'
import * as messages from '../../i18n/messages/road'
import { useAssessment } from '../../state/draft-store'
import { ActionList } from './ActionList'
import { AssumptionsForm } from './AssumptionsForm'
import { CalendarDownload } from './CalendarDownload'
import { ChangeList } from './ChangeList'
import { Checklist } from './Checklist'
import { actionTitle, waitText } from '../../components/result/format'
import { ProjectionChart } from './ProjectionChart'
import { Scenarios } from './Scenarios'
import { useRanked } from '../../state/use-ranked'
import { What120 } from './What120'

registerMessages(messages)

/** The panel on the live draft (the wizard's result step mounts this). */
export default function RoadPanelConnected() {
  const { asOf, profile, assessment } = useAssessment()
  return <RoadPanel profile={profile} asOf={asOf} assessment={assessment} />
}

export function RoadPanel(props: { profile: Profile; asOf: string; assessment: Assessment }) {
  const t = useT()
  const { assessment } = props
  const { profile, asOf, assumptions, errors, leadErrors, ranked, stale } = useRanked(props)
  const projection = ranked.baseline
  const [comparing, setComparing] = useState<string | null>(null)
  const action = ranked.actions.find((a) => a.id === comparing) ?? null
  const overlay = useMemo(
    () => (action ? project(profile, asOf, withAction({ assumptions, until: projection.until }, action.apply)) : null),
    [action, profile, asOf, assumptions, projection.until],
  )
  const compare = (id: string | null) => {
    setComparing(id)
    // The chart is far above the list: bring it into view to show the change.
    if (id) document.getElementById('road-chart-title')?.scrollIntoView?.({ behavior: 'smooth', block: 'start' })
  }
  const keeping = projection.reach === projection.asOf && !projection.vetoed
  const latest = latestPaid(profile.socialInsurance ?? [])

  return (
    <section aria-labelledby="road-title" aria-busy={stale} className="space-y-8 border-t-2 border-accent-600 pt-6" data-testid="road-panel">
      <div>
        <h3 id="road-title" className="text-xl font-semibold text-slate-900">
          {t('road.title')}
        </h3>
        <p className="mt-1 text-slate-700">{t('road.intro', { years: DEFAULT_YEARS })}</p>
        <div aria-live="polite" className="mt-3 rounded-md border-l-4 border-accent-600 bg-accent-50 px-3 py-2 text-slate-900" data-testid="road-summary">
          <Summary projection={projection} />
        </div>
      </div>
      <Part id="road-assume" title={t('road.assume.title')}>
        <AssumptionsForm projection={projection} errors={errors} latestBase={latest?.base ?? null} ranked={ranked} leadErrors={leadErrors} />
      </Part>
      <Part id="road-chart" title={t('road.chart.title')}>
        <ProjectionChart projection={projection} overlay={overlay} overlayLabel={action ? actionTitle(t, action) : undefined} />
      </Part>
      <Part id="road-changes" title={t('road.changes.title')}>
        <ChangeList projection={projection} />
      </Part>
      <Part id="road-actions" title={t(keeping ? 'road.keep.title' : 'road.actions.title')}>
        {!keeping && <p className="mb-3 text-sm text-slate-700">{t('road.actions.intro')}</p>}
        <ActionList ranked={ranked} comparing={comparing} onCompare={compare} />
      </Part>
      <Part id="road-scenarios" title={t('road.scenarios.title')}>
        <Scenarios profile={profile} asOf={asOf} assessment={assessment} reach={projection.reach} assumptions={assumptions} />
      </Part>
      <Part id="road-docs" title={t('road.docs.title')}>
        <Checklist profile={profile} assessment={assessment} />
      </Part>
      <Part id="road-what" title={t('road.what.title')}>
        <What120 />
      </Part>
      <Part id="road-ics" title={t('road.ics.title')}>
        <CalendarDownload projection={projection} />
      </Part>
    </section>
  )
}

function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} className="mb-3 text-lg font-semibold text-slate-900">
        {title}
      </h4>
      {children}
    </section>
  )
}

function Summary({ projection: p }: { projection: Projection }) {
  const t = useT()
  if (p.vetoed) return <p>{t('road.summary.vetoed')}</p>
  const drop = p.dropsBelow && <p className="mt-1 font-medium text-red-800">{t('road.summary.dropsBelow', { date: p.dropsBelow })}</p>
  if (p.reach === p.asOf)
    return (
      <>
        <p className="font-semibold">{t('road.summary.already', { date: p.asOf })}</p>
        {drop}
      </>
    )
  if (p.reach)
    return (
      <>
        <p className="font-semibold">{t('road.summary.reach', { date: p.reach, wait: waitText(t, p.asOf, p.reach) })}</p>
        {drop}
      </>
    )
  const max = Math.max(...p.points.map((pt) => pt.total))
  return <p className="font-semibold">{t('road.summary.never', { years: DEFAULT_YEARS, until: p.until, max })}</p>
}
