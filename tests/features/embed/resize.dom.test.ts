import { describe, expect, it, vi } from 'vitest'
import { startResizeReporter, type ResizeEnv } from '../../../src/features/embed/resize'

/** A controllable ResizeObserver and animation-frame queue. */
function fakeEnv() {
  const observers: { cb: () => void; disconnected: boolean }[] = []
  const frames = new Map<number, () => void>()
  let next = 1
  const env: ResizeEnv = {
    ResizeObserver: class {
      entry: { cb: () => void; disconnected: boolean }
      constructor(cb: () => void) {
        this.entry = { cb, disconnected: false }
        observers.push(this.entry)
      }
      observe() {}
      unobserve() {}
      disconnect() {
        this.entry.disconnected = true
      }
    } as unknown as typeof ResizeObserver,
    requestAnimationFrame: (cb) => (frames.set(next, cb), next++),
    cancelAnimationFrame: (h) => void frames.delete(h),
  }
  return {
    env,
    observers,
    resize: () => observers.forEach((o) => !o.disconnected && o.cb()),
    runFrame: () => {
      const pending = [...frames.values()]
      frames.clear()
      pending.forEach((f) => f())
    },
    pendingFrames: () => frames.size,
  }
}

function element(height: () => number) {
  const el = document.createElement('div')
  el.getBoundingClientRect = () => ({ height: height() }) as DOMRect
  return el
}

describe('resize reporter', () => {
  it('reports the content height at once, then at most once per frame however many resizes happen', () => {
    let h = 500
    const f = fakeEnv()
    const report = vi.fn()
    startResizeReporter(element(() => h), report, f.env)
    expect(report).toHaveBeenLastCalledWith(500)
    h = 620
    f.resize()
    f.resize()
    f.resize()
    expect(f.pendingFrames()).toBe(1)
    expect(report).toHaveBeenCalledTimes(1)
    f.runFrame()
    expect(report).toHaveBeenCalledTimes(2)
    expect(report).toHaveBeenLastCalledWith(620)
  })

  it('does not report again when the height did not change (so the host has nothing to react to)', () => {
    const f = fakeEnv()
    const report = vi.fn()
    startResizeReporter(element(() => 700.4), report, f.env)
    f.resize()
    f.runFrame()
    f.resize()
    f.runFrame()
    expect(report.mock.calls).toEqual([[701]])
  })

  it('clamps absurd heights', () => {
    let h = 0
    const f = fakeEnv()
    const report = vi.fn()
    startResizeReporter(element(() => h), report, f.env)
    h = 5e6
    f.resize()
    f.runFrame()
    expect(report.mock.calls).toEqual([[120], [20000]])
  })

  it('stops observing and drops a pending frame when stopped', () => {
    let h = 300
    const f = fakeEnv()
    const report = vi.fn()
    const stop = startResizeReporter(element(() => h), report, f.env)
    h = 400
    f.resize()
    stop()
    f.runFrame()
    f.resize()
    f.runFrame()
    expect(report.mock.calls).toEqual([[300]])
    expect(f.observers.every((o) => o.disconnected)).toBe(true)
  })

})
