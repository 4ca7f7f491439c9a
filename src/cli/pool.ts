// Scoring threads for large inputs (docs/cli.md, "Threads"). The main thread reads and splits the
// input and hands batches of profiles' texts on; a thread parses, validates, assesses and prints
// its batch into buffers of its own (scorer.ts), which come back moved, not copied, in any order,
// and are delivered strictly in input order. While every thread is busy, or still starting, the
// main thread scores a batch itself. At most `maxQueued` batches are out at once and the reader
// waits for room, so input is not read far ahead of the output.
import type { Element } from './json-split'
import type { BatchResult } from './scorer'

/** Main thread → scoring thread: a batch of profiles. */
export interface BatchMessage {
  id: number
  elements: Element[]
  /** Buffers of earlier answers, copied out and given back to be used again. */
  spare: ArrayBuffer[]
}

/** Scoring thread → main thread: ready once its modules are loaded, then one answer per batch. */
export type ThreadMessage = { ready: true } | { id: number; result: BatchResult }

/** What the pool needs of a thread: a worker thread running worker.ts, or a fake in tests. */
export interface ScoringThread {
  postMessage(message: BatchMessage, transfer: ArrayBuffer[]): void
  on(event: 'message', listener: (message: ThreadMessage) => void): unknown
  on(event: 'error', listener: (error: Error) => void): unknown
  on(event: 'exit', listener: (code: number) => void): unknown
  terminate(): unknown
}

export interface PoolOptions {
  /** Scoring threads to start (besides the main thread). */
  threads: number
  start: () => ScoringThread
  /** Scores a batch on the main thread, when no thread has room for it. */
  inline: (elements: Element[]) => BatchResult
  /** Takes back the buffers of a result of `inline`, once delivered. */
  recycle: (buffers: ArrayBuffer[]) => void
  /**
   * Takes each batch's result, in input order (copies it to the output): a returned promise is
   * waited for before the next; a throw stops the pool, and `add` or `finish` throws it.
   */
  deliver: (result: BatchResult) => void | Promise<void>
  /** Called when the results delivered so far are all there is for now (the output may be flushed). */
  idle: () => void | Promise<void>
  /** Batches sent to one thread and not answered yet, at most. */
  perThread: number
  /** Batches out at once (sent, or scored, and not delivered yet), at most. */
  maxQueued: number
  /** Profiles in a thread's first batch (a thread is slow until warm): each answer doubles it, up to `batch`. */
  firstBatch: number
  batch: number
  /** Profiles in a batch scored on the main thread (small: the threads are not heard from meanwhile). */
  inlineBatch: number
}

interface Thread {
  port: ScoringThread
  ready: boolean
  /** Batches sent and not answered. */
  busy: number
  /** Profiles in its next batch. */
  size: number
  /** Buffers to give back with its next batch. */
  spare: ArrayBuffer[]
}

interface Entry {
  id: number
  /** Where it is scored (none: here). */
  thread?: Thread
  result?: BatchResult
}

export class ScoringPool {
  private readonly threads: Thread[] = []
  /** Batches out, in input order. */
  private readonly queue: Entry[] = []
  private readonly sent = new Map<number, Entry>()
  private nextId = 0
  private pumping = false
  /** Results delivered since `idle` was last called. */
  private fresh = false
  private failure: { error: unknown } | undefined
  private closed = false
  private waiting: (() => void)[] = []

  constructor(private readonly options: PoolOptions) {
    for (let i = 0; i < options.threads; i++) {
      const thread: Thread = { port: options.start(), ready: false, busy: 0, size: options.firstBatch, spare: [] }
      thread.port.on('message', (message) => this.receive(thread, message))
      thread.port.on('error', (error) => this.fail(error))
      thread.port.on('exit', (code) => this.fail(new Error(`a scoring thread stopped (exit code ${code})`)))
      this.threads.push(thread)
    }
  }

