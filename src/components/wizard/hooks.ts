// Wizard behaviour shared by the calculator and the widget.
import { useEffect, useRef } from 'react'
import type { StepId } from '../../state/draft-store'

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
