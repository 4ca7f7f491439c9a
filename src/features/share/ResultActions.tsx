// Mounted in the wizard's result step: the save/share/print actions, fetched when the result is
// first shown (they and their messages are a lazy chunk, not part of the first screen).
import { lazy, Suspense } from 'react'

const ActionsPanel = lazy(() => import('./ActionsPanel'))

export function ResultActions() {
  return (
    <Suspense fallback={null}>
      <ActionsPanel />
    </Suspense>
  )
}
