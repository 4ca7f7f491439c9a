// The widget's side of the protocol, with the test window standing in for the host page.
import { act, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import EmbedWidget from '../../src/features/embed/EmbedWidget'
import { parseEmbedParams } from '../../src/features/embed/params'
import { useLangStore } from '../../src/i18n/i18n'
import { createSafeStorage } from '../../src/lib/storage'
import { STORAGE_KEY, reloadFromStorage, setField, useDraftStore } from '../../src/state/draft-store'

const HOST = 'https://consult.example'
// Age 30 on 2026-06-15 → 30 points; master → 100 (spec §2): 130, which meets 120.
const MASTER_AGED_30 = { version: 1, asOf: '2026-06-15', birthDate: '1996-01-01', education: 'master' }

let posted: MockInstance<Window['postMessage']>
const sent = () => posted.mock.calls.map(([message, target]) => ({ message, target }))
const sentOfType = (type: string) => sent().filter((s) => (s.message as { type: string }).type === type)

function mount(search: string, persistent = true) {
  return render(<EmbedWidget params={parseEmbedParams(search)} parent={window} persistent={persistent} />)
}

function fromHost(data: unknown, origin = HOST, source: MessageEventSource | null = window) {
  act(() => {
    window.dispatchEvent(new MessageEvent('message', { data, origin, source }))
  })
}

function setFieldNow(...args: Parameters<typeof setField>) {
  act(() => setField(...args))
}

const prefill = (profile: unknown) => ({ source: 'sh-points-host', type: 'prefill', profile })

beforeEach(() => {
  reloadFromStorage(createSafeStorage(() => localStorage))
  posted = vi.spyOn(window, 'postMessage').mockImplementation(() => {})
  useLangStore.setState({ lang: 'zh' })
})

afterEach(() => {
  posted.mockRestore()
  document.documentElement.removeAttribute('style')
})

describe('widget → host', () => {
  it('sends ready once, then its height, to the named parent origin', () => {
    mount(`?embed=1&parentOrigin=${HOST}`)
    expect(sent()[0]).toEqual({ message: { source: 'sh-points', type: 'ready' }, target: HOST })
    expect(sentOfType('ready')).toHaveLength(1)
    expect(sentOfType('resize')[0]).toMatchObject({ message: { source: 'sh-points', type: 'resize' }, target: HOST })
  })

  it('ready and resize carry no data, so without parentOrigin they may go to any parent', () => {
    mount('?embed=1')
    expect(sentOfType('ready')[0]!.target).toBe('*')
  })

  it('with events=result: a notice names the origin, and each total goes to that origin only, as three fields', () => {
    mount(`?embed=1&events=result&parentOrigin=${HOST}`)
    expect(screen.getByRole('note')).toHaveTextContent(HOST)
    fromHost(prefill(MASTER_AGED_30))
    const results = sentOfType('result')
    expect(results.length).toBeGreaterThan(0)
    for (const r of results) expect(r.target).toBe(HOST)
    expect(results.at(-1)!.message).toEqual({ source: 'sh-points', type: 'result', total: 130, threshold: 120, meetsThreshold: true })
  })

  it('without events=result nothing about the score is sent and no notice is shown', () => {
    mount(`?embed=1&parentOrigin=${HOST}`)
    fromHost(prefill(MASTER_AGED_30))
    expect(useDraftStore.getState().draft).toMatchObject({ education: 'master' })
    expect(sentOfType('result')).toEqual([])
    expect(screen.queryByRole('note')).toBeNull()
  })

  it('events=result without a valid parentOrigin sends no result (never to "*")', () => {
    mount('?embed=1&events=result&parentOrigin=*')
    setFieldNow('education', 'master')
    expect(sentOfType('result')).toEqual([])
  })
})

describe('host → widget prefill', () => {
  it('a valid profile from the parent at parentOrigin replaces the draft', () => {
    mount(`?embed=1&parentOrigin=${HOST}`)
    fromHost(prefill(MASTER_AGED_30))
    expect(useDraftStore.getState().draft).toEqual({ version: 1, birthDate: '1996-01-01', education: 'master' })
    expect(useDraftStore.getState().asOfOverride).toBe('2026-06-15')
  })

  it('an invalid profile is answered with {path, message} errors and leaves the draft as it was', () => {
    mount(`?embed=1&parentOrigin=${HOST}`)
    setFieldNow('birthDate', '1990-01-01')
    const before = useDraftStore.getState().draft
    fromHost(prefill({ version: 1, education: 'phd' }))
    expect(useDraftStore.getState().draft).toBe(before)
    const [reply] = sentOfType('error')
    expect(reply!.target).toBe(HOST)
    expect(reply!.message).toEqual({ source: 'sh-points', type: 'error', errors: [{ path: 'education', message: expect.stringContaining('"phd"') }] })
  })

  it.each([
    ['another origin', 'https://evil.example', window],
    ['no source window', HOST, null],
  ])('a prefill from %s does nothing and gets no answer', (_, origin, source) => {
    mount(`?embed=1&parentOrigin=${HOST}`)
    const before = useDraftStore.getState().draft
    posted.mockClear()
    fromHost(prefill(MASTER_AGED_30), origin, source)
    fromHost(prefill({ version: 1, education: 'phd' }), origin, source)
    expect(useDraftStore.getState().draft).toBe(before)
    expect(sent()).toEqual([])
  })

  it('without parentOrigin no prefill is accepted from anyone', () => {
    mount('?embed=1')
    const before = useDraftStore.getState().draft
    fromHost(prefill(MASTER_AGED_30))
    expect(useDraftStore.getState().draft).toBe(before)
  })
})

describe('parameters and storage', () => {
  it('applies lang (after English has loaded, never showing the other language) and an AA-safe accent colour', async () => {
    mount('?embed=1&lang=en&color=%23ffd700')
    expect(screen.queryByTestId('embed-widget')).toBeNull()
    expect(await screen.findByTestId('embed-widget')).toBeInTheDocument()
    expect(useLangStore.getState().lang).toBe('en')
    const accent = document.documentElement.style.getPropertyValue('--color-accent-600')
    expect(accent).toMatch(/^#[0-9a-f]{6}$/)
    expect(accent).not.toBe('#ffd700')
  })

  it('does not remember an embed language as the user’s own choice', async () => {
    mount('?embed=1&lang=en')
    await screen.findByTestId('embed-widget')
    expect(localStorage.getItem('sh-points:lang')).toBeNull()
  })

  it('with blocked storage: drafts stay in memory, and the visitor is told only once there is something to lose', () => {
    mount('?embed=1', false)
    expect(screen.queryByText(/刷新或关闭后会丢失/)).toBeNull()
    setFieldNow('education', 'master')
    expect(screen.getByText(/刷新或关闭后会丢失/)).toBeInTheDocument()
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull()
  })
})
