// What the prerendered first screen was rendered from, so that the client hydrates it only when it
// would render the very same markup. Everything that the first render reads from outside React is
// in the key: the screen (query string and fragment) and the app's saved state (every
// `sh-points:` entry in localStorage: draft, language, …), read before any of the app's modules
// runs (src/boot.ts). The date is not: it is frozen for the hydration instead (see freezeToday).
// Any difference and the client renders afresh. No imports: the entry chunk carries this module.

/** Entries that the first render never reads. */
const IGNORED = new Set(['sh-points:scored'])

type ReadableStorage = Pick<Storage, 'length' | 'key' | 'getItem' | 'setItem' | 'removeItem'>

export function firstScreenKey(search: string, hash: string, storage: ReadableStorage | undefined): string {
  const saved: [string, string | null][] = []
  let persistent = false
  try {
    if (storage) {
      // Whether drafts can be saved at all (the app says so when they cannot), as src/lib/storage.ts probes it.
      storage.setItem('__sh_points_probe__', '1')
      storage.removeItem('__sh_points_probe__')
      persistent = true
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i)
        if (key?.startsWith('sh-points:') && !IGNORED.has(key)) saved.push([key, storage.getItem(key)])
      }
    }
  } catch {
    persistent = false
  }
  saved.sort(([a], [b]) => (a < b ? -1 : 1))
  return JSON.stringify({ search, hash, persistent, saved })
}

/** Digest of a Suspense boundary that the build could not render and left to the browser. */
export const CLIENT_ONLY = 'sh-points:client-only'

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

/** The page's localStorage, or undefined where touching it throws (blocked storage). */
export function pageStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage
  } catch {
    return undefined
  }
}
