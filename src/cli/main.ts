// The command line (format §4), as a function of its arguments and its I/O, so that tests run
// it in-process; src/cli/score.ts runs it on the real process. Input is read as a stream and
// every assessment is printed as soon as it is made: memory holds one profile, whatever the size
// of the input. Exit 0: all scored; 1: some profile failed validation (its slot holds {errors});
// 2: bad invocation, unreadable input, input that is not UTF-8 or not JSON, or a value too large
// to be a profile. Errors found part-way leave what was printed before them.
import { open } from 'node:fs/promises'
import { assess } from '../engine/assess'
import { RULESETS } from '../engine/data/rulesets'
import { parseProfile } from '../engine/schema'
import type { RulesetId } from '../engine/types'
import { todayInShanghai } from '../lib/today'
import { InputError } from './input-error'
import { duplicateKeys, JsonSplitter, keyCount, parseElement, type Element } from './json-split'
import { OutputBuffer, type Sink } from './out-buffer'
import { FORMATS, Printer, type Format, type Slot } from './output'
import { Utf8Decoder } from './utf8'

export type { Sink } from './out-buffer'

export interface Io {
  stdin: AsyncIterable<Uint8Array>
  stdout: Sink
  stderr: Sink
  /** The assessment date of profiles without asOf (default: today in Asia/Shanghai). */
  today?: string
}

/** Thrown by a Sink whose reader has gone (a closed pipe): the run stops without a message. */
export class OutputClosed extends Error {}
/** Thrown by a Sink that cannot write (a full disk): exit 2 with the reason. */
export class OutputFailed extends Error {}

/** The largest top-level value held (characters): as the calculator's profile import, 1 MB. */
export const MAX_PROFILE_CHARS = 1024 * 1024
const READ_CHUNK = 1 << 16

const RULESET_IDS = RULESETS.map((r) => r.id)
export const USAGE = `usage: npm run --silent score -- [--format json|ndjson|csv] [--compact] [--ruleset ${RULESET_IDS.join('|')}] FILE|-
  FILE           a profile (JSON object), a JSON array of profiles, or one profile per line
                 (NDJSON); UTF-8. - reads standard input
  --format json  an assessment, or an array of them with one per line (default)
  --format ndjson  one assessment per line
  --format csv   a header row, then one row per profile: status, total, points per item, findings
  --compact      json and ndjson: items as {id: points}, findings as their codes
  --ruleset ID   score under this ruleset instead of the one in force on the assessment date
exit 0: all scored; 1: some profile invalid (its slot holds {"errors": [{"path", "message"}]});
2: bad invocation, unreadable input, not UTF-8 or not JSON`

interface Options {
  file: string
  format: Format
  compact: boolean
  ruleset?: RulesetId
}

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): Options | 'help' {
  let file: string | undefined
  let format: Format = 'json'
  let compact = false
  let ruleset: RulesetId | undefined
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
    } else throw new UsageError(`unknown option ${arg}`)
  }
  if (file === undefined) throw new UsageError('no input given')
  if (compact && format === 'csv') throw new UsageError('--compact is for json and ndjson (a CSV row is compact already)')
  return { file, format, compact, ...(ruleset ? { ruleset } : {}) }
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
  const name = file === '-' ? 'standard input' : file
  const today = io.today ?? todayInShanghai()
  const decoder = new Utf8Decoder(name)
  const splitter = new JsonSplitter(name, MAX_PROFILE_CHARS)
  const out = new OutputBuffer(io.stdout)
  const printer = new Printer(format, compact, out)
  let invalid = false

  const score = (element: Element): Slot => {
    const raw = parseElement(element, name)
    const parsed = parseProfile(raw, today)
    const errors = (keyCount(raw) === element.keys ? [] : duplicateKeys(element.text)).map((path) => ({
      path,
      message: `"${path.slice(path.lastIndexOf('.') + 1)}" is given twice in this profile; JSON keeps only the last value without a word, so give it once`,
    }))
    if (!parsed.success) errors.push(...parsed.errors.map(({ path, message }) => ({ path, message })))
    if (errors.length || !parsed.success) {
      invalid = true
      return { errors }
    }
    return assess(parsed.profile, parsed.profile.asOf ?? today, ruleset ? { ruleset } : {})
  }
  const print = async (elements: Element[]) => {
    for (const element of elements) {
      printer.slot(score(element), splitter.shape)
      const behind = out.endSlot()
      if (behind) await behind
    }
  }

  try {
    for await (const chunk of file === '-' ? io.stdin : readFile(file)) {
      await print(splitter.push(decoder.decode(chunk)))
      await out.flush()
    }
    decoder.end()
    await print(splitter.end())
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
  }
  return invalid ? 1 : 0
}
