// The widget's side of the protocol, with the test window standing in for the host page.
import { act, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import EmbedWidget, { RESULT_DELAY_MS } from '../../../src/features/embed/EmbedWidget'
import { parseEmbedParams } from '../../../src/features/embed/params'
import { useLangStore } from '../../../src/i18n/i18n'
import { createSafeStorage } from '../../../src/lib/storage'
import { readShareFragment } from '../../../src/lib/share-link'
import { STORAGE_KEY, WIDGET_STORAGE_KEY, reloadFromStorage, setField, setStep, useDraftStore } from '../../../src/state/draft-store'
import { flushWrites } from '../../../src/state/persist'

const HOST = 'https://consult.example'
// Age 30 on 2026-06-15 → 30 points; master → 100 (rules §1): 130, which meets 120.
const MASTER_AGED_30 = { version: 1, asOf: '2026-06-15', birthDate: '1996-01-01', education: 'master' }

let posted: MockInstance<Window['postMessage']>
const sent = () => posted.mock.calls.map(([message, target]) => ({ message, target }))
const sentOfType = (type: string) => sent().filter((s) => (s.message as { type: string }).type === type)

function mount(search: string, persistent = true) {
  return render(<EmbedWidget params={parseEmbedParams(search)} parent={window} persistent={persistent} />)
}

/** Let timers run: prefills are applied on the next task, results sent once the score settles. */
const settle = (ms = 0) => act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)))

