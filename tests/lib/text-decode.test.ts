import { describe, expect, it } from 'vitest'
import { decodeTextBytes } from '../../src/lib/text-decode'

const bytes = (...b: number[]) => new Uint8Array(b)
const utf8 = (s: string) => new TextEncoder().encode(s)
// "张三,本科" in GBK/GB18030, as Excel on Chinese Windows saves CSV: 张 d5c5, 三 c8fd, 本 b1be, 科 bfc6.
const GBK = bytes(0xd5, 0xc5, 0xc8, 0xfd, 0x2c, 0xb1, 0xbe, 0xbf, 0xc6)

describe('uploaded text is decoded as spreadsheets write it', () => {
  it('UTF-8 without a BOM', () => {
    expect(decodeTextBytes(utf8('张三,本科'))).toEqual({ ok: true, text: '张三,本科', encoding: 'utf-8' })
  })

  it('UTF-8 with a BOM (Excel "CSV UTF-8"): the BOM is dropped', () => {
    expect(decodeTextBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('张三')]))).toEqual({ ok: true, text: '张三', encoding: 'utf-8' })
  })

  it('invalid UTF-8 is read as GB18030 (Excel "CSV" on Chinese Windows)', () => {
    expect(decodeTextBytes(GBK)).toEqual({ ok: true, text: '张三,本科', encoding: 'gb18030' })
  })

  it('UTF-16 LE with a BOM (Excel "Unicode text")', () => {
    const le = bytes(0xff, 0xfe, 0x20, 0x5f, 0x09, 0x00) // 张 = U+5F20, then a tab
    expect(decodeTextBytes(le)).toEqual({ ok: true, text: '张\t', encoding: 'utf-16le' })
  })

  it('an .xlsx (zip) or .xls (OLE) file is recognised as a spreadsheet, not read as text', () => {
    expect(decodeTextBytes(bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00))).toEqual({ ok: false, reason: 'spreadsheet' })
    expect(decodeTextBytes(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1))).toEqual({ ok: false, reason: 'spreadsheet' })
  })

  it('binary data (NUL bytes, or bytes valid in no supported encoding) is refused', () => {
    expect(decodeTextBytes(bytes(0x41, 0x00, 0x42))).toEqual({ ok: false, reason: 'binary' })
    expect(decodeTextBytes(bytes(0x81))).toEqual({ ok: false, reason: 'binary' })
  })
})
