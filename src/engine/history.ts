// Social-insurance history: overlapping periods count once, at the higher base. Only months
// before the asOf month count (the asOf month is not complete). Counts over the whole career
// are done on month ranges; a base per month is kept only for the recent months that the
// rules look at month by month (the contribution-base and qualification windows).
import type { Period } from './schema'
import { monthIndexOf, type MonthIndex } from './dates'

export interface History {
  /** Month index of bases[0]. */
  first: MonthIndex
  /** Base per month from `first` (at most `recent` months before asOf); NaN where nothing was paid. */
  bases: number[]
  /** Distinct months with a contribution. */
  months: number
  /** Months inside the history with no contribution (between first and last paid month). */
  gapMonths: number
  firstGap: MonthIndex | null
  /** Months entered at or after the asOf month, which do not count yet. */
  ignoredMonths: number
}

const EMPTY: number[] = []

/** `recent`: how many months before asOf need a base per month (the longest rule window). */
export function buildHistory(periods: readonly Period[] | undefined, asOfMonth: MonthIndex, recent: number): History {
  // The counted part of each period (clipped before the asOf month), kept sorted by start.
  const starts: MonthIndex[] = []
  const ends: MonthIndex[] = []
  const paid: number[] = []
  let later: [MonthIndex, MonthIndex][] | null = null
  for (const p of periods ?? []) {
    const from = monthIndexOf(p.from)
    const to = monthIndexOf(p.to)
    if (to >= asOfMonth) (later ??= []).push([Math.max(from, asOfMonth), to])
    const end = Math.min(to, asOfMonth - 1)
    if (end < from) continue
    let i = starts.length
    for (; i > 0 && starts[i - 1]! > from; i--) {
      starts[i] = starts[i - 1]!
      ends[i] = ends[i - 1]!
      paid[i] = paid[i - 1]!
    }
    starts[i] = from
    ends[i] = end
    paid[i] = p.base
  }
  const ignoredMonths = later ? countDistinctMonths(later) : 0
  if (!starts.length) return { first: asOfMonth, bases: EMPTY, months: 0, gapMonths: 0, firstGap: null, ignoredMonths }

  // Distinct months and the first hole, over the union of the sorted ranges.
  let months = 0
  let firstGap: MonthIndex | null = null
  let reach = starts[0]! - 1
  for (let i = 0; i < starts.length; i++) {
    const start = Math.max(starts[i]!, reach + 1)
    if (starts[i]! > reach + 1 && firstGap === null) firstGap = reach + 1
    if (ends[i]! >= start) months += ends[i]! - start + 1
    if (ends[i]! > reach) reach = ends[i]!
  }
  const gapMonths = reach - starts[0]! + 1 - months

  // One base per recent month, the higher where periods overlap.
  const first = Math.max(starts[0]!, asOfMonth - recent)
  const bases = reach >= first ? new Array<number>(reach - first + 1).fill(Number.NaN) : EMPTY
  for (let k = 0; k < starts.length; k++) {
    const base = paid[k]!
    for (let i = Math.max(starts[k]! - first, 0); i <= ends[k]! - first; i++) if (!(bases[i]! >= base)) bases[i] = base
  }
  return { first, bases, months, gapMonths, firstGap, ignoredMonths }
}

/** Base paid in a month, or NaN (also for months older than the recent window). */
export function baseAt(h: History, month: MonthIndex): number {
  const i = month - h.first
  return i >= 0 && i < h.bases.length ? h.bases[i]! : Number.NaN
}

/** Months covered by a set of inclusive ranges, each counted once. */
function countDistinctMonths(ranges: [MonthIndex, MonthIndex][]): number {
  ranges.sort((a, b) => a[0] - b[0])
  let total = 0
  let reach = -Infinity
  for (const [from, to] of ranges) {
    const start = Math.max(from, reach + 1)
    if (to >= start) total += to - start + 1
    reach = Math.max(reach, to)
  }
  return total
}
