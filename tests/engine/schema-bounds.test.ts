// Date bounds of the profile schema: asOf and since-dates up to the horizon (2100-12-31), a birth
// date giving an age of 0–120, no contribution month before the 16th birthday; open-ended
// contribution months (at or after the asOf month) stay valid and are ignored.
import { describe, expect, it } from 'vitest'
import { assess } from '../../src/engine/assess'
import { LIMITS, parseProfile, sanitizeDraft } from '../../src/engine/schema'

const TODAY = '2026-11-27'
const codes = (input: unknown) => {
  const r = parseProfile(input, TODAY)
  return r.success ? [] : r.errors.map((e) => [e.path, e.code])
}

describe('date bounds', () => {
  it('rejects asOf 9999-12-31 as too late, naming the horizon', () => {
    const r = parseProfile({ version: 1, asOf: '9999-12-31' }, TODAY)
    expect(r.success).toBe(false)
    if (!r.success) expect(r.errors).toEqual([{ path: 'asOf', code: 'dateTooLate', message: 'must be on or before 2100-12-31, got 9999-12-31' }])
  })

  it('accepts asOf on the horizon and rejects the day after', () => {
    expect(codes({ version: 1, asOf: LIMITS.latestDate })).toEqual([])
    expect(codes({ version: 1, asOf: '2101-01-01' })).toEqual([['asOf', 'dateTooLate']])
  })

  it('a draft with asOf 9999-12-31 is scored on today, with the error at asOf', () => {
    const { profile, errors } = sanitizeDraft({ version: 1, asOf: '9999-12-31', education: 'master' }, TODAY)
    expect(profile).toEqual({ version: 1, education: 'master' })
    expect(errors.map((e) => [e.path, e.code])).toEqual([['asOf', 'dateTooLate']])
  })

  it('rejects since-dates beyond the horizon (public service, key area, spouse)', () => {
    expect(
      codes({ version: 1, publicServiceSince: '9999-01-01', spouseHukouSince: '2101-01-01', keyArea: { kind: 'newTown', since: '5000-06-01' } }),
    ).toEqual([
      ['publicServiceSince', 'dateTooLate'],
      ['spouseHukouSince', 'dateTooLate'],
      ['keyArea.since', 'dateTooLate'],
    ])
  })

  it('rejects a birth date giving an age over 120 on asOf; 120 is accepted', () => {
    expect(codes({ version: 1, asOf: '2026-11-27', birthDate: '1905-11-28' })).toEqual([])
    expect(codes({ version: 1, asOf: '2026-11-27', birthDate: '1905-11-27' })).toEqual([['birthDate', 'ageOver120']])
    expect(codes({ version: 1, asOf: '2026-11-27', birthDate: '2026-11-27' })).toEqual([])
  })
})

describe('social insurance and the 16th birthday', () => {
  it('rejects 1900–9999 for someone born in 1990 (it scored 528): the month is before the 16th birthday', () => {
    const profile = { version: 1, asOf: '2026-11-27', birthDate: '1990-05-15', socialInsurance: [{ from: '1900-01', to: '9999-12', base: 10000 }] }
    const r = parseProfile(profile, TODAY)
    expect(r.success).toBe(false)
    if (!r.success) {
      expect(r.errors.map((e) => [e.path, e.code])).toEqual([['socialInsurance.0.from', 'beforeAge16']])
      expect(r.errors[0]!.message).toContain('2006-05')
    }
  })

  it('accepts the month of the 16th birthday and rejects the month before', () => {
    const at = (from: string) => codes({ version: 1, asOf: '2026-11-27', birthDate: '1990-05-15', socialInsurance: [{ from, to: '2026-10', base: 10000 }] })
    expect(at('2006-05')).toEqual([])
    expect(at('2006-04')).toEqual([['socialInsurance.0.from', 'beforeAge16']])
  })

  it('keeps months at or after the asOf month valid (至今 as 9999-12) and ignores them in the score', () => {
    const open = { version: 1 as const, asOf: '2026-11-27', birthDate: '1990-05-15', socialInsurance: [{ from: '2020-01', to: '9999-12', base: 10000 }] }
    const closed = { ...open, socialInsurance: [{ from: '2020-01', to: '2026-10', base: 10000 }] }
    const r = parseProfile(open, TODAY)
    expect(r.success).toBe(true)
    if (r.success) expect(assess(r.profile, open.asOf).total).toBe(assess(closed, closed.asOf).total)
  })
})
