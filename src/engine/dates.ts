// Calendar arithmetic on ISO strings. Pure and clock-free: every "now" is an argument.

/** Month index: months since year 0 (YYYY*12 + MM-1); consecutive months differ by 1. */
export type MonthIndex = number

// Hot path (every period of every profile): read the ASCII digits directly, no slicing.
const digit = (s: string, at: number) => s.charCodeAt(at) - 48
const year = (s: string) => digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3)
const two = (s: string, at: number) => digit(s, at) * 10 + digit(s, at + 1)

/** Month index of a well-formed "YYYY-MM" (validate user input first: nothing is checked here). */
export function monthIndexOf(yyyyMm: string): MonthIndex {
  return year(yyyyMm) * 12 + two(yyyyMm, 5) - 1
}

export function monthLabel(index: MonthIndex): string {
  const y = Math.floor(index / 12)
  const m = index - y * 12 + 1
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}`
}

interface Ymd {
  y: number
  m: number
  d: number
}

function ymd(date: string): Ymd {
  return { y: Number(date.slice(0, 4)), m: Number(date.slice(5, 7)), d: Number(date.slice(8, 10)) }
}

/**
 * Completed years from `from` to `to` (周岁 when `from` is a birth date). Negative when `from` is
 * after `to`. A 29 February anniversary completes on 1 March in common years.
 */
export function fullYearsBetween(from: string, to: string): number {
  const years = year(to) - year(from)
  // MMDD as a number orders like (month, day): the anniversary is not reached before it.
  return two(to, 5) * 100 + two(to, 8) < two(from, 5) * 100 + two(from, 8) ? years - 1 : years
}

/** The date on which `fullYearsBetween(from, ·)` first reaches `years` (29 Feb → 1 Mar). */
export function anniversary(from: string, years: number): string {
  const a = ymd(from)
  const y = a.y + years
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
  if (a.m === 2 && a.d === 29 && !leap) return `${String(y).padStart(4, '0')}-03-01`
  return `${String(y).padStart(4, '0')}${from.slice(4)}`
}

/** Month index of a YYYY-MM-DD date. */
export function monthOfDate(date: string): MonthIndex {
  return monthIndexOf(date.slice(0, 7))
}
