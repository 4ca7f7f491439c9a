// The reminders worth a calendar entry, from a projection: the day 120 is reached, the next
// birthday that costs points, and a yearly renewal (rules §9). Pure; the UI adds the stamp.
import { anniversary } from '../../engine/dates'
import type { Projection } from '../../engine/project'
import { signedPoints, type Translate } from '../../components/result/explain'
import type { IcsEvent } from './ics'

const RENEWAL_NOTICE_DAYS = 30

/** The calendar events and, for the list shown before downloading, one line each. */
export function roadEvents(t: Translate, p: Projection): { events: IcsEvent[]; lines: string[] } {
  const events: IcsEvent[] = []
  const lines: string[] = []
  if (p.reach && p.reach > p.asOf) {
    const total = p.points.find((pt) => pt.date === p.reach)!.total
    events.push({ uid: `reach-${p.reach}@sh-points`, date: p.reach, summary: t('road.ics.reach'), description: t('road.ics.reachDesc', { asOf: p.asOf, total }) })
    lines.push(t('road.ics.item.reach', { date: p.reach }))
  }
  const birthday = p.changes.find((c) => c.item === 'age' && c.to < c.from)
  if (birthday) {
    const delta = signedPoints(birthday.to - birthday.from)
    events.push({
      uid: `birthday-${birthday.date}@sh-points`,
      date: birthday.date,
      summary: t('road.ics.birthday', { delta }),
      description: t('road.ics.birthdayDesc', { age: Number(birthday.inputs.age), from: birthday.from, to: birthday.to }),
      alarmDaysBefore: 30,
    })
    lines.push(t('road.ics.item.birthday', { date: birthday.date, delta }))
  }
  if (p.reach) {
    // The points notice lasts about a year: remind a month before the first anniversary, then yearly.
    const due = new Date(`${anniversary(p.reach, 1)}T00:00:00Z`)
    due.setUTCDate(due.getUTCDate() - RENEWAL_NOTICE_DAYS)
    const date = due.toISOString().slice(0, 10)
    events.push({ uid: `renewal-${date}@sh-points`, date, summary: t('road.ics.renewal'), description: t('road.ics.renewalDesc'), yearly: true, alarmDaysBefore: 7 })
    lines.push(t('road.ics.item.renewal', { date }))
  }
  return { events, lines }
}
