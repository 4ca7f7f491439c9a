// The element the page renders: the same at build time (prerender.tsx) and in the browser (main.tsx).
import { StrictMode, Suspense, useEffect } from 'react'
import { preloadStorageNotices, storageNoticesDue } from '../components/StorageNotices'
import { useDraftStore } from '../state/draft-store'
import { App } from './App'
import { stepReady } from './Calculator'
import { readAppMode } from './view'

const nothing = () => undefined

export function appElement(search: string, onHydrated: () => void = nothing) {
  return (
    <StrictMode>
      <App mode={readAppMode(search)} />
      {/* React hydrates the root first and each Suspense boundary after it, in order; a boundary
          of its own at the end is hydrated last, with the app's own boundaries before it. */}
      <Suspense fallback={null}>
        <Hydrated onHydrated={onHydrated} />
      </Suspense>
    </StrictMode>
  )
}

/**
 * The lazy parts the first render would otherwise wait for (showing "loading", or moving the page
 * when they arrive): a calculator opening on a later step needs that step's words, one opening with
 * a storage notice the notices. The first screen itself needs nothing more.
 */
export function firstRenderReady(search: string): Promise<unknown> {
  const mode = readAppMode(search)
  if (mode.embed || mode.view !== 'calculator') return Promise.resolve()
  return Promise.all([stepReady(useDraftStore.getState().stepId), storageNoticesDue() ? preloadStorageNotices() : null])
}

function Hydrated({ onHydrated }: { onHydrated: () => void }) {
  useEffect(onHydrated, [onHydrated])
  return null
}
