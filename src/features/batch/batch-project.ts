// The batch "projected date" column: when each candidate reaches the threshold (road to 120).
// Slow next to scoring (≈2 ms a row), so it runs after the table is shown, in chunks.
import { earliestReach } from '../../engine/project'
import { FIELDS, type FieldDef } from '../../lib/fields/registry'
import { CANDIDATE_COLUMN, PROFILE_COLUMNS } from '../../lib/csv-profile'
import { processFile, processSheet, type BatchOutcome, type BatchRow, type Mappings, type Part } from './batch-core'

/**
 * The earliest date each row reaches the threshold (road to 120), for rows[from, to): the row's
 * asOf when it already does, and not before the date the 6-of-12-months condition holds (status
 * notEligible); null when vetoed, incomplete (missing facts make any date a guess), invalid or
 * not within the projection horizon.
 */
export function projectRows(rows: readonly BatchRow[], from: number, to: number): (string | null)[] {
  const out: (string | null)[] = []
  for (let i = from; i < Math.min(to, rows.length); i++) {
    const r = rows[i]!
    if (r.status !== 'valid' || r.score.status === 'vetoed' || r.score.status === 'incomplete') {
      out.push(null)
      continue
    }
    const byPoints = r.score.meets ? r.score.asOf : earliestReach(r.profile, r.score.asOf)
    const eligibleFrom = r.score.findings.find((f) => f.code === 'eligibilitySixMonths')?.params?.eligibleFrom
    out.push(byPoints && typeof eligibleFrom === 'string' && eligibleFrom > byPoints ? eligibleFrom : byPoints)
  }
  return out
}

export const PROJECTION_CHUNK = 200

/**
 * Project every row, a chunk at a time, yielding between chunks (`next` schedules the next
 * one) so that a newer file or a closed page can stop it (`cancelled`).
 */
export function projectInChunks(
  rows: readonly BatchRow[],
  onChunk: (from: number, dates: (string | null)[]) => void,
  cancelled: () => boolean,
  next: (run: () => void) => void = (run) => setTimeout(run, 0),
): void {
  const step = (from: number) => {
    if (cancelled() || from >= rows.length) return
    onChunk(from, projectRows(rows, from, from + PROJECTION_CHUNK))
    next(() => step(from + PROJECTION_CHUNK))
  }
  step(0)
}

export interface BatchRequest {
  buffer: ArrayBuffer
  name: string
  today: string
  /** This worker's share of the rows (default: all of them). */
  part?: Part
  /** Header mappings the user chose, by header signature. */
  mappings?: Mappings
}

const isWorkbook = (b: Uint8Array) => (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) || (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0)

/** Any batch file: text (CSV, JSON) at once; a workbook after its reader has loaded. */
export async function processAny(request: BatchRequest): Promise<BatchOutcome> {
  const bytes = new Uint8Array(request.buffer)
  const options = { part: request.part, mappings: request.mappings }
  if (!isWorkbook(bytes)) return processFile(bytes, request.name, request.today, options)
  const { readWorkbook } = await import('../../lib/workbook')
  const table = readWorkbook(bytes)
  if (!table) return { ok: false, issue: 'workbookUnreadable' }
  return processSheet(table.rows, request.today, options)
}

export type BatchMessage =
  | { kind: 'result'; outcome: BatchOutcome; ms: number }
  /** from: index in the whole file. */
  | { kind: 'projected'; from: number; dates: (string | null)[] }
  | { kind: 'projectedDone' }
  /** The job itself crashed (a bug, or the browser ran out of memory). */
  | { kind: 'failed' }
  /** The worker has started and warmed up (job id 0). */
  | { kind: 'ready' }

/**
 * One file (or one part of it) from bytes to scored rows (posted at once), then their projected
 * dates (posted by chunk, then projectedDone).
 */
export async function runBatchJob(request: BatchRequest, post: (message: BatchMessage) => void, cancelled: () => boolean): Promise<void> {
  const started = performance.now()
  let outcome: BatchOutcome
  try {
    outcome = await processAny(request)
  } catch {
    return post({ kind: 'failed' })
  }
  if (cancelled()) return
  post({ kind: 'result', outcome, ms: performance.now() - started })
  if (!outcome.ok) return
  const { rows, offset } = outcome
  if (!rows.length) return post({ kind: 'projectedDone' })
  projectInChunks(
    rows,
    (from, dates) => {
      post({ kind: 'projected', from: offset + from, dates })
      if (from + dates.length >= rows.length) post({ kind: 'projectedDone' })
    },
    cancelled,
  )
}

/**
 * A small synthetic file that runs every path of reading, validating and scoring: every column of
 * the field registry, filled by its kind, some cells empty, one bad cell in every fifth row
 * (rotating through the columns), histories, groups. Scored once when the worker starts, so that
 * the engine's code is compiled before the user's file arrives (a cold first run is about 2.5×
 * slower).
 */
export function warmUpCsv(rows = 400): string {
  const lines = [[CANDIDATE_COLUMN, ...PROFILE_COLUMNS].join(',')]
  for (let i = 0; i < rows; i++) lines.push([`warm ${i}`, ...FIELDS.map((f, j) => warmCell(f, i, j))].join(','))
  return lines.join('\n')
}

function warmCell(field: FieldDef, i: number, j: number): string {
  const k = i + j
  if (i % 5 === 4 && j === Math.floor(i / 5) % FIELDS.length) return field.kind === 'periods' ? 'garbage' : 'x'
  if (field.kind === 'asOf') return '2026-06-15'
  const base = 6000 + ((i * 977) % 40000)
  if (field.kind === 'periods') return `2014-0${1 + (i % 9)}..2020-12@${base};2021-02..2026-05@${base * 2}`
  if (k % 4 === 1) return ''
  switch (field.kind) {
    case 'date':
      return `19${60 + (k % 40)}-0${1 + (i % 9)}-1${i % 10}`
    case 'choice':
      return field.options![k % field.options!.length]!
    case 'yesNo':
    case 'check':
      return k % 5 ? 'false' : 'true'
    case 'number':
      return String((i * 977) % 300_000)
    default:
      return String(k % 3)
  }
}
