// The element the page renders: the same at build time (prerender.tsx) and in the browser (main.tsx).
import { StrictMode, useEffect } from 'react'
import { App } from '../app/App'
import { readAppMode } from '../app/view'

export function appElement(search: string, onCommitted?: () => void) {
  return (
    <StrictMode>
      <App mode={readAppMode(search)} />
      {onCommitted && <Committed onCommitted={onCommitted} />}
    </StrictMode>
  )
}

/** Calls back once the tree above has committed (after hydration, when the page was prerendered). */
function Committed({ onCommitted }: { onCommitted: () => void }) {
  useEffect(onCommitted, [onCommitted])
  return null
}