async function fromHost(data: unknown, origin = HOST, source: MessageEventSource | null = window) {
  act(() => {
    window.dispatchEvent(new MessageEvent('message', { data, origin, source }))
  })
  await settle()
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

  it('with events=result: a notice names the host by its host name, and a prefilled result goes to that origin only, with its status', async () => {
    mount(`?embed=1&events=result&parentOrigin=${HOST}`)
    expect(screen.getByRole('note')).toHaveTextContent(/^consult\.example 会收到您的总分和结论/)
    expect(screen.getByRole('note')).not.toHaveTextContent('https://')
    await fromHost(prefill(MASTER_AGED_30))
    await settle(RESULT_DELAY_MS + 50)
    const results = sentOfType('result')
    expect(results).toHaveLength(1)
    expect(results[0]!.target).toBe(HOST)
    // No social insurance yet: 130 points, but incomplete, never 达标.
    expect(results[0]!.message).toEqual({ source: 'sh-points', type: 'result', total: 130, threshold: 120, meetsThreshold: true, status: 'incomplete' })
  })

  it('sends no result on load, neither for an empty draft nor for one restored from an earlier visit', async () => {
    localStorage.setItem(WIDGET_STORAGE_KEY, JSON.stringify({ v: 1, draft: { version: 1, education: 'master' }, stepId: 'you' }))
    mount(`?embed=1&events=result&parentOrigin=${HOST}`)
    expect(useDraftStore.getState().draft).toMatchObject({ education: 'master' })
    await settle(RESULT_DELAY_MS + 100)
    expect(sentOfType('result')).toEqual([])
  })

  it('sends one result after the visitor’s first answer, once the score has settled', async () => {
    mount(`?embed=1&events=result&parentOrigin=${HOST}`)
    setFieldNow('birthDate', '1996-01-0')
    setFieldNow('birthDate', '1996-01-01')
    expect(sentOfType('result')).toEqual([])
    await settle(RESULT_DELAY_MS + 50)
    expect(sentOfType('result').map((r) => r.message)).toEqual([
      { source: 'sh-points', type: 'result', total: 30, threshold: 120, meetsThreshold: false, status: 'incomplete' },
    ])
  })

  it('clearing the answers sends nothing (an empty draft has no result)', async () => {
    mount(`?embed=1&events=result&parentOrigin=${HOST}`)
    setFieldNow('education', 'master')
    setFieldNow('education', undefined)
    await settle(RESULT_DELAY_MS + 50)
    expect(sentOfType('result')).toEqual([])
  })

  it('the score element carries the verdict in words with data-status; incomplete reads as provisional', async () => {
    mount(`?embed=1&parentOrigin=${HOST}`)
    await fromHost(prefill(MASTER_AGED_30))
    const verdict = screen.getByTestId('verdict')
    expect(verdict).toHaveAttribute('data-status', 'incomplete')
    expect(verdict).toHaveTextContent('资料未填完 · 目前 130 分（暂估）')
    expect(screen.getByTestId('score-total')).toHaveTextContent(/^130/)
    await fromHost(prefill({ ...MASTER_AGED_30, socialInsurance: [{ from: '2025-01', to: '2026-05', base: 12000 }] }))
    expect(screen.getByTestId('verdict')).toHaveAttribute('data-status', 'meets')
    expect(screen.getByTestId('verdict')).toHaveTextContent(/^已达标/)
  })

  it('without events=result nothing about the score is sent and no notice is shown', async () => {
    mount(`?embed=1&parentOrigin=${HOST}`)
    await fromHost(prefill(MASTER_AGED_30))
    await settle(RESULT_DELAY_MS + 50)
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
  it('a valid profile from the parent at parentOrigin replaces the draft', async () => {
    mount(`?embed=1&parentOrigin=${HOST}`)
    await fromHost(prefill(MASTER_AGED_30))
    expect(useDraftStore.getState().draft).toEqual({ version: 1, birthDate: '1996-01-01', education: 'master' })
    expect(useDraftStore.getState().asOfOverride).toBe('2026-06-15')
  })

  it('an invalid profile is answered with {path, message} errors and leaves the draft as it was', async () => {
    mount(`?embed=1&parentOrigin=${HOST}`)
    setFieldNow('birthDate', '1990-01-01')
    const before = useDraftStore.getState().draft
    await fromHost(prefill({ version: 1, education: 'phd' }))
    expect(useDraftStore.getState().draft).toBe(before)
    const [reply] = sentOfType('error')
    expect(reply!.target).toBe(HOST)
    expect(reply!.message).toEqual({ source: 'sh-points', type: 'error', errors: [{ path: 'education', message: expect.stringContaining('"phd"') }] })
  })

  it.each([
    ['another origin', 'https://evil.example', window],
    ['no source window', HOST, null],
  ])('a prefill from %s does nothing and gets no answer', async (_, origin, source) => {
    mount(`?embed=1&parentOrigin=${HOST}`)
    const before = useDraftStore.getState().draft
    posted.mockClear()
    await fromHost(prefill(MASTER_AGED_30), origin, source)
    await fromHost(prefill({ version: 1, education: 'phd' }), origin, source)
    expect(useDraftStore.getState().draft).toBe(before)
    expect(sent()).toEqual([])
  })

  it('without parentOrigin no prefill is accepted from anyone', async () => {
    mount('?embed=1')
    const before = useDraftStore.getState().draft
    await fromHost(prefill(MASTER_AGED_30))
    expect(useDraftStore.getState().draft).toBe(before)
  })
})

describe('a burst of prefills', () => {
  const burst = (messages: unknown[]) =>
    act(() => {
      for (const data of messages) window.dispatchEvent(new MessageEvent('message', { data, origin: HOST, source: window }))
    })

  it('20,000 invalid prefills are validated once and answered with one error', async () => {
    mount(`?embed=1&events=result&parentOrigin=${HOST}`)
    burst(Array.from({ length: 20_000 }, (_, i) => prefill({ version: 1, education: `phd${i}` })))
    await settle(RESULT_DELAY_MS + 50)
    const errors = sentOfType('error')
    expect(errors).toHaveLength(1)
    // The latest of the burst is the one answered.
    expect(JSON.stringify(errors[0]!.message)).toContain('phd19999')
  })

  it('20,000 valid prefills apply the latest and send a single result', async () => {
    mount(`?embed=1&events=result&parentOrigin=${HOST}`)
    burst(Array.from({ length: 20_000 }, (_, i) => prefill(i % 2 ? MASTER_AGED_30 : { ...MASTER_AGED_30, education: 'bachelorDegree' })))
    await settle()
    expect(useDraftStore.getState().draft).toMatchObject({ education: 'master' })
    await settle(RESULT_DELAY_MS * 2)
    expect(useDraftStore.getState().draft).toMatchObject({ education: 'master' })
    expect(sentOfType('result').map((r) => (r.message as { total: number }).total)).toEqual([130])
  })
})

describe('the short result', () => {
  it('opens the full app (never ?embed=1) in a new tab, with the profile in the #p= fragment', async () => {
    mount(`?embed=1&parentOrigin=${HOST}`)
    await fromHost(prefill(MASTER_AGED_30))
    act(() => setStep('result'))
    const link = await screen.findByTestId('full-report', {}, { timeout: 3000 })
    const href = link.getAttribute('href')!
    expect(link).toHaveAttribute('target', '_blank')
    expect(href).not.toContain('embed=1')
    expect(href.split('#')[0]).toBe(new URL('./', location.href).href)
    expect(readShareFragment(new URL(href).hash, '2026-06-15')).toEqual({ kind: 'profile', profile: MASTER_AGED_30 })
  })

  it('below 120: the verdict with the gap, the date 120 is reached and the top next step', async () => {
    mount(`?embed=1&parentOrigin=${HOST}`)
    // Age 36 → 30; bachelor without degree → 60; paid since 2023 at about 0.7× (rules §1): below 120.
    await fromHost(prefill({ version: 1, asOf: '2026-06-15', birthDate: '1990-05-01', education: 'bachelor', socialInsurance: [{ from: '2023-01', to: '2026-05', base: 9000 }] }))
    act(() => setStep('result'))
    const verdict = await screen.findByTestId('result-verdict', {}, { timeout: 3000 })
    expect(verdict).toHaveAttribute('data-status', 'below')
    expect(verdict).toHaveTextContent(/^未达标 · 还差 \d+ 分$/)
    expect(screen.getByTestId('result-reach')).toHaveTextContent(/^(预计 \d{4}-\d{2}-\d{2}（还需 .+）|按目前的情况，到 \d{4}-\d{2}-\d{2} 也达不到)$/)
    expect(screen.getByTestId('result-next').textContent!.length).toBeGreaterThan(4)
    expect(screen.queryByText(/已达标/)).toBeNull()
  })

  it('the call to action says what it sends, and sends {total, status} to parentOrigin only when pressed', async () => {
    mount(`?embed=1&parentOrigin=${HOST}&cta=${encodeURIComponent(`${HOST}/contact`)}`)
    await fromHost(prefill(MASTER_AGED_30))
    act(() => setStep('result'))
    const cta = await screen.findByTestId('cta', {}, { timeout: 3000 })
    expect(cta).toHaveTextContent('把我的分数发给 consult.example 并联系顾问')
    expect(cta).toHaveAttribute('href', `${HOST}/contact`)
    await settle(RESULT_DELAY_MS + 50)
    expect(sentOfType('cta')).toEqual([])
    // jsdom cannot open tabs: keep the click from navigating.
    const stop = (e: Event) => e.preventDefault()
    document.addEventListener('click', stop)
    fireEvent.click(cta)
    document.removeEventListener('click', stop)
    expect(sentOfType('cta')).toEqual([{ message: { source: 'sh-points', type: 'cta', total: 130, status: 'incomplete' }, target: HOST }])
  })

  it('a call to action on another origin than parentOrigin is refused (no button)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    mount(`?embed=1&parentOrigin=${HOST}&cta=${encodeURIComponent('https://evil.example/contact')}`)
    act(() => setStep('result'))
    await screen.findByTestId('widget-result', {}, { timeout: 3000 })
    expect(screen.queryByTestId('cta')).toBeNull()
    expect(warn.mock.calls[0]![0]).toContain('cta="https://evil.example/contact": must be a page on parentOrigin')
    warn.mockRestore()
  })
})

