// The element the page renders: the same at build time (prerender.tsx) and in the browser (main.tsx).
import { StrictMode, Suspense, useEffect } from 'react'
import { App } from './App'
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

function Hydrated({ onHydrated }: { onHydrated: () => void }) {
  useEffect(onHydrated, [onHydrated])
  return null
}
