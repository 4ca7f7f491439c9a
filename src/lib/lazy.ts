import { lazy, type ComponentType } from 'react'

/**
 * React.lazy with a `preload()`: once the chunk has loaded (prefetched when idle), the component
 * renders at once instead of suspending for a tick, so moving to a later step never flashes
 * "loading". React accepts a thenable that resolves synchronously.
 */
export function lazyWithPreload<M, P extends object>(load: () => Promise<M>, pick: (m: M) => ComponentType<P>) {
  let loaded: M | undefined
  const preload = () => load().then((m) => (loaded = m))
  const Component = lazy(() => {
    if (loaded === undefined) return preload().then((m) => ({ default: pick(m) }))
    const module = { default: pick(loaded) }
    // oxlint-disable-next-line unicorn/no-thenable -- a thenable is the point: React.lazy resolves it at once
    return { then: (resolve: (m: typeof module) => void) => resolve(module) } as unknown as Promise<typeof module>
  })
  return Object.assign(Component, { preload })
}
