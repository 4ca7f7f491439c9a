// Reference-wage lookup by social-insurance month, over a wage table. The engine uses the
// published table (WAGES) unless a caller passes another (tests fix their own data; "what changed
// for you" compares a draft's score under an older table with the current one).
import { REFERENCE_WAGES, type ReferenceWageRow } from './data/reference-wages'
import { monthIndexOf, monthLabel, type MonthIndex } from './dates'

export interface WageTable {
  readonly rows: readonly ReferenceWageRow[]
  /** First month with a figure. */
  readonly firstKnown: MonthIndex
  /** First month without a published figure: from here on the newest figure is an estimate. */
  readonly firstEstimated: MonthIndex
  /** The newest figure (CNY per month). */
  readonly newest: number
  /** The lowest figure (a base under 3× of it is at the 3× ceiling in no month). */
  readonly lowest: number
  readonly byMonth: readonly number[]
}

/** A lookup table over contiguous rows, oldest first (the data-lint test checks the real table). */
export function wageTable(rows: readonly ReferenceWageRow[]): WageTable {
  const first = monthIndexOf(rows[0]!.from)
  const lastRow = rows[rows.length - 1]!
  const last = monthIndexOf(lastRow.to)
  const byMonth: number[] = new Array<number>(last - first + 1).fill(0)
  for (const row of rows) for (let m = monthIndexOf(row.from); m <= monthIndexOf(row.to); m++) byMonth[m - first] = row.monthly
  return { rows, firstKnown: first, firstEstimated: last + 1, newest: lastRow.monthly, lowest: Math.min(...rows.map((r) => r.monthly)), byMonth }
}

/** The published table. */
export const WAGES: WageTable = wageTable(REFERENCE_WAGES)

/** The reference wage of a month: NaN before the table, the newest figure after it. */
export function wageOf(t: WageTable, month: MonthIndex): number {
  if (month < t.firstKnown) return Number.NaN
  if (month >= t.firstEstimated) return t.newest
  return t.byMonth[month - t.firstKnown]!
}

/** The published table's figure for a month (see wageOf). */
export const referenceWage = (month: MonthIndex): number => wageOf(WAGES, month)

export const FIRST_ESTIMATED_MONTH: MonthIndex = WAGES.firstEstimated
export const FIRST_KNOWN_MONTH: MonthIndex = WAGES.firstKnown
export const NEWEST_WAGE = WAGES.newest
export const firstEstimatedLabel = monthLabel(FIRST_ESTIMATED_MONTH)
export const firstKnownLabel = monthLabel(FIRST_KNOWN_MONTH)
