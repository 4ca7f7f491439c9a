// Reports the widget's content height to the host. It measures the content element, never the
// viewport, so a taller iframe cannot make the content taller (no growth loop); it reports at most
// once a frame, only when the clamped height changed.
import { clampHeight } from './protocol'

export interface ResizeEnv {
  /** Absent in very old browsers: the height is then reported once. */
  ResizeObserver: typeof ResizeObserver | undefined
  requestAnimationFrame: (cb: () => void) => number
  cancelAnimationFrame: (handle: number) => void
}

const browserEnv = (): ResizeEnv => ({
  ResizeObserver: window.ResizeObserver as typeof ResizeObserver | undefined,
  requestAnimationFrame: (cb) => window.requestAnimationFrame(cb),
  cancelAnimationFrame: (h) => window.cancelAnimationFrame(h),
})

/** Content height of `el` in CSS pixels (its border box; `el` should be a flow-root so child margins count). */
function contentHeight(el: Element): number {
  return el.getBoundingClientRect().height
}

/** Starts observing `el`; calls `report(height)` with clamped, changed heights. Returns a stop function. */
export function startResizeReporter(el: Element, report: (height: number) => void, env: ResizeEnv = browserEnv()): () => void {
  let last = -1
  let frame: number | null = null
  const flush = () => {
    frame = null
    const height = clampHeight(contentHeight(el))
    if (height !== last) {
      last = height
      report(height)
    }
  }
  flush()
  if (!env.ResizeObserver) return () => {}
  const observer = new env.ResizeObserver(() => {
    if (frame === null) frame = env.requestAnimationFrame(flush)
  })
  observer.observe(el)
  return () => {
    observer.disconnect()
    if (frame !== null) env.cancelAnimationFrame(frame)
  }
}