describe('parameters and storage', () => {
  it('a wildcard parentOrigin is refused with a console line that says why; nothing shows it encoded', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { container } = mount(`?embed=1&events=result&parentOrigin=${encodeURIComponent('https://*.example.com')}`)
    expect(warn.mock.calls[0]![0]).toContain('parentOrigin="https://*.example.com": wildcards (*) are not allowed')
    expect(screen.queryByRole('note')).toBeNull()
    expect(container.textContent).not.toContain('%2A')
    setFieldNow('education', 'master')
    await settle(RESULT_DELAY_MS + 50)
    expect(sentOfType('result')).toEqual([])
    warn.mockRestore()
  })

  it('clearing the widget’s data removes the widget’s draft and leaves the calculator’s draft alone', () => {
    const calculatorDraft = JSON.stringify({ v: 1, draft: { version: 1, education: 'doctorate' }, stepId: 'education' })
    localStorage.setItem(STORAGE_KEY, calculatorDraft)
    mount(`?embed=1&parentOrigin=${HOST}`)
    setFieldNow('education', 'master')
    flushWrites()
    expect(localStorage.getItem(WIDGET_STORAGE_KEY)).toContain('master')
    fireEvent.click(screen.getByRole('button', { name: '清除我的数据' }))
    fireEvent.click(screen.getByRole('button', { name: '清除' }))
    flushWrites()
    expect(useDraftStore.getState().draft).toEqual({ version: 1 })
    expect(localStorage.getItem(WIDGET_STORAGE_KEY)).toBeNull()
    expect(localStorage.getItem(STORAGE_KEY)).toBe(calculatorDraft)
  })

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
