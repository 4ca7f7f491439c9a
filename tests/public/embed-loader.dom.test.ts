// public/embed.js run in jsdom as a host page would run it (the real-browser proof is e2e/embed.spec.ts).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'

const SOURCE = readFileSync(join(process.cwd(), 'public/embed.js'), 'utf8')
const APP = 'https://points.example'

/** Runs the loader as if from <script src=".../embed.js" data-…> placed in a paragraph. */
function install(data: Record<string, string> = {}) {
  const host = document.createElement('p')
  const script = document.createElement('script')
  script.src = `${APP}/app/embed.js`
  Object.assign(script.dataset, data)
  const after = document.createElement('span')
  host.append(script, after)
  document.body.append(host)
  Object.defineProperty(document, 'currentScript', { value: script, configurable: true })
  new Function(SOURCE)()
  Object.defineProperty(document, 'currentScript', { value: null, configurable: true })
  const frame = script.nextElementSibling as HTMLIFrameElement
  // What the loader tells the widget (jsdom's about:blank frame cannot receive it).
  const toWidget: { message: unknown; target: string }[] = []
  frame.contentWindow!.postMessage = ((message: unknown, target: string) => void toWidget.push({ message, target })) as Window['postMessage']
  return { script, frame, after, toWidget }
}

const post = (data: unknown, origin: string, source: MessageEventSource | null) =>
  window.dispatchEvent(new MessageEvent('message', { data, origin, source }))

afterEach(() => {
  document.body.innerHTML = ''
})

