// The calculator page: step list with progress, the current step, the live score beside it (above
// it on phones), storage notices and "clear my data". The wizard's pieces are shared with the
// iframe widget (src/features/embed/EmbedWidget.tsx); this page adds the full result (ResultView,
// which composes the road and the share actions) and the Ctrl+P report.
import { Suspense, useLayoutEffect, useRef, useState } from 'react'
import { useT } from '../i18n/i18n'
import { lazyWithPreload } from '../lib/lazy'
import { ScreenBoundary } from '../components/ScreenBoundary'
import { preloadStorageNotices, StorageNotices } from '../components/StorageNotices'
import { useDraftStore } from '../state/draft-store'
import { loadFieldErrors } from '../state/engine-loader'
import { ScorePanel } from '../components/result/ScorePanel'
import { ClearData } from '../components/wizard/ClearData'
import { usePreloadWhenIdle, useStepFocus } from '../components/wizard/hooks'
import { StepItems } from '../components/wizard/StepItems'
import { StepList } from '../components/wizard/StepList'
import { InsuranceEditor, LaterField, StepView } from '../components/wizard/StepView'
import { STEPS, type StepSpec } from '../components/wizard/steps'
import type { StepId } from '../state/draft-store'

// The steps after the first (their words), the result step and Ctrl+P's report are lazy chunks,
// prefetched when the browser is idle, as are the words of the field errors (engine-loader.ts).
// A later step arrives with its field kinds (LaterField), so that its fields never show "loading".
export const LaterStep = lazyWithPreload(
  () => Promise.all([import('./LaterStep'), LaterField.preload()]).then(([m]) => m),
  (m) => m.LaterStep,
)
export const ResultView = lazyWithPreload(() => import('./ResultView'), (m) => m.ResultView)
const CalculatorPrint = lazyWithPreload(() => import('../features/print/CalculatorPrint'), (m) => m.default)

/** What the first render of a calculator opening on `stepId` would otherwise wait for. */
export const stepReady = (stepId: StepId): Promise<unknown> => (stepId === STEPS[0]!.id ? Promise.resolve() : LaterStep.preload())

export function Calculator() {
  const stepId = useDraftStore((s) => s.stepId)
  const step = STEPS.find((s) => s.id === stepId) ?? STEPS[0]!
  useStepFocus(stepId)
  // Ctrl+P's report is mounted once its chunk is here (when the browser is first idle), so that
  // hydration does not start loading it.
  const [printReady, setPrintReady] = useState(false)
  usePreloadWhenIdle([
    LaterStep.preload,
    InsuranceEditor.preload,
    ResultView.preload,
    () => CalculatorPrint.preload().then(() => setPrintReady(true)),
    preloadStorageNotices,
    loadFieldErrors,
  ])
  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_18rem] lg:items-start lg:gap-6">
      <ScorePanel className="lg:col-start-2 lg:row-start-1" />
      <div className="min-w-0 space-y-4 lg:col-start-1 lg:row-start-1">
        <StorageNotices />
        <StepList current={step.id} />
        <ScreenBoundary key={step.id} name={`step ${step.id}`}>
          {step === STEPS[0] ? (
            // No Suspense boundary around the first step: the prerendered form hydrates with the
            // page, and what was typed into it before that is kept.
            <StepView step={step} items={<StepItems step={step} />} />
          ) : (
            <Suspense fallback={<StepLoading step={step} />}>
              <LaterStep step={step} items={<StepItems step={step} />} result={<ResultView />} />
            </Suspense>
          )}
        </ScreenBoundary>
        <ClearData />
      </div>
      {printReady && (
        <Suspense fallback={null}>
          <CalculatorPrint />
        </Suspense>
      )}
    </div>
  )
}

/**
 * A later step whose words are still on their way (moved to before the idle prefetch was done):
 * its title, where the step will be, which takes the focus as the step would (useStepFocus) and
 * hands it on to the step's own title once that is there.
 */
function StepLoading({ step }: { step: StepSpec }) {
  const t = useT()
  const title = useRef<HTMLHeadingElement>(null)
  useLayoutEffect(() => {
    const heading = title.current
    // Runs before the placeholder leaves the page: is the focus still on its title?
    return () => {
      if (heading && document.activeElement === heading) setTimeout(() => document.getElementById('step-title')?.focus())
    }
  }, [])
  return (
    <section aria-labelledby="step-title" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <h2 id="step-title" ref={title} tabIndex={-1} className="text-xl font-semibold text-slate-900">
        {t(step.title)}
      </h2>
      <p role="status" className="mt-6 text-slate-600">
        {t('view.loading')}
      </p>
    </section>
  )
}
