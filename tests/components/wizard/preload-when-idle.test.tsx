import { cleanup, render } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { usePreloadWhenIdle } from '../../../src/components/wizard/hooks'

// A controllable requestIdleCallback: each call queues one callback; `idle()` runs the oldest.
let pending: (() => void)[] = []
const idle = () => pending.shift()?.()

beforeEach(() => {
  pending = []
  vi.stubGlobal('requestIdleCallback', (cb: () => void) => pending.push(cb))
  vi.stubGlobal('cancelIdleCallback', (id: number) => {
    pending[id - 1] = () => {}
  })
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

function Preloader({ loads }: { loads: (() => Promise<unknown>)[] }) {
  usePreloadWhenIdle(loads)
  return null
}

describe('prefetching when idle', () => {
  it('starts one chunk per idle period, in the order given, and none before the first', () => {
    const started: string[] = []
    const load = (name: string) => () => (started.push(name), Promise.resolve())
    render(<Preloader loads={[load('later step'), load('result'), load('print')]} />)
    expect(started).toEqual([])
    idle()
    expect(started).toEqual(['later step'])
    idle()
    expect(started).toEqual(['later step', 'result'])
    idle()
    expect(started).toEqual(['later step', 'result', 'print'])
    expect(pending).toHaveLength(0)
  })

  it('goes on after a chunk fails to load, and stops when the page goes away', async () => {
    const started: string[] = []
    const { unmount } = render(
      <Preloader
        loads={[
          () => (started.push('offline'), Promise.reject(new Error('offline'))),
          () => (started.push('next'), Promise.resolve()),
          () => (started.push('never'), Promise.resolve()),
        ]}
      />,
    )
    idle()
    idle()
    await Promise.resolve()
    unmount()
    idle()
    expect(started).toEqual(['offline', 'next'])
  })
})
