// public/embed.js run in jsdom as a host page would run it (the real-browser proof is e2e/embed.spec.ts).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

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
  return { script, frame, after }
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

  it('re-dispatches a result as a bubbling sh-points:result DOM event with only the three fields', () => {
    const { frame } = install({ events: 'result' })
    const seen: unknown[] = []
    document.addEventListener('sh-points:result', (e) => seen.push((e as CustomEvent).detail))
    post({ source: 'sh-points', type: 'result', total: 130, threshold: 120, meetsThreshold: true, extra: 'x' }, APP, frame.contentWindow)
    post({ source: 'sh-points', type: 'result', total: 1, threshold: 120, meetsThreshold: false }, 'https://evil.example', frame.contentWindow)
    expect(seen).toEqual([{ total: 130, threshold: 120, meetsThreshold: true }])
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
