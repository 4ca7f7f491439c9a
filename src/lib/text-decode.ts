// Bytes of an uploaded text file → text, as spreadsheets write it: UTF-8 with or without a BOM,
// UTF-16 with a BOM (Excel's "Unicode text"), or GB18030/GBK (Excel's CSV on Chinese Windows).
// Pure: works on a Uint8Array, no File or DOM.

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030'

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncodingName }
  /** spreadsheet: an .xlsx/.xls/.ods file (zip or OLE container), not text; binary: other non-text. */
  | { ok: false; reason: 'spreadsheet' | 'binary' }

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b)

function decode(encoding: TextEncodingName, bytes: Uint8Array): string | null {
  try {
    // ignoreBOM: false strips a matching BOM.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

export function decodeTextBytes(bytes: Uint8Array): DecodeResult {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return { ok: false, reason: 'spreadsheet' }
  let result: { text: string; encoding: TextEncodingName } | null = null
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be'
    const text = decode(encoding, bytes)
    if (text !== null) result = { text, encoding }
  } else {
    // Invalid UTF-8 is, in practice, a file saved by Excel in the Chinese Windows code page.
    const utf8 = decode('utf-8', bytes)
    const text = utf8 ?? decode('gb18030', bytes)
    if (text !== null) result = { text, encoding: utf8 !== null ? 'utf-8' : 'gb18030' }
  }
  // NUL characters do not occur in text files; they mean a binary file (or a wrong guess).
  if (!result || result.text.includes('\u0000')) return { ok: false, reason: 'binary' }
  return { ok: true, ...result }
}
