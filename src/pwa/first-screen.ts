// What the prerendered first screen was rendered from, so that the client hydrates it only when it
// would render the very same markup. Everything that the first render reads from outside React is
// in the key: the screen (query string and fragment) and the app's saved state (every
// `sh-points:` entry in localStorage: draft, language, …). The date is not: it is frozen for the
// hydration instead (see freezeToday). Any difference and the client renders afresh.
import { safeStorage } from '../lib/storage'

/** Entries that the first render never reads (kept by this module's neighbours after start-up). */
const IGNORED = new Set(['sh-points:scored'])

export function firstScreenKey(search: string, hash: string, storage: Pick<Storage, 'length' | 'key' | 'getItem'> | undefined): string {
  const saved: [string, string | null][] = []
  if (storage)
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i)
      if (key?.startsWith('sh-points:') && !IGNORED.has(key)) saved.push([key, storage.getItem(key)])
    }
  saved.sort(([a], [b]) => (a < b ? -1 : 1))
  return JSON.stringify({ search, hash, persistent: safeStorage.persistent, saved })
}

/** The stamp the build writes on #root: the key and the date the screen was rendered on. */
export interface PrerenderStamp {
  key: string
  today: string
}

export function readStamp(text: string | undefined): PrerenderStamp | null {
  if (!text) return null
  try {
    const v: unknown = JSON.parse(text)
    if (typeof v === 'object' && v !== null && 'key' in v && 'today' in v && typeof v.key === 'string' && typeof v.today === 'string')
      return { key: v.key, today: v.today }
  } catch {
    /* not ours */
  }
  return null
}
