// The command line (format §4), as a function of its arguments and its I/O, so that tests run
// it in-process; src/cli/score.ts runs it on the real process. Input is read as a stream and
// every assessment is printed as soon as it is made: memory holds one profile (a few batches with
// scoring threads, pool.ts), whatever the size of the input. Exit 0: all scored; 1: some profile failed validation (its slot holds {errors});
// 2: bad invocation, unreadable input, input that is not UTF-8 or not JSON, or a value too large
// to be a profile. Errors found part-way leave what was printed before them.
import { open, stat } from 'node:fs/promises'
import { Worker } from 'node:worker_threads'
import { RULESETS } from '../engine/data/rulesets'
import type { RulesetId } from '../engine/types'
import { todayInShanghai } from '../lib/today'
import { InputError } from './input-error'
import { JsonSplitter, type Element } from './json-split'
import { OutputBuffer, type Sink } from './out-buffer'
import { FORMATS, Printer, type Format } from './output'
import { ScoringPool, type ScoringThread } from './pool'
import type { BatchScorer, ScoreSettings } from './scorer'
import { Utf8Decoder } from './utf8'

export type { Sink } from './out-buffer'

export interface Io {
  stdin: AsyncIterable<Uint8Array>
  stdout: Sink
  stderr: Sink
  /** The assessment date of profiles without asOf (default: today in Asia/Shanghai). */
  today?: string
  /** Scoring threads, this one included, when --jobs is not given (default 1; score.ts: one per core). */
  jobs?: number
  /** How scoring threads start, and when (tests: fakes, and small inputs). */
  threads?: Partial<Threads>
}

export interface Threads {
  /** Starts a scoring thread (default: a worker thread running worker.ts). */
  start: (settings: ScoreSettings) => ScoringThread
  /**
   * Without --jobs, the threads start once this many profiles have been read, or at once for a
   * file of PROFILE_BYTES times as many bytes (default THREADS_FROM). With --jobs, at once.
   */
  from: number
}

/** Thrown by a Sink whose reader has gone (a closed pipe): the run stops without a message. */
export class OutputClosed extends Error {}
/** Thrown by a Sink that cannot write (a full disk): exit 2 with the reason. */
export class OutputFailed extends Error {}

/** The largest top-level value held (characters): as the calculator's profile import, 1 MB. */
export const MAX_PROFILE_CHARS = 1024 * 1024
const READ_CHUNK = 1 << 16

/** --jobs at most, and the default at most (one thread per core). */
export const MAX_JOBS = 8
/** Without --jobs, profiles read before scoring threads are started: fewer are faster on one (docs/cli.md, "Threads"). */
export const THREADS_FROM = 50_000
/** A generated profile in compact JSON: a file of THREADS_FROM times this many bytes starts the threads at once. */
const PROFILE_BYTES = 330
/** Profiles per batch for a scoring thread (its first ones are smaller: it is slow until warm). */
const BATCH = 128
const FIRST_BATCH = 32
/** Profiles per batch scored on the main thread, when the threads are busy or still starting. */
const INLINE_BATCH = 64
/** Batches sent to a thread and not answered, at most; and batches out in all, at most (as many again scored here). */
const PER_THREAD = 3
const MAX_AHEAD = 8

/**
 * A worker thread scoring batches: worker.mjs loads worker.ts through tsx. Not with this thread's
 * flags (execArgv): tsx's loader among them only slows a thread's start (≈ 0.1 s), it does not
 * register in worker threads on Node 20.
 */
export function startScoringThread(settings: ScoreSettings): ScoringThread {
  return new Worker(new URL('./worker.mjs', import.meta.url), { workerData: settings, execArgv: [] }) as ScoringThread
}

