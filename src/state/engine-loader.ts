// The scoring engine and its schema (zod) are about 16 KB gzip. They are a chunk of their own,
// requested as soon as this module is evaluated (at startup, in parallel with the first render), so
// the first screen paints without waiting for them; the score appears when they arrive.
export type EngineModule = typeof import('./derive')

let loaded: EngineModule | null = null
const listeners = new Set<() => void>()

export const engineReady: Promise<EngineModule> = import('./derive').then((m) => {
  loaded = m
  for (const l of listeners) l()
  return m
})

export const engineModule = (): EngineModule | null => loaded

export function subscribeEngine(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
