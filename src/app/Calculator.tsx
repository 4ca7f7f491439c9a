// The calculator page: step list with progress, the current step, the live score beside it (above
// it on phones), storage notices and "clear my data". The wizard's pieces are shared with the
// iframe widget (src/features/embed/EmbedWidget.tsx); this page adds the full result (ResultView,
// which composes the road and the share actions) and the Ctrl+P report.
import { Suspense } from 'react'
import { lazyWithPreload } from '../lib/lazy'
import { ScreenBoundary } from '../components/ScreenBoundary'
import { StorageNotices } from '../components/StorageNotices'
import { useDraftStore } from '../state/draft-store'
import { ScorePanel } from '../components/result/ScorePanel'
import { ClearData } from '../components/wizard/ClearData'
import { usePreloadWhenIdle, useStepFocus } from '../components/wizard/hooks'
import { StepItems } from '../components/wizard/StepItems'
import { StepList } from '../components/wizard/StepList'
import { InsuranceEditor, StepView } from '../components/wizard/StepView'
import { STEPS } from '../components/wizard/steps'

// The result step and Ctrl+P's report are lazy chunks, prefetched when the browser is idle.
export const ResultView = lazyWithPreload(() => import('./ResultView'), (m) => m.ResultView)
const CalculatorPrint = lazyWithPreload(() => import('../features/print/CalculatorPrint'), (m) => m.default)

export function Calculator() {
  const stepId = useDraftStore((s) => s.stepId)
  const step = STEPS.find((s) => s.id === stepId) ?? STEPS[0]!
  useStepFocus(stepId)
  usePreloadWhenIdle(() => [InsuranceEditor.preload(), ResultView.preload(), CalculatorPrint.preload()])
  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_18rem] lg:items-start lg:gap-6">
      <ScorePanel className="lg:col-start-2 lg:row-start-1" />
      <div className="min-w-0 space-y-4 lg:col-start-1 lg:row-start-1">
        <StorageNotices />
        <StepList current={step.id} />
        <ScreenBoundary key={step.id} name={`step ${step.id}`}>
          <StepView step={step} items={<StepItems step={step} />} result={<ResultView />} />
        </ScreenBoundary>
        <ClearData />
      </div>
      <Suspense fallback={null}>
        <CalculatorPrint />
      </Suspense>
    </div>
  )
}
