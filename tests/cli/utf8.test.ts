// Strict UTF-8 decoding of the command line's input, chunk by chunk.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Utf8Decoder } from '../../src/cli/utf8'

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))))

function decodeAll(chunks: Uint8Array[]): string {
  const decoder = new Utf8Decoder('in.json')
  const text = chunks.map((c) => decoder.decode(c)).join('')
  decoder.end()
  return text
}

function errorOf(chunks: Uint8Array[]): string {
  try {
    decodeAll(chunks)
  } catch (e) {
    return (e as Error).message
  }
  return 'no error'
}

describe('Utf8Decoder', () => {
  it('decodes characters cut between chunks, wherever the cut falls', () => {
    const text = '积分 a€😀 上海市居住证\n'
    const all = Buffer.from(text)
    fc.assert(
      fc.property(fc.array(fc.nat(all.length), { maxLength: 8 }), (at) => {
        const points = [...new Set(at)].sort((a, b) => a - b)
        const chunks = [0, ...points].map((p, i) => all.subarray(p, points[i] ?? all.length))
        expect(decodeAll(chunks)).toBe(text)
      }),
    )
  })

  it('drops a UTF-8 byte-order mark at the start only, even when it comes one byte at a time', () => {
    expect(decodeAll([bytes([0xef]), bytes([0xbb]), bytes([0xbf], '{}\uFEFF')])).toBe('{}\uFEFF')
  })

  it('refuses a byte that is not UTF-8 with its value, line and offset', () => {
    expect(errorOf([bytes('[1,\n2,\n'), bytes('"', [0xd6, 0xd0], '"]')])).toBe(
      'in.json is not UTF-8 text: byte 0xD6 at line 3 (byte offset 8) is not valid UTF-8; scoring stopped there. ' +
        'Save the file as UTF-8 (one saved as GBK/GB18030 converts with: iconv -f GB18030 -t UTF-8)',
    )
  })

  it('returns the valid text before a bad byte first, and fails at the next call', () => {
    const decoder = new Utf8Decoder('in.json')
    expect(decoder.decode(bytes('[1,2,', [0xff], '3]'))).toBe('[1,2,')
    expect(() => decoder.end()).toThrow(/byte 0xFF at line 1 \(byte offset 5\)/)
  })

  it.each([
    ['an overlong encoding', [0xc0, 0x80]],
    ['a surrogate', [0xed, 0xa0, 0x80]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a lone continuation byte', [0x80]],
  ])('refuses %s', (_, invalid) => {
    expect(errorOf([bytes('"', invalid, '"')])).toMatch(/is not valid UTF-8/)
  })

  it('refuses input that ends inside a character', () => {
    expect(errorOf([bytes('"a', [0xe4, 0xb8])])).toMatch(/the input ends inside a multi-byte character \(is the file cut short\?\)/)
  })

  it('names UTF-16 as such', () => {
    expect(errorOf([bytes([0xff, 0xfe], Buffer.from('{}', 'utf16le').toString('latin1'))])).toMatch(/^in\.json is not UTF-8 text: it is UTF-16 text/)
  })
})
