// Reference-wage lookup by social-insurance month, over the data table.
import { REFERENCE_WAGES } from './data/reference-wages'
import { monthIndexOf, monthLabel, type MonthIndex } from './dates'

const FIRST: MonthIndex = monthIndexOf(REFERENCE_WAGES[0]!.from)
const LAST_ROW = REFERENCE_WAGES[REFERENCE_WAGES.length - 1]!
const LAST: MonthIndex = monthIndexOf(LAST_ROW.to)
const BY_MONTH = new Float64Array(LAST - FIRST + 1)
for (const row of REFERENCE_WAGES) {
  for (let m = monthIndexOf(row.from); m <= monthIndexOf(row.to); m++) BY_MONTH[m - FIRST] = row.monthly
}

/** First month without a published figure: from here on the newest figure is an estimate. */
export const FIRST_ESTIMATED_MONTH: MonthIndex = LAST + 1
export const FIRST_KNOWN_MONTH: MonthIndex = FIRST
export const NEWEST_WAGE = LAST_ROW.monthly

/** The reference wage of a month: NaN before the table, the newest figure after it. */
export function referenceWage(month: MonthIndex): number {
  if (month < FIRST) return Number.NaN
  if (month > LAST) return LAST_ROW.monthly
  return BY_MONTH[month - FIRST]!
}

export const firstEstimatedLabel = monthLabel(FIRST_ESTIMATED_MONTH)
export const firstKnownLabel = monthLabel(FIRST)
