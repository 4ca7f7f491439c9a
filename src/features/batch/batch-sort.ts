// The results table's order: filter by status, sort by a column, ties by line number.
import type { Status } from '../../engine/types'
import type { BatchRow } from './batch-core'
import { statusOf, type StatusCode } from './batch-text'
import type { Sort, SortKey } from './ResultsTable'

export type Filter = 'all' | Status

const collator = new Intl.Collator('zh-CN', { numeric: true })
const STATUS_ORDER: Record<StatusCode, number> = { meets: 0, below: 1, notEligible: 2, incomplete: 3, vetoed: 4, invalid: 5 }

function compare(rows: readonly BatchRow[], projected: readonly (string | null | undefined)[], key: SortKey) {
  const valid = (i: number) => rows[i] as Extract<BatchRow, { status: 'valid' }>
  switch (key) {
    case 'line':
      return (a: number, b: number) => rows[a]!.line - rows[b]!.line
    case 'candidate':
      return (a: number, b: number) => collator.compare(rows[a]!.candidate, rows[b]!.candidate)
    case 'status':
      return (a: number, b: number) => STATUS_ORDER[statusOf(rows[a]!)] - STATUS_ORDER[statusOf(rows[b]!)]
    case 'projected':
      // Not reached within the horizon (null) or not computed yet sorts last.
      return (a: number, b: number) => (projected[a] ?? '9999').localeCompare(projected[b] ?? '9999')
    case 'total':
    case 'gap':
    case 'warnings':
      return (a: number, b: number) => valid(a).score[key] - valid(b).score[key]
    default: {
      const item = Number(key.slice(4))
      return (a: number, b: number) => valid(a).score.points[item]! - valid(b).score.points[item]!
    }
  }
}

/** The indices of the valid rows that pass the filter, in the sort's order. */
export function viewOf(rows: readonly BatchRow[], projected: readonly (string | null | undefined)[], filter: Filter, sort: Sort): number[] {
  const indices: number[] = []
  rows.forEach((r, i) => {
    if (r.status === 'valid' && (filter === 'all' || r.score.status === filter)) indices.push(i)
  })
  const cmp = compare(rows, projected, sort.key)
  const sign = sort.dir === 'asc' ? 1 : -1
  return indices.sort((a, b) => sign * cmp(a, b) || rows[a]!.line - rows[b]!.line)
}

/** A new column sorts the useful way first (highest points, earliest date); a second click reverses. */
export function nextSort(current: Sort, key: SortKey): Sort {
  const firstDir = key === 'total' || key === 'warnings' || key.startsWith('item') ? 'desc' : 'asc'
  return { key, dir: current.key === key ? (current.dir === 'asc' ? 'desc' : 'asc') : firstDir }
}
