// Bytes of an uploaded text file → text, as spreadsheets write it: UTF-8 with or without a BOM,
// UTF-16 with a BOM (Excel's "Unicode text"), or GB18030/GBK (Excel's CSV on Chinese Windows).
// Pure: works on a Uint8Array, no File or DOM.

/** mixed: UTF-8 lines and GB18030 lines in one file (rows pasted from two sources), each line decoded as itself. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'mixed'

export type DecodeResult =
  /** gbLines: with encoding mixed, the 1-based physical lines decoded as GB18030. */
  | { ok: true; text: string; encoding: TextEncodingName; gbLines?: number[] }
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
    const utf8 = decode('utf-8', bytes)
    result = utf8 !== null ? { text: utf8, encoding: 'utf-8' } : decodeByLine(bytes)
  }
  // NUL characters do not occur in text files; they mean a binary file (or a wrong guess).
  if (!result || result.text.includes('\u0000')) return { ok: false, reason: 'binary' }
  return { ok: true, ...result }
}

const NON_ASCII = /[^\x00-\x7f]/

/**
 * Invalid UTF-8 is, in practice, a file saved by Excel in the Chinese Windows code page, or a
 * UTF-8 file with rows pasted in from one. Each line (LF never occurs inside a GB18030
 * character) is decoded as UTF-8 when it is valid UTF-8, else as GB18030; a file with both
 * kinds of non-ASCII line is `mixed`, and says which lines were GB18030.
 */
function decodeByLine(bytes: Uint8Array): { text: string; encoding: TextEncodingName; gbLines?: number[] } | null {
  const parts: string[] = []
  const gbLines: number[] = []
  let utf8Lines = 0
  for (let start = 0, line = 1; start <= bytes.length; line++) {
    let end = bytes.indexOf(0x0a, start)
    if (end < 0) end = bytes.length
    const chunk = bytes.subarray(start, end)
    let text = decode('utf-8', chunk)
    if (text === null) {
      text = decode('gb18030', chunk)
      if (text === null) return null
      gbLines.push(line)
    } else if (NON_ASCII.test(text)) utf8Lines++
    parts.push(text)
    start = end + 1
  }
  const text = parts.join('\n')
  return utf8Lines ? { text, encoding: 'mixed', gbLines } : { text, encoding: 'gb18030' }
}
