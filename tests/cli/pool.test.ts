// Scoring threads (src/cli/pool.ts): the output is the same byte for byte whichever thread scores
// which profile and in whatever order they answer. Threads here are fakes in this thread that
// score with the real BatchScorer and answer late and out of order; one test starts a real one.
import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import { JsonSplitter } from '../../src/cli/json-split'
import { main, OutputClosed, startScoringThread, type Sink, type Threads } from '../../src/cli/main'
import type { BatchMessage, ScoringThread, ThreadMessage } from '../../src/cli/pool'
import { BatchScorer, type ScoreSettings } from '../../src/cli/scorer'
import { generateProfiles, prng } from '../../bench/generate'

const encoder = new TextEncoder()
const toBytes = (chunk: string | Uint8Array) => (typeof chunk === 'string' ? encoder.encode(chunk) : chunk)

async function* chunksOf(input: string | Uint8Array, size = 1 << 16): AsyncGenerator<Uint8Array> {
  const bytes = toBytes(input)
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size)
}

function collector(): Sink & { bytes: Uint8Array[]; text(): string } {
  const bytes: Uint8Array[] = []
  return { bytes, write: (chunk) => void bytes.push(toBytes(chunk).slice()), text: () => Buffer.concat(bytes).toString('utf8') }
}

interface Fakes {
  start: Threads['start']
  /** Batches answered, and answered before one sent earlier (to any thread). */
  answered: number
  overtaken: number
  started: number
}

/** Runs fn after `hops` turns of the microtask queue (the input here is read in microtasks too). */
function later(hops: number, fn: () => void): void {
  if (hops <= 0) queueMicrotask(fn)
  else queueMicrotask(() => later(hops - 1, fn))
}

/**
 * Threads that score with the real BatchScorer, ready after `readyAfter` turns (never if null),
 * and answer a few turns late, or a batch as soon as another is held (so, before that one).
 */
function fakes({ readyAfter = 0, seed = 1, fail }: { readyAfter?: number | null; seed?: number; fail?: Error } = {}): Fakes {
  const rnd = prng(seed)
  const stats: Fakes = { answered: 0, overtaken: 0, started: 0, start: (settings) => new Fake(settings) }
  /** Batches sent to any thread and not answered. */
  const outstanding = new Set<number>()
  class Fake extends EventEmitter implements ScoringThread {
    private readonly scorer: BatchScorer
    private held: { id: number; message: ThreadMessage }[] = []
    private stopped = false

    constructor(settings: ScoreSettings) {
      super()
      stats.started++
      this.scorer = new BatchScorer(settings)
      if (readyAfter !== null) later(readyAfter, () => this.send({ ready: true }))
    }

    postMessage({ id, elements, spare }: BatchMessage): void {
      if (fail) {
        later(1, () => this.emit('error', fail))
        return
      }
      this.scorer.recycle(spare)
      outstanding.add(id)
      this.held.push({ id, message: { id, result: this.scorer.score(elements) } })
      // Two batches held: the later one is answered first; one alone, after a few turns.
      if (this.held.length > 1) this.answer(this.held.length - 1)
      else later(Math.floor(rnd() * 30), () => this.answer(Math.floor(rnd() * this.held.length)))
    }

    terminate(): void {
      this.stopped = true
    }

    /** Answers the i-th batch held. */
    private answer(i: number): void {
      if (!this.held.length) return
      const [{ id, message }] = this.held.splice(i, 1) as [(typeof this.held)[number]]
      stats.answered++
      outstanding.delete(id)
      if ([...outstanding].some((earlier) => earlier < id)) stats.overtaken++
      this.send(message)
    }

    private send(message: ThreadMessage): void {
      if (!this.stopped) this.emit('message', message)
    }
  }
  return stats
}

interface Run {
  code: number
  stdout: string
  stderr: string
}

async function score(args: string[], input: string | Uint8Array, threads?: Partial<Threads>, stdout = collector()): Promise<Run> {
  const stderr = collector()
  const code = await main(args, { stdin: chunksOf(input, 8192), stdout, stderr, today: '2026-06-15', ...(threads ? { threads } : {}) })
  return { code, stdout: stdout.text(), stderr: stderr.text() }
}

// Generated profiles, with some that fail validation, a key given twice, and values that are not profiles.
function profiles(n: number, seed: number): string[] {
  const texts = generateProfiles(n, seed).map((p) => JSON.stringify(p))
  for (let i = 7; i < n; i += 97) texts[i] = JSON.stringify({ version: 1, education: 'phd', birthDate: '2030-01-01' })
  for (let i = 50; i < n; i += 211) texts[i] = texts[i]!.replace('{"version":1,', '{"version":1,"version":1,')
  for (let i = 123; i < n; i += 331) texts[i] = i % 2 ? 'null' : '"x"'
  return texts
}

const FORMATS = [['--format', 'json'], ['--format', 'ndjson'], ['--format', 'ndjson', '--compact'], ['--compact'], ['--format', 'csv']]

