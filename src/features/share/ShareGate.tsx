// Wraps the calculator. A page opened with a share fragment (#p=…) loads the share-link gate
// (a lazy chunk) to show the shared profile; any other page pays nothing for it.
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react'
import { SHARE_KEY } from '../../lib/share-key'

const SharedLinkGate = lazy(() => import('./SharedLinkGate'))

const isShareLink = (hash: string) => hash.startsWith(`#${SHARE_KEY}=`)

export function ShareGate({ children }: { children: ReactNode }) {
  const [active, setActive] = useState(() => isShareLink(location.hash))
  useEffect(() => {
    const onHash = () => isShareLink(location.hash) && setActive(true)
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
