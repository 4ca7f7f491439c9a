// Social-insurance history as one base per month: overlapping periods count once, at the
// higher base. Only months before the asOf month count (the asOf month is not complete).
import type { Period } from './schema'
import { monthIndexOf, type MonthIndex } from './dates'

export interface History {
  /** Month index of bases[0]. */
  first: MonthIndex
  /** Base per month from `first`; NaN where nothing was paid. */
  bases: Float64Array
  /** Distinct months with a contribution. */
  months: number
  /** Months inside the history with no contribution (between first and last paid month). */
  gapMonths: number
  firstGap: MonthIndex | null
  /** Months entered at or after the asOf month, which do not count yet. */
  ignoredMonths: number
}

const EMPTY = new Float64Array(0)

export function buildHistory(periods: readonly Period[] | undefined, asOfMonth: MonthIndex): History {
  let first = Infinity
  let last = -Infinity
  const spans: [MonthIndex, MonthIndex, number][] = []
  const later: [MonthIndex, MonthIndex][] = []
  for (const p of periods ?? []) {
    const from = monthIndexOf(p.from)
    const to = monthIndexOf(p.to)
    if (to >= asOfMonth) later.push([Math.max(from, asOfMonth), to])
    const end = Math.min(to, asOfMonth - 1)
    if (end < from) continue
    spans.push([from, end, p.base])
    if (from < first) first = from
    if (end > last) last = end
  }
  const ignoredMonths = countDistinctMonths(later)
  if (!spans.length) return { first: asOfMonth, bases: EMPTY, months: 0, gapMonths: 0, firstGap: null, ignoredMonths }
  const bases = new Float64Array(last - first + 1).fill(Number.NaN)
  for (const [from, to, base] of spans) {
    for (let m = from; m <= to; m++) {
      const i = m - first
      const current = bases[i]!
      if (!(current >= base)) bases[i] = base
    }
  }
  let months = 0
  let gapMonths = 0
  let firstGap: MonthIndex | null = null
  for (let i = 0; i < bases.length; i++) {
    if (Number.isNaN(bases[i]!)) {
      gapMonths++
      if (firstGap === null) firstGap = first + i
    } else months++
  }
  return { first, bases, months, gapMonths, firstGap, ignoredMonths }
}

/** Base paid in a month, or NaN. */
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