describe('score CLI with scoring threads (--jobs)', () => {
  const texts = profiles(700, 3)
  const array = `[${texts.join(',\n')}]`

  it('every format: the same bytes, messages and exit code as on one thread, whatever order the threads answer in', async () => {
    for (const format of FORMATS) {
      const one = await score(['--jobs', '1', ...format, '-'], array)
      expect(one.code).toBe(1)
      const threads = fakes({ seed: format.length })
      const three = await score(['--jobs', '3', ...format, '-'], array, threads)
      expect(three).toEqual(one)
      expect(threads.started).toBe(2)
      expect(threads.answered).toBeGreaterThan(4)
      expect(threads.overtaken).toBeGreaterThan(0)
    }
  })

  it('NDJSON input, and threads started part-way (without --jobs, past `from` profiles): the same bytes', async () => {
    const input = texts.join('\n')
    const one = await score(['--format', 'ndjson', '-'], input)
    const threads = fakes({ readyAfter: 50 })
    const stderr = collector()
    const stdout = collector()
    const code = await main(['--format', 'ndjson', '-'], { stdin: chunksOf(input, 4096), stdout, stderr, today: '2026-06-15', jobs: 2, threads: { ...threads, from: 100 } })
    expect({ code, stdout: stdout.text(), stderr: stderr.text() }).toEqual(one)
    expect(threads.started).toBe(1)
    expect(threads.answered).toBeGreaterThan(0)
  })

  it('threads that never get ready: everything is scored here, the same bytes', async () => {
    const one = await score(['--format', 'csv', '-'], array)
    const threads = fakes({ readyAfter: null })
    expect(await score(['--jobs', '2', '--format', 'csv', '-'], array, threads)).toEqual(one)
    expect(threads.answered).toBe(0)
  })

  it('invalid JSON in a profile a thread scores: what comes before it is printed, then the error with its place, exit 2', async () => {
    const broken = [...texts]
    broken[400] = '{"version": 1, "education" "master"}'
    const input = `[${broken.join(',\n')}]`
    const one = await score(['--format', 'ndjson', '-'], input)
    expect(one.code).toBe(2)
    expect(one.stderr).toBe(`score: invalid JSON in standard input: Unexpected string at line 401, column 28\n`)
    expect(one.stdout.split('\n')).toHaveLength(401)
    const threads = fakes()
    expect(await score(['--jobs', '2', '--format', 'ndjson', '-'], input, threads)).toEqual(one)
    expect(threads.answered).toBeGreaterThan(0)
  })

  it('a syntax error between profiles, and bytes that are not UTF-8, after batches are out: the batches are printed first', async () => {
    const between = `[${texts.slice(0, 600).join(',\n')}\n{}]`
    const notUtf8 = Buffer.concat([encoder.encode(`[${texts.slice(0, 600).join(',\n')},\n{"education":"`), Buffer.from([0xb1]), encoder.encode('"}]')])
    for (const input of [between, notUtf8]) {
      const one = await score(['--format', 'json', '-'], input)
      expect(one.code).toBe(2)
      expect(await score(['--jobs', '3', '--format', 'json', '-'], input, fakes())).toEqual(one)
    }
  })

  it('a thread that fails stops the run with its error (a bug is not hidden)', async () => {
    const failure = new Error('the thread failed')
    await expect(score(['--jobs', '2', '--format', 'ndjson', '-'], array, fakes({ fail: failure }))).rejects.toBe(failure)
  })

  it('while standard output is behind, input is not read far ahead', async () => {
    let pulled = 0
    const profile = encoder.encode(`${texts[0]}\n`)
    async function* input(): AsyncGenerator<Uint8Array> {
      for (let i = 0; i < 3000; i++) {
        pulled++
        yield profile
      }
    }
    let pulledWhileBlocked = -1
    const written: Uint8Array[] = []
    const slow: Sink = {
      write(chunk) {
        written.push(toBytes(chunk).slice())
        if (written.length > 1) return
        return new Promise<void>((resolve) =>
          setTimeout(() => {
            pulledWhileBlocked = pulled
            resolve()
          }, 100),
        )
      },
    }
    const threads = fakes()
    const code = await main(['--jobs', '2', '--format', 'ndjson', '-'], { stdin: input(), stdout: slow, stderr: collector(), threads })
    expect(code).toBe(0)
    expect(Buffer.concat(written).toString().split('\n')).toHaveLength(3001)
    // 11 batches out at most (3 × 32 at the thread, which has not answered yet, and 8 × 64 here), and one being gathered.
    expect(pulledWhileBlocked).toBeGreaterThan(0)
    expect(pulledWhileBlocked).toBeLessThanOrEqual(11 * 256 + 2)
  })

  it('a reader that goes away ends the run quietly', async () => {
    const closed: Sink = {
      write() {
        throw new OutputClosed()
      },
    }
    const stderr = collector()
    const code = await main(['--jobs', '2', '-'], { stdin: chunksOf(array), stdout: closed, stderr, threads: fakes() })
    expect([0, 1]).toContain(code)
    expect(stderr.bytes).toEqual([])
  })

  it('--jobs takes a number of threads from 1 to 8', async () => {
    for (const n of ['0', '9', 'two', '']) {
      const r = await score(['--jobs', n, '-'], '[]')
      expect(r.code).toBe(2)
      expect(r.stderr).toMatch(/^score: --jobs takes a number of threads from 1 to 8/)
    }
  })

  it('a real scoring thread (worker.mjs through tsx) prints a batch as this thread does', { timeout: 30_000 }, async () => {
    const settings: ScoreSettings = { name: 'standard input', format: 'ndjson', compact: false, today: '2026-06-15' }
    const splitter = new JsonSplitter(settings.name, 1 << 20)
    const elements = [...splitter.push(array), ...splitter.end()].slice(2, 300)
    const expected = new BatchScorer(settings).score(elements)
    const thread = startScoringThread(settings)
    try {
      const answer = await new Promise<ThreadMessage>((resolve, reject) => {
        thread.on('error', reject)
        thread.on('message', (message) => {
          if ('ready' in message) thread.postMessage({ id: 7, elements, spare: [] }, [])
          else resolve(message)
        })
      })
      expect(answer).toMatchObject({ id: 7, result: { count: expected.count, invalid: true } })
      if ('ready' in answer) return
      expect(Buffer.concat(answer.result.chunks).equals(Buffer.concat(expected.chunks))).toBe(true)
    } finally {
      thread.terminate()
    }
  })
})
