// The .ics writer against RFC 5545: CRLF line ends, 75-octet folding (never inside a UTF-8
// character), TEXT escaping, one VEVENT per reminder with UID and the DTSTAMP passed in.
import { describe, expect, it } from 'vitest'
import { buildIcs, escapeText, foldLine, icsStamp } from '../../../src/features/road/ics'

const octets = (s: string) => new TextEncoder().encode(s).length
const unfold = (ics: string) => ics.replace(/\r\n /g, '')

describe('ics (RFC 5545)', () => {
  const ics = buildIcs(
    [
      { uid: 'reach-2029-06-01@sh-points', date: '2029-06-01', summary: '预计达到居住证积分 120 分', description: '第一行\n第二行; a, b \\ c' },
      { uid: 'renewal-2030-05-02@sh-points', date: '2030-12-31', summary: 'Renewal', description: 'x'.repeat(200), yearly: true, alarmDaysBefore: 7 },
    ],
    '20261128T093000Z',
  )

  it('ends every line with CRLF and has no bare LF', () => {
    expect(ics.endsWith('\r\n')).toBe(true)
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  it('wraps the events in one VCALENDAR with VERSION and PRODID', () => {
    const lines = unfold(ics).split('\r\n')
    expect(lines[0]).toBe('BEGIN:VCALENDAR')
    expect(lines).toContain('VERSION:2.0')
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true)
    expect(lines.at(-2)).toBe('END:VCALENDAR')
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2)
  })

  it('gives each event its UID, the DTSTAMP passed in, and an all-day date ending the next day (across a year end)', () => {
    const text = unfold(ics)
    expect(text).toContain('UID:reach-2029-06-01@sh-points\r\nDTSTAMP:20261128T093000Z\r\nDTSTART;VALUE=DATE:20290601\r\nDTEND;VALUE=DATE:20290602')
    expect(text).toContain('DTSTART;VALUE=DATE:20301231\r\nDTEND;VALUE=DATE:20310101')
    expect(text).toContain('RRULE:FREQ=YEARLY')
    expect(text).toContain('BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Renewal\r\nTRIGGER:-P7D\r\nEND:VALARM')
  })

  it('escapes backslash, semicolon, comma and newline in text', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne')
    expect(unfold(ics)).toContain('DESCRIPTION:第一行\\n第二行\\; a\\, b \\\\ c')
  })

  it('folds lines at 75 octets, continuation lines starting with a space, without splitting a character', () => {
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75)
    const long = 'SUMMARY:' + '积分'.repeat(40)
    const folded = foldLine(long)
    expect(folded.split('\r\n').length).toBeGreaterThan(1)
    expect(folded.replace(/\r\n /g, '')).toBe(long)
    for (const part of folded.split('\r\n')) expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(part))).toBe(part)
  })

  it('formats DTSTAMP as UTC basic time', () => {
    expect(icsStamp(new Date('2026-11-28T09:30:15.123Z'))).toBe('20261128T093015Z')
  })
})