const RULESET_IDS = RULESETS.map((r) => r.id)
export const USAGE = `usage: npm run --silent score -- [--format json|ndjson|csv] [--compact] [--ruleset ${RULESET_IDS.join('|')}] [--jobs N] FILE|-
  FILE           a profile (JSON object), a JSON array of profiles, or one profile per line
                 (NDJSON); UTF-8. - reads standard input
  --format json  an assessment, or an array of them with one per line (default)
  --format ndjson  one assessment per line
  --format csv   a header row, then one row per profile: status, total, points per item, findings
  --compact      json and ndjson: items as {id: points}, findings as their codes
  --ruleset ID   score under this ruleset instead of the one in force on the assessment date
  --jobs N       score on N threads, this one included (default: one per core, for large
                 inputs only); the output is the same
exit 0: all scored; 1: some profile invalid (its slot holds {"errors": [{"path", "message"}]});
2: bad invocation, unreadable input, not UTF-8 or not JSON`

interface Options {
  file: string
  format: Format
  compact: boolean
  ruleset?: RulesetId
  jobs?: number
}

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): Options | 'help' {
  let file: string | undefined
  let format: Format = 'json'
  let compact = false
  let ruleset: RulesetId | undefined
  let jobs: number | undefined
  let options = true
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const [name, inline] = options && arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined]
    const value = () => inline ?? argv[++i]
    if (!options || arg === '-' || !arg.startsWith('-')) {
      if (file !== undefined) throw new UsageError(`one input only (got ${JSON.stringify(file)} and ${JSON.stringify(arg)})`)
      file = arg
    } else if (arg === '--') options = false
    else if (arg === '-h' || arg === '--help') return 'help'
    else if (name === '--compact' && inline === undefined) compact = true
    else if (name === '--format') {
      const id = value()
      const known = FORMATS.find((f) => f === id)
      if (!known) throw new UsageError(`unknown format ${JSON.stringify(id ?? '')}; known: ${FORMATS.join(', ')}`)
      format = known
    } else if (name === '--ruleset') {
      const id = value()
      const known = RULESETS.find((r) => r.id === id)
      if (!known) throw new UsageError(`unknown ruleset ${JSON.stringify(id ?? '')}; known: ${RULESET_IDS.join(', ')}`)
      ruleset = known.id
    } else if (name === '--jobs') {
      const n = value()
      if (!/^[1-9]\d*$/.test(n ?? '') || Number(n) > MAX_JOBS) throw new UsageError(`--jobs takes a number of threads from 1 to ${MAX_JOBS} (got ${JSON.stringify(n ?? '')})`)
      jobs = Number(n)
    } else throw new UsageError(`unknown option ${arg}`)
  }
  if (file === undefined) throw new UsageError('no input given')
  if (compact && format === 'csv') throw new UsageError('--compact is for json and ndjson (a CSV row is compact already)')
  return { file, format, compact, ...(ruleset ? { ruleset } : {}), ...(jobs ? { jobs } : {}) }
}

