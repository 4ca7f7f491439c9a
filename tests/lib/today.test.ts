import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { freezeToday, todayInShanghai } from '../../src/lib/today'

const viaIntl = (at: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at)

afterEach(() => freezeToday())

describe('today in Shanghai (UTC+8, no daylight saving since 1991)', () => {
  it('changes date at midnight Shanghai time, which is 16:00 UTC the day before', () => {
    expect(todayInShanghai(new Date('2026-06-30T15:59:59.999Z'))).toBe('2026-06-30')
    expect(todayInShanghai(new Date('2026-06-30T16:00:00.000Z'))).toBe('2026-07-01')
    expect(todayInShanghai(new Date('2026-12-31T16:00:00.000Z'))).toBe('2027-01-01')
    expect(todayInShanghai(new Date('2028-02-28T16:00:00.000Z'))).toBe('2028-02-29')
  })

  it('agrees with the time-zone database for any instant from 1992 to 2100', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1992-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }), (at) => {
        expect(todayInShanghai(at)).toBe(viaIntl(at))
      }),
      { numRuns: 2000 },
    )
  })

  it('answers the frozen date while frozen, and the clock again once unfrozen', () => {
    freezeToday('2026-01-05')
    expect(todayInShanghai()).toBe('2026-01-05')
    expect(todayInShanghai(new Date('2026-06-30T16:00:00Z'))).toBe('2026-07-01')
    freezeToday()
    const before = viaIntl(new Date())
    const today = todayInShanghai()
    expect([before, viaIntl(new Date())]).toContain(today)
  })
})
