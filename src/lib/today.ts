// Today in Shanghai, by arithmetic: Asia/Shanghai is UTC+8 all year (China has had no daylight
// saving time since 1991), so the date is the UTC date eight hours on. Intl's time-zone formatter
// gives the same answer but costs about 25 ms the first time (the zone data), right when the page
// is being hydrated (tests/lib/today.test.ts compares the two).
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000

let frozen: string | undefined

/**
 * Answer `date` for "today" until called again without one. Hydration uses it: the page is
 * hydrated on the date it was prerendered, then re-rendered with the real date (src/main.tsx).
 */
export function freezeToday(date?: string): void {
  frozen = date
}

/** Today's date (YYYY-MM-DD) in Asia/Shanghai, where the points are assessed. */
export function todayInShanghai(at?: Date): string {
  if (at === undefined && frozen !== undefined) return frozen
  return new Date((at ?? new Date()).getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10)
}