/** A file's bytes in chunks; a file that cannot be opened or read is an InputError. */
async function* readFile(path: string): AsyncGenerator<Uint8Array> {
  const failure = (e: unknown) => {
    const code = (e as NodeJS.ErrnoException).code
    return new InputError(code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path}: ${code ?? String(e)}`)
  }
  let handle
  try {
    handle = await open(path, 'r')
  } catch (e) {
    throw failure(e)
  }
  try {
    for (;;) {
      let bytesRead: number
      const buffer = new Uint8Array(READ_CHUNK)
      try {
        ;({ bytesRead } = await handle.read(buffer, 0, READ_CHUNK, null))
      } catch (e) {
        throw failure(e)
      }
      if (!bytesRead) return
      yield buffer.subarray(0, bytesRead)
    }
  } finally {
    await handle.close()
  }
}

/** The size of a regular file (0 for anything else, or a file that cannot be read: reading it says why). */
async function sizeOf(path: string): Promise<number> {
  try {
    const info = await stat(path)
    return info.isFile() ? info.size : 0
  } catch {
    return 0
  }
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  let options: Options | 'help'
  try {
    options = parseArgs(argv)
  } catch (e) {
    if (!(e instanceof UsageError)) throw e
    await io.stderr.write(`score: ${e.message}\n${USAGE}\n`)
    return 2
  }
  if (options === 'help') {
    await io.stdout.write(`${USAGE}\n`)
    return 0
  }
  const { file, format, compact, ruleset } = options
  const settings: ScoreSettings = {
    name: file === '-' ? 'standard input' : file,
    format,
    compact,
    today: io.today ?? todayInShanghai(),
    ...(ruleset ? { ruleset } : {}),
  }
  const jobs = options.jobs ?? io.jobs ?? 1
  const threads: Threads = { start: startScoringThread, from: THREADS_FROM, ...io.threads }
  const decoder = new Utf8Decoder(settings.name)
  const splitter = new JsonSplitter(settings.name, MAX_PROFILE_CHARS)
  const out = new OutputBuffer(io.stdout)
  const printer = new Printer(format, compact, out)
  let invalid = false

  // Profiles are scored here one by one as they are read, until the scoring threads start
  // (pool.ts); from then on they go in batches to the threads, or are scored here while the
  // threads are busy. The first two are always printed here: the shape of the output is then
  // known (json: an array).
  let scorer: typeof import('./scorer')
  let pool = undefined as ScoringPool | undefined
  let batch: Element[] = []
  const startPool = () => {
    let here: BatchScorer | undefined
    pool = new ScoringPool({
      threads: jobs - 1,
      start: () => threads.start(settings),
      inline: (elements) => (here ??= new scorer.BatchScorer(settings)).score(elements),
      recycle: (buffers) => here?.recycle(buffers),
      deliver: (result) => {
        invalid ||= result.invalid
        out.slots(result.chunks)
        printer.skip(result.count)
        if (result.error !== undefined) throw new InputError(result.error)
        return out.endSlot()
      },
      idle: () => out.flush(),
      perThread: PER_THREAD,
      maxQueued: (jobs - 1) * PER_THREAD + MAX_AHEAD,
      firstBatch: FIRST_BATCH,
      batch: BATCH,
      inlineBatch: INLINE_BATCH,
    })
  }
  const print = async (elements: Element[]) => {
    for (const element of elements) {
      if (pool && printer.printed >= 2) {
        batch.push(element)
        if (batch.length >= pool.batchSize) {
          await pool.add(batch)
          batch = []
        }
        continue
      }
      const slot = scorer.scoreElement(element, settings)
      invalid ||= 'errors' in slot
      printer.slot(slot, splitter.shape)
      const behind = out.endSlot()
      if (behind) await behind
      if (!pool && jobs > 1 && printer.printed >= threads.from) startPool()
    }
  }
  /** The input paused: what is printed goes out, and a batch begun goes now if nothing else is out (the input may be slow). */
  const pause = async () => {
    if (pool && batch.length && pool.drained) {
      await pool.add(batch)
      batch = []
    }
    if (!pool || pool.drained) await out.flush()
  }
  /** The input ended, or failed: everything read is scored and delivered. */
  const drain = async () => {
    if (!pool) return
    if (batch.length) await pool.add(batch)
    batch = []
    await pool.finish()
  }

  try {
    // With --jobs, or a file large enough, the threads start now and load while this one does.
    if (jobs > 1 && (options.jobs || (file !== '-' && (await sizeOf(file)) >= threads.from * PROFILE_BYTES))) startPool()
    scorer = await import('./scorer')
    try {
      for await (const chunk of file === '-' ? io.stdin : readFile(file)) {
        await print(splitter.push(decoder.decode(chunk)))
        await pause()
      }
      decoder.end()
      await print(splitter.end())
      await drain()
    } catch (e) {
      // What was read before an error in the input is printed before the error is reported; if a
      // profile in it is invalid JSON, that error comes first (drain throws it).
      if (e instanceof InputError) await drain()
      throw e
    }
    printer.end(splitter.shape!)
    await out.flush()
  } catch (e) {
    if (e instanceof OutputClosed) return invalid ? 1 : 0
    if (e instanceof OutputFailed) {
      await io.stderr.write(`score: cannot write the output: ${e.message}\n`)
      return 2
    }
    if (!(e instanceof InputError)) throw e
    try {
      await out.flush() // what was scored before the error
    } catch {
      // The output is gone too: the input's error is the one to report.
    }
    await io.stderr.write(`score: ${e.message}\n`)
    return 2
  } finally {
    pool?.close()
  }
  return invalid ? 1 : 0
}
