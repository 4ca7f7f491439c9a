// The command line's output as bytes: text and ready-made UTF-8 (json-bytes.ts) go straight into
// one buffer after another, and full buffers are passed on one by one. No large string is ever
// built: a rope of assessments would be copied once to flatten and once more to encode.
import { Buffer } from 'node:buffer'

/** Where the program's output goes (UTF-8); a returned promise means "wait before writing more". */
export interface Sink {
  write(chunk: string | Uint8Array): void | Promise<void>
}

/** Output is encoded straight into buffers of this size and passed on when one is full. */
export const OUT_CHUNK = 1 << 18

export class OutputBuffer {
  /** Buffers of OUT_CHUNK bytes to use again (`recycle`). */
  private spare: ArrayBuffer[] = []
  private buffer: Buffer = Buffer.allocUnsafe(OUT_CHUNK)
  private used = 0
  /** Where the slot (or the value, from `begin`) being written starts: it is kept in one buffer, so that a value can be taken back. */
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

  /** Appends text known to be ASCII (digits, a number's String()). */
  ascii(text: string): void {
    const buffer = this.room(text.length)
    this.used += buffer.write(text, this.used, 'latin1')
  }

  /** Appends bytes (UTF-8 made earlier). */
  bytes(bytes: Uint8Array): void {
    const n = bytes.length
    this.room(n).set(bytes, this.used)
    this.used += n
  }

  /**
   * Appends a string as JSON (in quotes) if it is short and plain: printable ASCII without `"` or
   * `\`, which JSON.stringify writes as it is. Returns false, having written nothing, otherwise.
   */
  plainString(s: string): boolean {
    const n = s.length
    if (n > 64) return false
    const buffer = this.room(n + 2)
    let at = this.used
    buffer[at++] = 34
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i)
      if (c < 32 || c > 126 || c === 34 || c === 92) return false
      buffer[at++] = c
    }
    buffer[at++] = 34
    this.used = at
    return true
  }

  /** Appends a non-negative integer below 2^31 in decimal. */
  smallInt(n: number): void {
    const buffer = this.room(10)
    let end = this.used + 1
    for (let m = n; m >= 10; m = (m / 10) | 0) end++
    let at = end
    let m = n
    do {
      buffer[--at] = 48 + (m % 10)
      m = (m / 10) | 0
    } while (m)
    this.used = end
  }

  /**
   * Appends whole slots printed elsewhere (a batch from a scoring thread), copied into the buffers
   * in turn so that the pieces passed on stay OUT_CHUNK long. Only between slots.
   */
  slots(chunks: readonly Uint8Array[]): void {
    for (const bytes of chunks) {
      for (let at = 0; at < bytes.length; ) {
        if (this.used === this.buffer.length) {
          this.ready.push(this.buffer)
          this.buffer = this.allocate()
          this.used = 0
        }
        const n = Math.min(bytes.length - at, this.buffer.length - this.used)
        this.buffer.set(bytes.subarray(at, at + n), this.used)
        this.used += n
        at += n
      }
    }
    this.mark = this.used
  }

  /**
   * Takes everything written, as buffers of their own (each the whole of an ArrayBuffer's start,
   * none shared with another value), so that they can be moved to another thread. Only between slots.
   */
  take(): Uint8Array[] {
    if (this.used) {
      this.ready.push(this.buffer.subarray(0, this.used))
      this.buffer = this.allocate()
    }
    this.used = 0
    this.mark = 0
    const taken = this.ready
    this.ready = []
    return taken
  }

  /** Buffers taken (`take`) and done with, to be used again instead of new ones. */
  recycle(buffers: readonly ArrayBuffer[]): void {
    for (const b of buffers) if (b.byteLength === OUT_CHUNK) this.spare.push(b)
  }

  /** Appends one byte (an ASCII character). */
  byte(c: number): void {
    this.room(1)[this.used++] = c
  }

  /** Marks the start of a value that `undo` may take back. */
  begin(): void {
    this.mark = this.used
  }

  /** Takes back what was written since `begin`. */
  undo(): void {
    this.used = this.mark
  }

  /**
   * Ends a slot: full buffers are passed on; returns a promise when the sink is behind (then no
   * more should be written until it settles).
   */
  endSlot(): void | Promise<void> {
    this.mark = this.used
    if (this.ready.length) return this.passOn()
  }

  /**
   * Passes on everything written: full buffers as they are, a small remainder as a copy (the
   * buffer is kept). Returns a promise when the sink is behind.
   */
  flush(): void | Promise<void> {
    this.mark = this.used
    const behind = this.passOn()
    if (behind) return behind.then(() => this.flush())
    if (!this.used) return
    let bytes: Uint8Array
    if (this.used < OUT_CHUNK / 4) bytes = Buffer.from(this.buffer.subarray(0, this.used))
    else {
      bytes = this.buffer.subarray(0, this.used)
      this.buffer = this.allocate()
    }
    this.used = 0
    this.mark = 0
    return this.sink.write(bytes)
  }

  private allocate(): Buffer {
    const spare = this.spare.pop()
    return spare ? Buffer.from(spare) : Buffer.allocUnsafe(OUT_CHUNK)
  }

  /** Passes on the full buffers, without waiting while the sink keeps up (a file, a test). */
  private passOn(): void | Promise<void> {
    while (this.ready.length) {
      const behind = this.sink.write(this.ready.shift()!)
      if (behind) return behind.then(() => this.passOn())
    }
  }

  /**
   * The buffer, with room for n more bytes at `used`. When the current one is full, what it holds
   * before the mark is set aside to be passed on, and the slot being written moves to a new one.
   */
  private room(n: number): Buffer {
    if (this.used + n <= this.buffer.length) return this.buffer
    const partial = this.used - this.mark
    const next = 2 * (partial + n) <= OUT_CHUNK ? this.allocate() : Buffer.allocUnsafe(2 * (partial + n))
    this.buffer.copy(next, 0, this.mark, this.used)
    if (this.mark) this.ready.push(this.buffer.subarray(0, this.mark))
    this.buffer = next
    this.used = partial
    this.mark = 0
    return next
  }
}
