// A minimal iCalendar (RFC 5545) writer for all-day reminders. Pure: the stamp and the UIDs are
// arguments, so the same input always gives the same file.

export interface IcsEvent {
  uid: string
  /** All-day event on this date (YYYY-MM-DD). */
  date: string
  summary: string
  description: string
  /** Repeat every year (RRULE:FREQ=YEARLY). */
  yearly?: boolean
  /** A display alarm this many days before. */
  alarmDaysBefore?: number
}

/** TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, and newlines as \n. */
export function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n')
}

const encoder = new TextEncoder()

/**
 * Fold a content line at 75 octets (RFC 5545 §3.1): continuation lines start with one space.
 * Splits between characters, never inside a UTF-8 sequence or a surrogate pair.
 */
export function foldLine(line: string): string {
  const out: string[] = []
  let current = ''
  let octets = 0
  for (const ch of line) {
    const size = encoder.encode(ch).length
    const limit = out.length ? 74 : 75 // a continuation line's leading space counts
    if (octets + size > limit) {
      out.push(current)
      current = ''
      octets = 0
    }
    current += ch
    octets += size
  }
  out.push(current)
  return out.join('\r\n ')
}

const basic = (date: string) => date.replace(/-/g, '')

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}

/** A UTC timestamp as DTSTAMP wants it: 20261127T093000Z. */
export const icsStamp = (d: Date): string => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')

export function buildIcs(events: readonly IcsEvent[], dtstamp: string, prodId = '-//sh-points//Road to 120//ZH'): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${prodId}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH']
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${basic(e.date)}`,
      `DTEND;VALUE=DATE:${basic(nextDay(e.date))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      'TRANSP:TRANSPARENT',
    )
    if (e.yearly) lines.push('RRULE:FREQ=YEARLY')
    if (e.alarmDaysBefore !== undefined)
      lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(e.summary)}`, `TRIGGER:-P${e.alarmDaysBefore}D`, 'END:VALARM')
    lines.push('END:VEVENT')
  }
  lines.push('END:VCALENDAR')
  return lines.map(foldLine).join('\r\n') + '\r\n'
}
