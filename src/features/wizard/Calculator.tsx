// The calculator: step list with progress, the current step, the live score beside it (above it
// on phones), storage notices and "clear my data". The iframe widget (?embed=1) has its own layout
// (src/features/embed/EmbedWidget.tsx) around StepList and StepView.
import { Suspense, useEffect, useRef, useState } from 'react'
import { lazyWithPreload } from '../../lib/lazy'
import { useT } from '../../i18n/i18n'
import { ScreenBoundary } from '../../app/ScreenBoundary'
import { clearedText, SaveStatus, StorageNotices } from '../../app/StorageNotices'
import { resetDraft, useAssessment, useDraftStore, type StepId } from '../../state/draft-store'
import { goToStep } from './leave-step'
import { ScorePanel } from './ScorePanel'
import { InsuranceEditor, ResultView, StepView } from './StepView'
import { stepOfPath, STEPS } from './steps'

// Ctrl+P prints the report instead of the interface (loaded when idle, like the later steps).
const CalculatorPrint = lazyWithPreload(() => import('../print/CalculatorPrint'), (m) => m.default)

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
          <StepView step={step} />
        </ScreenBoundary>
        <ClearData />
      </div>
      <Suspense fallback={null}>
        <CalculatorPrint />
      </Suspense>
    </div>
  )
}

/** Moving to another step puts focus on its heading (not on first load); also the widget's. */
export function useStepFocus(stepId: StepId): void {
  const mounted = useRef(false)
  useEffect(() => {
    if (mounted.current) document.getElementById('step-title')?.focus()
    mounted.current = true
  }, [stepId])
}

/** Fetch the later steps' chunks once the browser is idle, so that moving on never waits. */
export function usePreloadWhenIdle(load: () => Promise<unknown>[]): void {
  const loadOnce = useRef(load)
  useEffect(() => {
    const prefetch = () => void Promise.all(loadOnce.current()).catch(() => undefined)
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(prefetch, { timeout: 5000 })
      return () => cancelIdleCallback(id)
    }
    const id = window.setTimeout(prefetch, 2000)
    return () => window.clearTimeout(id)
  }, [])
}

/** The numbered step buttons with progress (also the embed widget's). */
export function StepList({ current }: { current: StepId }) {
  const t = useT()
  const { errors } = useAssessment()
  const withErrors = new Set(errors.map((e) => stepOfPath(e.path)))
  const index = STEPS.findIndex((s) => s.id === current)
  return (
    <nav aria-label={t('wizard.steps.label')}>
      <p className="text-sm text-slate-700">
        {t('wizard.steps.progress', { n: index + 1, count: STEPS.length })}
        <span className="sm:hidden">
          {t('wizard.steps.current', { name: t(STEPS[index]!.title) })}
        </span>
      </p>
      <ol className="mt-2 grid grid-cols-6 gap-1 sm:gap-2">
        {STEPS.map((s, i) => {
          const here = s.id === current
          const done = i < index
          return (
            <li key={s.id}>
              <button
                type="button"
                onClick={() => goToStep(s.id)}
                aria-current={here ? 'step' : undefined}
                className={`flex w-full flex-col items-center gap-1 rounded-md px-1 py-1.5 text-center text-xs leading-tight hover:bg-slate-100 sm:text-sm ${here ? 'font-semibold text-accent-700' : 'text-slate-700'}`}
              >
                <span
                  aria-hidden="true"
                  className={`relative flex size-8 items-center justify-center rounded-full border-2 text-sm font-semibold ${here ? 'border-accent-600 bg-accent-600 text-white' : done ? 'border-accent-600 bg-accent-50 text-accent-700' : 'border-slate-400 bg-white text-slate-700'}`}
                >
                  {i + 1}
                  {withErrors.has(s.id) && <span className="absolute -right-1 -top-1 size-3 rounded-full border-2 border-white bg-red-600" />}
                </span>
                <span className="sr-only sm:not-sr-only">{t(s.title)}</span>
                {withErrors.has(s.id) && <span className="sr-only">{t('wizard.steps.hasErrors')}</span>}
              </button>
            </li>
          )
        })}
      </ol>
    </nav>
  )
}

/**
 * "Clear my data" with a confirmation: clears every key of the current scope (the widget's scope
 * holds only its own keys) and says what it cleared. The widget shows no save line.
 */
export function ClearData({ widget = false }: { widget?: boolean }) {
  const t = useT()
  const [confirming, setConfirming] = useState(false)
  const [status, setStatus] = useState('')
  const cancel = useRef<HTMLButtonElement>(null)
  const question = widget ? 'widget-clear-question' : 'clear-question'
  useEffect(() => {
    if (confirming) cancel.current?.focus()
  }, [confirming])
  return (
    <div className={`flex flex-wrap items-center gap-3 text-sm ${widget ? 'justify-end' : 'justify-between text-slate-600'}`}>
      {!widget && <SaveStatus />}
      {confirming ? (
        <div role="group" aria-labelledby={question} className="flex flex-wrap items-center gap-2">
          <p id={question} className="font-medium text-slate-900">
            {t('wizard.clear.confirm')}
          </p>
          <button
            type="button"
            className="btn-danger"
            onClick={() => {
              const cleared = resetDraft()
              setConfirming(false)
              setStatus(clearedText(t, cleared))
              if (!widget) document.getElementById('step-title')?.focus()
            }}
          >
            {t('wizard.clear.yes')}
          </button>
          <button ref={cancel} type="button" className="btn-small" onClick={() => setConfirming(false)}>
            {t('wizard.clear.no')}
          </button>
        </div>
      ) : (
        <button type="button" className="btn-link" onClick={() => setConfirming(true)}>
          {t('wizard.clear')}
        </button>
      )}
      <p role="status" className="sr-only">
        {status}
      </p>
    </div>
  )
}