describe('embed.js loader', () => {
  it('inserts a titled iframe right after its script tag', () => {
    const { frame, after } = install({ lang: 'en' })
    expect(frame.tagName).toBe('IFRAME')
    expect(frame.nextElementSibling).toBe(after)
    expect(frame.title).toBe('Shanghai residence permit points calculator')
    expect(frame.style.height).toBe('720px')
  })

  it('passes data-* as widget parameters and fills parentOrigin from the host page', () => {
    const { frame } = install({ lang: 'en', color: '#0a7f6f', compact: '1', events: 'result', unknown: 'x' })
    const url = new URL(frame.src)
    expect(url.origin + url.pathname).toBe(`${APP}/app/`)
    expect(Object.fromEntries(url.searchParams)).toEqual({
      embed: '1',
      lang: 'en',
      color: '#0a7f6f',
      compact: '1',
      events: 'result',
      parentOrigin: location.origin,
    })
  })

  it('follows resize messages from its own frame at the app origin, clamped', () => {
    const { frame } = install()
    post({ source: 'sh-points', type: 'resize', height: 845.3 }, APP, frame.contentWindow)
    expect(frame.style.height).toBe('846px')
    post({ source: 'sh-points', type: 'resize', height: 1e9 }, APP, frame.contentWindow)
    expect(frame.style.height).toBe('20000px')
  })

  it('ignores resize messages from another origin, another window, or of a bad shape', () => {
    const { frame } = install()
    const other = install().frame
    post({ source: 'sh-points', type: 'resize', height: 300 }, 'https://evil.example', frame.contentWindow)
    post({ source: 'sh-points', type: 'resize', height: 301 }, APP, other.contentWindow)
    post({ source: 'sh-points', type: 'resize', height: '302' }, APP, frame.contentWindow)
    post({ source: 'other', type: 'resize', height: 303 }, APP, frame.contentWindow)
    expect(frame.style.height).toBe('720px')
  })

  it('re-dispatches a result as a bubbling sh-points:result DOM event with only its four fields', () => {
    const { frame } = install({ events: 'result' })
    const seen: unknown[] = []
    document.addEventListener('sh-points:result', (e) => seen.push((e as CustomEvent).detail))
    post({ source: 'sh-points', type: 'result', total: 130, threshold: 120, meetsThreshold: true, status: 'meets', extra: 'x' }, APP, frame.contentWindow)
    post({ source: 'sh-points', type: 'result', total: 1, threshold: 120, meetsThreshold: false, status: 'below' }, 'https://evil.example', frame.contentWindow)
    expect(seen).toEqual([{ total: 130, threshold: 120, meetsThreshold: true, status: 'meets' }])
  })

  it('re-dispatches a call-to-action press as sh-points:cta with the total and status only', () => {
    const { frame } = install({ cta: 'https://host.example/contact' })
    const seen: unknown[] = []
    document.addEventListener('sh-points:cta', (e) => seen.push((e as CustomEvent).detail))
    post({ source: 'sh-points', type: 'cta', total: 96, status: 'below', birthDate: '1990-01-01' }, APP, frame.contentWindow)
    expect(seen).toEqual([{ total: 96, status: 'below' }])
  })

  it('grants clipboard-write to the frame and passes data-cta and data-cta-label on', () => {
    const { frame } = install({ cta: 'https://host.example/contact', ctaLabel: 'Call us' })
    expect(frame.getAttribute('allow')).toBe('clipboard-write')
    const q = new URL(frame.src).searchParams
    expect([q.get('cta'), q.get('ctaLabel')]).toEqual(['https://host.example/contact', 'Call us'])
  })

  it('tells the widget, at the app origin only, where the page viewport is once it is ready and when the page scrolls', async () => {
    const { frame, toWidget } = install()
    vi.spyOn(frame, 'getBoundingClientRect').mockReturnValue({ top: -250 } as DOMRect)
    post({ source: 'sh-points', type: 'ready' }, APP, frame.contentWindow)
    await new Promise((r) => requestAnimationFrame(r))
    expect(toWidget).toEqual([{ message: { source: 'sh-points-host', type: 'viewport', top: 250, height: innerHeight }, target: APP }])
    vi.spyOn(frame, 'getBoundingClientRect').mockReturnValue({ top: -300 } as DOMRect)
    window.dispatchEvent(new Event('scroll'))
    window.dispatchEvent(new Event('scroll'))
    await new Promise((r) => requestAnimationFrame(r))
    expect(toWidget.map((m) => (m.message as { top: number }).top)).toEqual([250, 300])
  })

  it('with data-top-offset, the viewport starts below the page’s own fixed header', async () => {
    const { frame, toWidget } = install({ topOffset: '64' })
    vi.spyOn(frame, 'getBoundingClientRect').mockReturnValue({ top: -250 } as DOMRect)
    post({ source: 'sh-points', type: 'ready' }, APP, frame.contentWindow)
    await new Promise((r) => requestAnimationFrame(r))
    expect(toWidget.map((m) => m.message)).toEqual([{ source: 'sh-points-host', type: 'viewport', top: 314, height: innerHeight - 64 }])
  })

  it('scrolls the page as little as possible to reveal the rows a focused field needs', () => {
    const { frame } = install()
    const scrolled: number[] = []
    const scrollBy = vi.spyOn(window, 'scrollBy').mockImplementation(((_x: number, y: number) => void scrolled.push(y)) as typeof window.scrollBy)
    // The frame's top is 500 px above the viewport; the viewport is 800 px tall (jsdom's innerHeight 768).
    vi.spyOn(frame, 'getBoundingClientRect').mockReturnValue({ top: -500 } as DOMRect)
    post({ source: 'sh-points', type: 'reveal', top: 400, bottom: 480 }, APP, frame.contentWindow)
    post({ source: 'sh-points', type: 'reveal', top: 1200, bottom: 1300 }, APP, frame.contentWindow)
    post({ source: 'sh-points', type: 'reveal', top: 600, bottom: 700 }, APP, frame.contentWindow)
    post({ source: 'sh-points', type: 'reveal', top: 600, bottom: 700 }, 'https://evil.example', frame.contentWindow)
    scrollBy.mockRestore()
    expect(scrolled).toEqual([-100, 1300 - 500 - innerHeight])
  })

  it('a throwing host listener does not stop later messages from being handled', () => {
    const { frame } = install()
    const onError = (e: ErrorEvent) => e.preventDefault()
    window.addEventListener('error', onError)
    frame.addEventListener('sh-points:ready', () => {
      throw new Error('host bug')
    })
    post({ source: 'sh-points', type: 'ready' }, APP, frame.contentWindow)
    post({ source: 'sh-points', type: 'resize', height: 500 }, APP, frame.contentWindow)
    window.removeEventListener('error', onError)
    expect(frame.style.height).toBe('500px')
  })
})
