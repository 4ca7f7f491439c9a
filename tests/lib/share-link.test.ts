import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { encodeBase64Url } from '../../src/lib/base64url'
import { encodeShareFragment, MAX_SHARE_FRAGMENT, readShareFragment, shareUrl } from '../../src/lib/share-link'
import type { Profile } from '../../src/engine/schema'
import { profileArb } from '../engine/arbitraries'
import { TODAY, validProfile } from '../fixtures/profile-arbitrary'

const link = (p: Profile) => {
  const r = encodeShareFragment(p)
  if (!r.ok) throw new Error('too large')
  return `#${r.fragment}`
}

describe('share link: profile → #p=base64url(JSON) → profile', () => {
  it('is the identity for every valid profile (ours, and the engine tests’ rule-biased ones)', () => {
    fc.assert(
      fc.property(fc.oneof(validProfile, profileArb), (p) => {
        expect(readShareFragment(link(p), TODAY)).toEqual({ kind: 'profile', profile: p })
      }),
    )
  })

  it('holds the UTF-8 JSON of the profile, base64url-encoded, after #p=', () => {
    const p: Profile = { version: 1, birthDate: '1990-05-01', education: 'master' }
    expect(link(p)).toBe(`#p=${encodeBase64Url(JSON.stringify(p))}`)
  })

  it('replaces an existing fragment and keeps the query string', () => {
    expect(shareUrl('https://x.test/app/?lang=en#main', 'p=abc')).toBe('https://x.test/app/?lang=en#p=abc')
    expect(shareUrl('https://x.test/app/', 'p=abc')).toBe('https://x.test/app/#p=abc')
  })
})

describe('share link: fragments that are not share links change nothing', () => {
  it.each(['', '#', '#main', '#P=abc', '#q=abc'])('%j is not a share link', (hash) => {
    expect(readShareFragment(hash, TODAY)).toEqual({ kind: 'none' })
  })
})

describe('share link: hostile or damaged fragments give a specific error, never a profile', () => {
  it(`refuses a fragment over ${MAX_SHARE_FRAGMENT} characters before decoding it`, () => {
    const huge = `#p=${'A'.repeat(5_000_000)}`
    expect(readShareFragment(huge, TODAY)).toMatchObject({ kind: 'error', reason: 'tooLarge' })
  })

  it('refuses to write a link for a profile too large for one (600 one-month periods)', () => {
    const socialInsurance = Array.from({ length: 600 }, (_, i) => ({ from: `${1990 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, to: `${1990 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, base: 12345.67 }))
    expect(encodeShareFragment({ version: 1, socialInsurance })).toMatchObject({ ok: false, reason: 'tooLarge' })
  })

  it.each([
    ['not base64url', '#p=%%%'],
    ['truncated in the middle of a character', `#p=${encodeBase64Url('{"version":1,"education":"上').slice(0, -1)}`],
  ])('%s → malformed', (_, hash) => {
    expect(readShareFragment(hash, TODAY)).toMatchObject({ kind: 'error', reason: 'malformed' })
  })

  it('valid base64url that is not JSON → notJson', () => {
    expect(readShareFragment(`#p=${encodeBase64Url('<script>alert(1)</script>')}`, TODAY)).toMatchObject({ kind: 'error', reason: 'notJson' })
  })

  it('JSON that is not a valid profile → invalid, with the field errors', () => {
    const hash = `#p=${encodeBase64Url(JSON.stringify({ version: 1, education: 'phd', birthDate: '2030-01-01' }))}`
    const r = readShareFragment(hash, TODAY)
    expect(r).toMatchObject({ kind: 'error', reason: 'invalid' })
    expect(r.kind === 'error' && r.errors.map((e) => [e.path, e.code])).toEqual([
      ['education', 'invalidValue'],
      ['birthDate', 'birthDateAfterAsOf'],
    ])
  })

  it('a profile of another format version is invalid', () => {
    const r = readShareFragment(`#p=${encodeBase64Url(JSON.stringify({ version: 2 }))}`, TODAY)
    expect(r).toMatchObject({ kind: 'error', reason: 'invalid' })
  })
})
