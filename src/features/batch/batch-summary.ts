// Counts of a batch by status, and the merge of the parts scored by several workers. Apart from
// batch-core so that the page can use them without loading the reading and scoring code.
import type { Status } from '../../engine/types'
import type { BatchOutcome, BatchRow } from './batch-core'

export interface BatchSummary extends Record<Status, number> {
  total: number
  valid: number
  invalid: number
}

export function summarise(rows: readonly BatchRow[]): BatchSummary {
  const s: BatchSummary = { total: rows.length, valid: 0, invalid: 0, vetoed: 0, incomplete: 0, notEligible: 0, meets: 0, below: 0 }
  for (const r of rows) {
    if (r.status === 'invalid') s.invalid++
    else {
      s.valid++
      s[r.score.status]++
    }
  }
  return s
}

/** The outcomes of all the parts of one file, in part order, as the outcome of the whole file. */
export function mergeParts(parts: readonly BatchOutcome[]): BatchOutcome {
  const failed = parts.find((p) => !p.ok)
  if (failed) return failed
  const ok = parts as readonly Extract<BatchOutcome, { ok: true }>[]
  const rows = ok.flatMap((p) => p.rows)
  return { ...ok[0]!, rows, offset: 0, summary: summarise(rows) }
}
