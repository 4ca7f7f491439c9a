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

/**
 * Fetch the later steps' chunks once the browser is idle, so that moving on never waits: one
 * chunk per idle period, in the order given, so that no single task starts them all (each
 * import appends the preload links of its chunk's dependencies, which costs main-thread time).
 */
export function usePreloadWhenIdle(loads: readonly (() => Promise<unknown>)[]): void {
  const queue = useRef(loads)
  useEffect(() => {
    let next = 0
    let cancel = () => {}
    const schedule = () => {
      if (typeof requestIdleCallback === 'function') {
        const id = requestIdleCallback(run, { timeout: 5000 })
        cancel = () => cancelIdleCallback(id)
      } else {
        const id = window.setTimeout(run, next ? 50 : 2000)
        cancel = () => window.clearTimeout(id)
      }
    }
    const run = () => {
      queue.current[next++]?.().catch(() => undefined)
      if (next < queue.current.length) schedule()
    }
    schedule()
    return () => cancel()
  }, [])
}
