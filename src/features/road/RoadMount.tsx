// Mounted in the wizard's result step: the road to 120 is a lazy chunk (with its messages), so
// the first screen does not pay for it.
import { lazy, Suspense } from 'react'
import { useT } from '../../i18n/i18n'

const RoadPanel = lazy(() => import('./RoadPanel'))

export function RoadMount() {
  const t = useT()
  return (
    <Suspense fallback={<p className="text-sm text-slate-600">{t('view.loading')}</p>}>
      <RoadPanel />
    </Suspense>
  )
}
