// The command line's output as bytes: text is encoded straight into one buffer after another,
// and full buffers are passed on one by one. No large string is ever built: a rope of
// assessments would be copied once to flatten and once more to encode.
import { Buffer } from 'node:buffer'

/** Where the program's output goes (UTF-8); a returned promise means "wait before writing more". */
export interface Sink {
  write(chunk: string | Uint8Array): void | Promise<void>
}

/** Output is encoded straight into buffers of this size and passed on when one is full. */
export const OUT_CHUNK = 1 << 18

export class OutputBuffer {
  private buffer = Buffer.allocUnsafe(OUT_CHUNK)
  private used = 0
  /** Where the slot being written starts: it is kept in one buffer. */
  private mark = 0
  /** Full buffers not passed on yet. */
  private ready: Uint8Array[] = []

  constructor(private readonly sink: Sink) {}

  /** Appends text (UTF-8). */
  text(text: string): void {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8; a long text is measured instead.
    const buffer = this.room(text.length <= 4096 ? text.length * 3 : Buffer.byteLength(text))
    this.used += buffer.write(text, this.used)
  }

  /** Appends one byte (an ASCII character). */
  byte(c: number): void {
    this.room(1)[this.used++] = c
  }

  /**
   * Ends a slot: full buffers are passed on; returns a promise when the sink is behind (then no
   * more should be written until it settles).
   */
  endSlot(): void | Promise<void> {
    this.mark = this.used
    if (this.ready.length) return this.passOn()
  }

  /** Passes on everything written: full buffers as they are, a small remainder as a copy (the buffer is kept). */
  async flush(): Promise<void> {
    this.mark = this.used
    await this.passOn()
    if (!this.used) return
    let bytes: Uint8Array
    if (this.used < OUT_CHUNK / 4) bytes = Buffer.from(this.buffer.subarray(0, this.used))
    else {
      bytes = this.buffer.subarray(0, this.used)
      this.buffer = Buffer.allocUnsafe(OUT_CHUNK)
    }
    this.used = 0
    this.mark = 0
    await this.sink.write(bytes)
  }

  private async passOn(): Promise<void> {
    while (this.ready.length) await this.sink.write(this.ready.shift()!)
  }

  /**
   * The buffer, with room for n more bytes at `used`. When the current one is full, what it holds
   * before the mark is set aside to be passed on, and the slot being written moves to a new one.
   */
  private room(n: number): Buffer {
    if (this.used + n <= this.buffer.length) return this.buffer
    const partial = this.used - this.mark
    const next = Buffer.allocUnsafe(Math.max(OUT_CHUNK, 2 * (partial + n)))
    this.buffer.copy(next, 0, this.mark, this.used)
    if (this.mark) this.ready.push(this.buffer.subarray(0, this.mark))
    this.buffer = next
    this.used = partial
    this.mark = 0
    return next
  }
}
