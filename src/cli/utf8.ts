// Bytes → text for the command line, chunk by chunk: strict UTF-8 (JSON's encoding), so a byte
// that is not UTF-8 stops the run with its position instead of becoming U+FFFD unseen.
import { Buffer, isUtf8 } from 'node:buffer'
import { InputError } from './input-error'

const EMPTY = new Uint8Array(0)

/** Where a trailing, not yet complete, multi-byte character starts (bytes.length if none). */
function completeEnd(bytes: Uint8Array): number {
  const n = bytes.length
  for (let k = 1; k <= Math.min(3, n); k++) {
    const b = bytes[n - k]!
    if ((b & 0xc0) === 0x80) continue // continuation byte: look further back for the lead
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1
    return need > k ? n - k : n
  }
  return n
}

/** Index of the first byte of the first invalid sequence in bytes[0, end), or -1. */
function invalidAt(bytes: Uint8Array, end: number): number {
  for (let i = 0; i < end; ) {
    const b = bytes[i]!
    if (b < 0x80) {
      i++
      continue
    }
    const more = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0
    if (!more) return i
    // The second byte's range excludes overlong forms, surrogates and code points above U+10FFFF.
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf
    const second = bytes[i + 1]
    if (i + 1 >= end || second! < lo || second! > hi) return i
    for (let k = 2; k <= more; k++) if (i + k >= end || (bytes[i + k]! & 0xc0) !== 0x80) return i
    i += more + 1
  }
  return -1
}

function countNewlines(bytes: Uint8Array, end: number): number {
  let count = 0
  for (let i = bytes.indexOf(10); i !== -1 && i < end; i = bytes.indexOf(10, i + 1)) count++
  return count
}

export class Utf8Decoder {
  /** The start of a character cut by the end of the previous chunk. */
  private carry: Uint8Array = EMPTY
  private bytesBefore = 0
  private linesBefore = 0
  private atStart = true
  /** Bytes found invalid after a valid start of a chunk: thrown at the next call, once that start is used. */
  private failure: InputError | undefined

  /** `name` is how messages call the input ("standard input", the file name). */
  constructor(private readonly name: string) {}

  decode(chunk: Uint8Array): string {
    if (this.failure) throw this.failure
    const bytes = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk
    let end = completeEnd(bytes)
    if (!isUtf8(bytes.subarray(0, end))) {
      const at = invalidAt(bytes, end)
      this.failure = this.error(bytes, at)
      end = at
    }
    this.linesBefore += countNewlines(bytes, end)
    this.bytesBefore += end
    this.carry = new Uint8Array(bytes.subarray(end)) // a copy: the reader may reuse its buffer
    let text = Buffer.from(bytes.buffer, bytes.byteOffset, end).toString('utf8')
    if (this.atStart && text) {
      this.atStart = false
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1) // a byte-order mark
    }
    return text
  }

  /** The input has ended: it must not end inside a character. */
  end(): void {
    if (this.failure) throw this.failure
    if (this.carry.length) throw this.error(this.carry, 0, 'the input ends inside a multi-byte character (is the file cut short?)')
  }

  private error(bytes: Uint8Array, at: number, why?: string): InputError {
    const byte = bytes[at]!
    const offset = this.bytesBefore + at
    const line = this.linesBefore + countNewlines(bytes, at) + 1
    const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`
    const utf16 = this.bytesBefore === 0 && at === 0 && (byte === 0xff || byte === 0xfe) && (bytes[1] === 0xfe || bytes[1] === 0xff)
    const what = utf16
      ? 'it is UTF-16 text (it starts with a UTF-16 byte-order mark)'
      : (why ?? `byte ${hex} at line ${line} (byte offset ${offset}) is not valid UTF-8`)
    return new InputError(
      `${this.name} is not UTF-8 text: ${what}; scoring stopped there. Save the file as UTF-8` +
        (utf16 ? '' : ` (one saved as GBK/GB18030 converts with: iconv -f GB18030 -t UTF-8)`),
    )
  }
}
