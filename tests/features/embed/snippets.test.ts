import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { parseEmbedParams } from '../../../src/features/embed/params'
import { IFRAME_FALLBACK_HEIGHT, appBaseOf, iframeSnippet, scriptSnippet } from '../../../src/features/embed/snippets'

const BASE = 'https://points.example/app/'

describe('install snippets', () => {
  it('the script snippet loads embed.js next to the app and passes the options as data-*', () => {
    expect(scriptSnippet(BASE, { lang: 'en', color: '#0a7f6f', compact: true, events: ['result'] })).toBe(
      '<script src="https://points.example/app/embed.js" data-lang="en" data-color="#0a7f6f" data-compact="1" data-events="result" async></script>',
    )
    expect(scriptSnippet(BASE, { lang: 'zh', compact: false, events: [] })).toBe(
      '<script src="https://points.example/app/embed.js" data-lang="zh" async></script>',
    )
  })

  it('the iframe snippet has a title, full width, a fixed fallback height, no border and lazy loading', () => {
    const html = iframeSnippet(BASE, { lang: 'en', compact: false, events: [] }, 'Points "calculator"')
    expect(html).toContain(`height="${IFRAME_FALLBACK_HEIGHT}"`)
    expect(html).toContain('width="100%"')
    expect(html).toContain('title="Points &quot;calculator&quot;"')
    expect(html).toContain('style="border:0;display:block"')
    expect(html).toContain('loading="lazy"')
  })

  it('the iframe src is the widget URL whose parameters the widget reads back unchanged', () => {
    const html = iframeSnippet(BASE, { lang: 'en', color: '#0a7f6f', compact: true, events: ['result'], parentOrigin: 'https://consult.example' }, 't')
    const src = /src="([^"]+)"/.exec(html)![1]!.replaceAll('&amp;', '&')
    const url = new URL(src)
    expect(url.origin + url.pathname).toBe(BASE)
    expect(url.searchParams.get('embed')).toBe('1')
    expect(parseEmbedParams(url.search)).toMatchObject({ lang: 'en', color: '#0a7f6f', compact: true, parentOrigin: 'https://consult.example', ignored: [] })
  })

  it('the app base is the directory of the page, without query or fragment', () => {
    expect(appBaseOf('https://points.example/app/?view=embed#x')).toBe(BASE)
    expect(appBaseOf('https://points.example/app/index.html?view=embed')).toBe(BASE)
  })
})

describe('public/embed.js', () => {
  const source = readFileSync(new URL('../../../public/embed.js', import.meta.url), 'utf8')

  it('is at most 2 KB gzipped (the budget in scripts/size-budget.mjs: 2000 bytes)', () => {
    expect(gzipSync(source, { level: 9 }).length).toBeLessThanOrEqual(2000)
  })

  it('has no dependencies: no import, require or fetch of anything', () => {
    expect(source).not.toMatch(/\bimport\b|\brequire\(|\bfetch\(|XMLHttpRequest/)
  })

  it('never posts to "*": only the viewport, and only to the app origin', () => {
    const posts = [...source.matchAll(/postMessage\(([^)]*)\)/g)]
    expect(posts).toHaveLength(1)
    expect(posts[0]![1]).toMatch(/, origin$/)
  })
})
