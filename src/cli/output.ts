// What the command line prints for each profile (a "slot"), in each format, one slot at a time.
import { ITEM_IDS, type Assessment } from '../engine/types'
import { JsonWriter } from './json-bytes'
import type { Shape } from './json-split'
import type { OutputBuffer } from './out-buffer'

const NEWLINE = 10

export const FORMATS = ['json', 'ndjson', 'csv'] as const
export type Format = (typeof FORMATS)[number]

export interface SlotError {
  path: string
  message: string
}

/** The contract's slot (§4): an assessment, or the errors of a profile that failed validation. */
export type Slot = Assessment | { errors: SlotError[] }

/** --compact: items as { id: points }, findings as their codes; every other field as it is. */
export function compactSlot(slot: Slot): unknown {
  if (!('items' in slot)) return slot
  const items: Record<string, number> = {}
  for (const item of slot.items) items[item.id] = item.points
  return { ...slot, items, findings: slot.findings.map((f) => f.code) }
}

/** A CSV cell: quoted when it holds a delimiter of any locale, a quote or a line break; a text that a spreadsheet would run as a formula is prefixed with '. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-\d+(\.\d+)?$/.test(value) ? `'${value}` : value
  return /[",;\t\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

const CSV_COLUMNS = [
  'profile',
  'status',
  'ruleset',
  'asOf',
  'total',
  'threshold',
  'meetsThreshold',
  'vetoed',
  ...ITEM_IDS.map((id) => `points.${id}`),
  'findings',
  'errors',
]

/** One CSV row: status "invalid" and the errors for a profile that failed validation. */
function csvRow(slot: Slot, index: number): string {
  let cells: string[]
  if ('errors' in slot) {
    const blank = CSV_COLUMNS.length - 3
    cells = [String(index), 'invalid', ...Array<string>(blank).fill(''), slot.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ')]
  } else {
    const points = new Map(slot.items.map((item) => [item.id, item.points]))
    cells = [
      String(index),
      slot.status,
      slot.ruleset ?? '',
      slot.asOf,
      String(slot.total),
      String(slot.threshold),
      String(slot.meetsThreshold),
      String(slot.vetoed),
      ...ITEM_IDS.map((id) => String(points.get(id) ?? '')),
      slot.findings.map((f) => f.code).join(' '),
      '',
    ]
  }
  return `${cells.map(csvCell).join(',')}\r\n`
}

/**
 * Writes slots as output, one at a time. json: an array, one slot per line (or the slot alone,
 * indented, when the input is one profile); ndjson: one slot per line; csv: a header row, then
 * one row per slot (RFC 4180 line ends).
 */
export class Printer {
  private count = 0
  /** json: the first slot waits until the input's shape tells array or single. */
  private held: Slot | undefined
  private readonly writer: JsonWriter

  constructor(
    private readonly format: Format,
    private readonly compact: boolean,
    private readonly out: OutputBuffer,
  ) {
    this.writer = new JsonWriter(out)
  }

  /** Writes one slot; `shape` is what the input has shown so far. */
  slot(slot: Slot, shape: Shape | undefined): void {
    this.count++
    if (this.format === 'json' && this.count === 1 && shape === undefined) {
      this.held = slot
      return
    }
    this.release()
    this.write(slot, this.count)
  }

  /**
   * Writes a slot as the index-th of the output (1-based), whatever this printer wrote before: the
   * scoring threads print their batches so (scorer.ts), and the main thread counts them with `skip`.
   */
  write(slot: Slot, index: number): void {
    switch (this.format) {
      case 'csv':
        if (index === 1) this.out.text(`${CSV_COLUMNS.join(',')}\r\n`)
        this.out.text(csvRow(slot, index))
        return
      case 'ndjson':
        this.json(slot)
        this.out.byte(NEWLINE)
        return
      case 'json':
        this.out.text(index === 1 ? '[\n' : ',\n')
        this.json(slot)
    }
  }

  /** Counts n slots printed after this printer's by another (`write`, in another thread). */
  skip(n: number): void {
    if (this.held) throw new Error('a slot is held: the next one must be printed by this printer')
    this.count += n
  }

  /** Slots printed (or counted) so far. */
  get printed(): number {
    return this.count
  }

  /** Writes what closes the output, once the input has ended with this shape. */
  end(shape: Shape): void {
    switch (this.format) {
      case 'csv':
        if (!this.count) this.out.text(`${CSV_COLUMNS.join(',')}\r\n`)
        return
      case 'ndjson':
        return
      case 'json':
        if (shape === 'single' && this.held) this.out.text(`${JSON.stringify(this.compact ? compactSlot(this.held) : this.held, null, 2)}\n`)
        else if (this.count) {
          this.release()
          this.out.text('\n]\n')
        } else this.out.text('[]\n')
    }
  }

  private release(): void {
    if (!this.held) return
    this.out.text('[\n')
    this.json(this.held)
    this.held = undefined
  }

  /** The slot as JSON.stringify writes it (json-bytes.ts, faster). */
  private json(slot: Slot): void {
    this.writer.write(this.compact ? (compactSlot(slot) as object) : slot)
  }
}
