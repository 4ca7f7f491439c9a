// Wraps the calculator. A page opened with a share fragment (#p=…) loads the share-link gate
// (a lazy chunk) to show the shared profile; any other page pays nothing for it.
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react'
import { SHARE_KEY } from '../../lib/share-key'

const SharedLinkGate = lazy(() => import('./SharedLinkGate'))

const isShareLink = (hash: string) => hash.startsWith(`#${SHARE_KEY}=`)

// The fragment as the page was loaded with (src/main.tsx hydrates only if it is still the same):
// the first render reads this, so a fragment that arrives while the prerendered screen is being
// hydrated cannot make the hydration mismatch; the effect below picks it up right after.
// Read once: a gate mounted later (after a retry) looks at the fragment as it is then.
let startHash: string | null = typeof location === 'undefined' ? '' : location.hash

export function ShareGate({ children }: { children: ReactNode }) {
  const [active, setActive] = useState(() => {
    const hash = startHash ?? location.hash
    startHash = null
    return isShareLink(hash)
  })
  useEffect(() => {
    const onHash = () => isShareLink(location.hash) && setActive(true)
    onHash()
    window.addEventListener('hashchange', onHash)
    return () => window.removeEventListener('hashchange', onHash)
  }, [])
  if (!active) return children
  return (
    <Suspense fallback={children}>
      <SharedLinkGate>{children}</SharedLinkGate>
    </Suspense>
  )
}
