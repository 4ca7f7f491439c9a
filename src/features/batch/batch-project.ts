// The batch "projected date" column: when each candidate reaches the threshold (road to 120).
// Slow next to scoring (≈2 ms a row), so it runs after the table is shown, in chunks.
import { earliestReach } from '../../engine/project'
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
 * A small synthetic file that runs every path of reading, validating and scoring (valid and
 * invalid rows, histories, groups): scored once when the worker starts, so that the engine's
 * code is compiled before the user's file arrives (a cold first run is about 2.5× slower).
 */
export function warmUpCsv(rows = 400): string {
  const lines = ['candidate,asOf,birthDate,education,fullTimeStudy,qualification,socialInsurance,keyArea.kind,keyArea.since,spouseHukouSince,investment.avgAnnualTax,deductions.detentions,seriousCrime']
  const educations = ['associate', 'bachelor', 'bachelorDegree', 'master', 'doctorate', 'phd']
  const qualifications = ['none', 'skill3', 'titleIntermediate', 'titleSenior']
  for (let i = 0; i < rows; i++) {
    const base = 6000 + ((i * 977) % 40000)
    lines.push(
      [
        `warm ${i}`,
        '2026-06-15',
        `19${60 + (i % 40)}-0${1 + (i % 9)}-1${i % 10}`,
        educations[i % educations.length],
        i % 2 ? 'true' : 'false',
        qualifications[i % qualifications.length],
        i % 17 ? `2014-0${1 + (i % 9)}..2020-12@${base};2021-02..2026-05@${base * 2}` : 'garbage',
        i % 3 ? 'newTown' : 'lingang',
        '2019-03-01',
        i % 4 ? '' : '2018-10-01',
        i % 5 ? '' : '150000',
        String(i % 3),
        i % 50 ? '' : 'true',
      ].join(','),
    )
  }
  return lines.join('\n')
}
