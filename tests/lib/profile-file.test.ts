import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { profileFileName, profileToJson, readProfileJson } from '../../src/lib/profile-file'
import { profileArb } from '../engine/arbitraries'
import { TODAY, validProfile } from '../fixtures/profile-arbitrary'

describe('profile JSON file: profile → file → profile', () => {
  it('is the identity for every valid profile (ours, and the engine tests’ rule-biased ones)', () => {
    fc.assert(
      fc.property(fc.oneof(validProfile, profileArb), (p) => {
        expect(readProfileJson(profileToJson(p), TODAY)).toEqual({ ok: true, profile: p })
      }),
    )
  })

  it('names the file after the assessment date', () => {
    expect(profileFileName('2026-11-27')).toBe('sh-points-profile-2026-11-27.json')
  })
})

describe('profile JSON file: bad files are refused with the reason', () => {
  it('text that is not JSON → notJson', () => {
    expect(readProfileJson('birthDate,education\n1990-01-01,master', TODAY)).toEqual({ ok: false, reason: 'notJson', errors: [] })
  })

  it('a JSON array (a batch file) → array, pointing to the batch page', () => {
    expect(readProfileJson('[{"version":1}]', TODAY)).toEqual({ ok: false, reason: 'array', errors: [] })
  })

  it('an invalid profile → every field error with its path', () => {
    const r = readProfileJson(JSON.stringify({ version: 1, socialInsurance: [{ from: '2020-05', to: '2020-01', base: -1 }], nickname: 'x' }), TODAY)
    expect(r.ok).toBe(false)
    expect(!r.ok && r.errors.map((e) => [e.path, e.code])).toEqual(
      expect.arrayContaining([
        ['nickname', 'unknownKey'],
        ['socialInsurance.0.base', 'negative'],
        ['socialInsurance.0.to', 'endBeforeStart'],
      ]),
    )
  })
})
