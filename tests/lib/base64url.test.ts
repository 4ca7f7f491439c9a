import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { decodeBase64Url, encodeBase64Url } from '../../src/lib/base64url'

describe('base64url over UTF-8', () => {
  it('round-trips any Unicode text, including astral characters and long strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => decodeBase64Url(encodeBase64Url(text)) === text))
  })

  it('uses only the URL-safe alphabet, without padding', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => /^[A-Za-z0-9_-]*$/.test(encodeBase64Url(text))))
  })

  it('encodes Chinese as UTF-8 bytes (上海 = e4 b8 8a e6 b5 b7)', () => {
    expect(encodeBase64Url('上海')).toBe('5LiK5rW3')
  })

  it('encodes inputs larger than one chunk without overflowing the stack', () => {
    const text = 'a'.repeat(200_000)
    expect(decodeBase64Url(encodeBase64Url(text))).toBe(text)
  })

  it.each([
    ['characters outside the alphabet', 'abc+/'],
    ['padding', 'YQ=='],
    ['an impossible length', 'abcde'],
    ['bytes that are not UTF-8 (0xff)', '_w'],
  ])('rejects %s', (_, input) => {
    expect(decodeBase64Url(input)).toBeNull()
  })
})
