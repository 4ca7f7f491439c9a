// The prerendered first screen is hydrated only when the browser would render the same markup, and
// it carries no inline style that a strict CSP would block.
import { describe, expect, it } from 'vitest'
import { extractStyles } from '../../scripts/prerender-plugin.mjs'
import { firstScreenKey, readStamp } from '../../src/pwa/first-screen'

function storage(entries: Record<string, string> = {}, { throws = false } = {}): Storage {
  const map = new Map(Object.entries(entries))
  const guard = () => {
    if (throws) throw new DOMException('blocked', 'SecurityError')
  }
  return {
    get length() {
      return map.size
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => (guard(), void map.set(k, v)),
    removeItem: (k: string) => void map.delete(k),
    clear: () => map.clear(),
  }
}

describe('first-screen key', () => {
  const build = firstScreenKey('', '', storage())

  it('is the same for a first visit as for the build, whatever else the site stores', () => {
    expect(firstScreenKey('', '', storage({ 'other-app': 'x', 'sh-points:scored': '{}' }))).toBe(build)
  })

  it('differs for a saved draft, a language, another screen, a share link or blocked storage', () => {
    for (const key of [
      firstScreenKey('', '', storage({ 'sh-points:draft': '{"v":1}' })),
      firstScreenKey('', '', storage({ 'sh-points:lang': 'en' })),
      firstScreenKey('?view=batch', '', storage()),
      firstScreenKey('?embed=1', '', storage()),
      firstScreenKey('', '#p=abc', storage()),
      firstScreenKey('', '', storage({}, { throws: true })),
      firstScreenKey('', '', undefined),
    ])
      expect(key).not.toBe(build)
  })

  it('reads back the stamp the build wrote, and nothing else', () => {
    expect(readStamp(JSON.stringify({ key: build, today: '2026-12-02' }))).toEqual({ key: build, today: '2026-12-02' })
    expect(readStamp('{"key":1}')).toBeNull()
    expect(readStamp('<oops')).toBeNull()
    expect(readStamp(undefined)).toBeNull()
  })
})

describe('prerendered styles', () => {
  it('become data attributes with one stylesheet rule per distinct value', () => {
    const { html, css } = extractStyles('<div style="width:0%"></div><p>style="x"</p><i style="width:0%"></i><b style="content:&quot;a&quot;"></b>')
    expect(html).not.toMatch(/ style=/)
    expect(html).toBe('<div data-prerender-style="width:0%"></div><p>style="x"</p><i data-prerender-style="width:0%"></i><b data-prerender-style="content:&quot;a&quot;"></b>')
    expect(css.split('\n')).toEqual(['[data-prerender-style="width:0%"]{width:0%}', '[data-prerender-style="content:\\"a\\""]{content:"a"}'])
  })
})
