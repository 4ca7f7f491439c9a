// Calendar reminders as an .ics file made in the browser (Blob download, nothing uploaded).
import { useState } from 'react'
import type { Projection } from '../../engine/project'
import { useT } from '../../i18n/i18n'
import { downloadText } from '../../lib/download'
import { roadEvents } from './calendar'
import { buildIcs, icsStamp } from './ics'

export function CalendarDownload({ projection }: { projection: Projection }) {
  const t = useT()
  const [status, setStatus] = useState('')
  const { events, lines } = roadEvents(t, projection)
  if (!events.length) return <p className="text-sm text-slate-700">{t('road.ics.nothing')}</p>
  const download = () => {
    downloadText('sh-points-road-to-120.ics', buildIcs(events, icsStamp(new Date())), 'text/calendar;charset=utf-8')
    setStatus(t('road.ics.downloaded', { count: events.length }))
  }
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-700">{t('road.ics.intro')}</p>
      <ul className="ml-5 list-disc text-sm text-slate-800" data-testid="road-ics-events">
        {lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      <button type="button" className="btn-secondary" onClick={download}>
        {t('road.ics.download')}
      </button>
      <p role="status" className="text-sm text-slate-700">
        {status}
      </p>
    </div>
  )
}