  /** How many profiles the next batch should hold: as many as the thread it would go to takes, or `inlineBatch`. */
  get batchSize(): number {
    return this.free()?.size ?? this.options.inlineBatch
  }

  /** No batch is out: all that was added has been delivered. */
  get drained(): boolean {
    return !this.queue.length && !this.pumping
  }

  /**
   * Hands a batch on, once fewer than `maxQueued` are out: to the least busy ready thread with
   * room, else scored here. Throws what stopped the pool: an InputError in a batch, an output
   * error, a thread that failed.
   */
  async add(elements: Element[]): Promise<void> {
    for (;;) {
      this.check()
      if (this.queue.length < this.options.maxQueued) break
      await this.change()
    }
    const thread = this.free()
    if (!thread) {
      this.queue.push({ id: this.nextId++, result: this.options.inline(elements) })
      void this.pump()
      return
    }
    const entry: Entry = { id: this.nextId++, thread }
    this.queue.push(entry)
    this.sent.set(entry.id, entry)
    thread.busy++
    const spare = thread.spare
    thread.spare = []
    thread.port.postMessage({ id: entry.id, elements, spare }, spare)
  }

  /** Waits until every batch added has been delivered (and `idle` called); throws what stopped the pool. */
  async finish(): Promise<void> {
    for (;;) {
      this.check()
      if (this.drained) return
      await this.change()
    }
  }

  /** Stops the threads (at the end of the run, whatever its outcome). */
  close(): void {
    if (this.closed) return
    this.closed = true
    for (const t of this.threads) void t.port.terminate()
    this.wake()
  }

  /** The least busy ready thread with room for a batch. */
  private free(): Thread | undefined {
    let thread: Thread | undefined
    for (const t of this.threads) if (t.ready && t.busy < this.options.perThread && (!thread || t.busy < thread.busy)) thread = t
    return thread
  }

  private receive(thread: Thread, message: ThreadMessage): void {
    if (this.closed || this.failure) return
    if ('ready' in message) {
      thread.ready = true
      this.wake()
      return
    }
    const entry = this.sent.get(message.id)
    if (!entry || entry.thread !== thread) return this.fail(new Error(`a scoring thread answered batch ${message.id}, which it was not given`))
    this.sent.delete(message.id)
    thread.busy--
    thread.size = Math.min(thread.size * 2, this.options.batch)
    entry.result = message.result
    void this.pump()
  }

  /** Delivers the results at the head of the queue, one at a time, waiting when the output is behind. */
  private async pump(): Promise<void> {
    if (this.pumping || this.failure) return
    this.pumping = true
    try {
      for (;;) {
        const head = this.queue[0]
        if (head?.result) {
          this.queue.shift()
          this.fresh = true
          this.wake()
          const behind = this.options.deliver(head.result)
          const buffers = head.result.chunks.map((chunk) => chunk.buffer as ArrayBuffer)
          if (head.thread) head.thread.spare.push(...buffers)
          else this.options.recycle(buffers)
          if (behind) await behind
        } else if (this.fresh) {
          this.fresh = false
          const behind = this.options.idle()
          if (behind) await behind
        } else break
        if (this.failure) break
      }
    } catch (e) {
      this.fail(e)
    } finally {
      this.pumping = false
      this.wake()
    }
  }

  private fail(error: unknown): void {
    if (this.closed || this.failure) return
    this.failure = { error }
    this.queue.length = 0
    this.sent.clear()
    this.wake()
  }

  private check(): void {
    if (this.failure) throw this.failure.error
    if (this.closed) throw new Error('the scoring threads are closed')
  }

  /** Resolves at the next change: a thread ready, a result in, a batch delivered, a failure. */
  private change(): Promise<void> {
    return new Promise((resolve) => this.waiting.push(resolve))
  }

  private wake(): void {
    const waiting = this.waiting
    this.waiting = []
    for (const resolve of waiting) resolve()
  }
}
