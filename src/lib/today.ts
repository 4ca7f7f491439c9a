// Formatting in a time zone is slow and this is asked on every render, so the answer is kept for
// the minute (the date can only change at a minute boundary). en-CA formats as YYYY-MM-DD.
let formatter: Intl.DateTimeFormat | undefined
let cached: { minute: number; date: string } | undefined

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
  const now = at ?? new Date()
  const minute = Math.floor(now.getTime() / 60_000)
  if (cached?.minute === minute) return cached.date
  formatter ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' })
  cached = { minute, date: formatter.format(now) }
  return cached.date
}
