// One profile's text → its slot (format §4), and a batch of them → their output bytes: the same
// code on the main thread and in the scoring threads (worker.ts), so that both print the same.
import { assess } from '../engine/assess'
import { parseProfile } from '../engine/schema'
import type { RulesetId } from '../engine/types'
import { InputError } from './input-error'
import { duplicateKeys, keyCount, parseElement, type Element } from './json-split'
import { OutputBuffer } from './out-buffer'
import { Printer, type Format, type Slot } from './output'

/** What scoring depends on besides the profile: the same in every thread of a run. */
export interface ScoreSettings {
  /** How messages call the input ("standard input", the file name). */
  name: string
  format: Format
  compact: boolean
  /** The assessment date of profiles without asOf. */
  today: string
  ruleset?: RulesetId
}

/** A profile's slot: its assessment, or {errors}. Invalid JSON is an InputError (exit 2). */
export function scoreElement(element: Element, settings: ScoreSettings): Slot {
  const raw = parseElement(element, settings.name)
  const parsed = parseProfile(raw, settings.today)
  const errors = (keyCount(raw) === element.keys ? [] : duplicateKeys(element.text)).map((path) => ({
    path,
    message: `"${path.slice(path.lastIndexOf('.') + 1)}" is given twice in this profile; JSON keeps only the last value without a word, so give it once`,
  }))
  if (!parsed.success) errors.push(...parsed.errors.map(({ path, message }) => ({ path, message })))
  if (errors.length || !parsed.success) return { errors }
  return assess(parsed.profile, parsed.profile.asOf ?? settings.today, settings.ruleset ? { ruleset: settings.ruleset } : {})
}

/** What a batch of profiles printed: the bytes of their slots, in order. */
export interface BatchResult {
  /** Buffers of their own (moved, not copied, from a scoring thread). */
  chunks: Uint8Array[]
  /** Profiles whose slots are in `chunks`. */
  count: number
  /** Some slot holds {errors} (exit 1). */
  invalid: boolean
  /** The InputError's message for the profile after the last one printed (invalid JSON): the run stops there. */
  error?: string
}

/**
 * Scores batches of profiles, printing their slots as they stand in the whole output (each at its
 * index). One per thread: its JSON writer keeps what it made for the next batches.
 */
export class BatchScorer {
  private readonly out = new OutputBuffer({
    write() {
      throw new Error('a batch is taken whole')
    },
  })
  private readonly printer: Printer

  constructor(private readonly settings: ScoreSettings) {
    this.printer = new Printer(settings.format, settings.compact, this.out)
  }

  score(elements: readonly Element[]): BatchResult {
    let invalid = false
    let count = 0
    let error: string | undefined
    for (const element of elements) {
      let slot: Slot
      try {
        slot = scoreElement(element, this.settings)
      } catch (e) {
        if (!(e instanceof InputError)) throw e
        error = e.message
        break
      }
      if ('errors' in slot) invalid = true
      this.printer.write(slot, element.index)
      this.out.begin() // the next slot starts here (full buffers are kept until `take`)
      count++
    }
    return { chunks: this.out.take(), count, invalid, ...(error === undefined ? {} : { error }) }
  }

  /** Buffers of earlier results, done with: used again for the next ones. */
  recycle(buffers: readonly ArrayBuffer[]): void {
    this.out.recycle(buffers)
  }
}
