import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { checkOrigin, hostOf, parseEmbedParams, parseOrigin, widgetSearch, type EmbedOptions } from '../../../src/features/embed/params'

describe('parentOrigin must be an http(s) origin', () => {
  it.each([
    ['https://consult.example', 'https://consult.example'],
    ['http://localhost:4174', 'http://localhost:4174'],
    ['https://consult.example/', 'https://consult.example'],
    ['https://CONSULT.example:443', 'https://consult.example'],
  ])('accepts %j as %j', (input, origin) => {
    expect(parseOrigin(input)).toBe(origin)
  })

  it.each([
    'null',
    '*',
    '',
    'consult.example',
    'javascript:alert(1)',
    'data:text/html,x',
    'ftp://consult.example',
    'https://consult.example/path',
    'https://consult.example/?q=1',
    'https://consult.example?',
    'https://consult.example#x',
    'https://user:pw@consult.example',
    'https://%2A.consult.example',
    'https://consult example',
    'https://con<sult.example',
  ])('rejects %j', (input) => {
    expect(parseOrigin(input)).toBeNull()
  })

  it.each(['https://*.example.com', '*.example.com', 'https://www.*.example.com', 'http://*:8080'])(
    'rejects the wildcard %j as a wildcard (a clearer error than "invalid")',
    (input) => {
      expect(checkOrigin(input)).toEqual({ ok: false, problem: 'wildcard' })
    },
  )

  it('names the host by its host name for the visitor', () => {
    expect(hostOf('https://www.consult.example:8443')).toBe('www.consult.example')
    expect(hostOf('http://localhost:4174')).toBe('localhost')
  })
})

describe('the call to action', () => {
  const origin = encodeURIComponent('https://consult.example')
  it('takes a URL on parentOrigin and an optional label', () => {
    const p = parseEmbedParams(`?parentOrigin=${origin}&cta=${encodeURIComponent('https://consult.example/contact?from=widget')}&ctaLabel=${encodeURIComponent(' 预约顾问 ')}`)
    expect(p.cta).toEqual({ url: 'https://consult.example/contact?from=widget', label: '预约顾问' })
    expect(p.ignored).toEqual([])
  })

  it.each([
    ['another origin', `?parentOrigin=${origin}&cta=${encodeURIComponent('https://evil.example/contact')}`, 'must be a page on parentOrigin'],
    ['no parentOrigin', `?cta=${encodeURIComponent('https://consult.example/contact')}`, 'needs a valid parentOrigin'],
    ['a script URL', `?parentOrigin=${origin}&cta=${encodeURIComponent('javascript:alert(1)')}`, 'not an absolute http(s) URL'],
    ['a relative URL', `?parentOrigin=${origin}&cta=%2Fcontact`, 'not an absolute http(s) URL'],
    ['credentials', `?parentOrigin=${origin}&cta=${encodeURIComponent('https://u:p@consult.example/')}`, 'not an absolute http(s) URL'],
  ])('refuses %s, saying why', (_, search, why) => {
    const p = parseEmbedParams(search)
    expect(p.cta).toBeUndefined()
    expect(p.ignored).toEqual(['cta'])
    expect(p.problems[0]).toContain(why)
  })

  it('refuses a label that is too long or holds control characters (the default label is used)', () => {
    for (const label of ['x'.repeat(41), 'a\u0000b', '   ']) {
      const p = parseEmbedParams(`?parentOrigin=${origin}&cta=${encodeURIComponent('https://consult.example/c')}&ctaLabel=${encodeURIComponent(label)}`)
      expect(p.cta).toEqual({ url: 'https://consult.example/c' })
      expect(p.ignored).toEqual(['ctaLabel'])
    }
  })
})

describe('widget parameters', () => {
  it('reads every valid parameter', () => {
    const p = parseEmbedParams('?embed=1&lang=en&color=%230A7F6F&compact=1&events=result&parentOrigin=https%3A%2F%2Fconsult.example')
    expect(p).toMatchObject({ lang: 'en', color: '#0a7f6f', compact: true, parentOrigin: 'https://consult.example', ignored: [] })
    expect([...p.events]).toEqual(['result'])
    // 4.48:1 on slate-100, a hair under AA, so it is used a shade darker.
    expect(p.accent?.adjusted).toBe(true)
  })

  it('defaults: no language override, no colour, not compact, no events, no parent origin', () => {
    const p = parseEmbedParams('?embed=1')
    expect(p).toMatchObject({ compact: false, ignored: [] })
    expect(p.lang).toBeUndefined()
    expect(p.color).toBeUndefined()
    expect(p.parentOrigin).toBeUndefined()
    expect(p.events.size).toBe(0)
  })

  it('ignores invalid values (and names them) instead of injecting them', () => {
    const p = parseEmbedParams(
      '?lang=fr&color=red;background:url(x)&compact=yes&events=result,answers&parentOrigin=javascript:alert(1)',
    )
    expect(p.ignored).toEqual(['lang', 'color', 'compact', 'events', 'parentOrigin'])
    expect(p).toMatchObject({ compact: false })
    expect(p.lang).toBeUndefined()
    expect(p.color).toBeUndefined()
    expect(p.accent).toBeUndefined()
    expect(p.parentOrigin).toBeUndefined()
    expect(p.events.size).toBe(0)
  })

  it('a light colour is darkened for contrast, and the requested colour is still reported', () => {
    const p = parseEmbedParams('?color=ffd700')
    expect(p.color).toBe('#ffd700')
    expect(p.accent?.adjusted).toBe(true)
    expect(p.accent?.[600]).not.toBe('#ffd700')
  })

  it('widgetSearch and parseEmbedParams agree on every option the builder can produce', () => {
    const options = fc.record({
      lang: fc.constantFrom('zh' as const, 'en' as const),
      color: fc.option(fc.integer({ min: 0, max: 0xffffff }).map((n) => '#' + n.toString(16).padStart(6, '0')), { nil: undefined }),
      compact: fc.boolean(),
      events: fc.constantFrom([] as const, ['result'] as const),
      parentOrigin: fc.option(fc.constantFrom('https://consult.example', 'http://localhost:8080'), { nil: undefined }),
      ctaPath: fc.option(fc.constantFrom('/contact', '/a?b=c&d=e#f'), { nil: undefined }),
      // oxlint-disable-next-line no-control-regex -- labels without control characters
      ctaLabel: fc.option(fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s.length > 0 && !/[\u0000-\u001f\u007f]/.test(s)), { nil: undefined }),
    })
    fc.assert(
      fc.property(options, ({ ctaPath, ctaLabel, ...rest }) => {
        const cta = rest.parentOrigin && ctaPath ? rest.parentOrigin + ctaPath : undefined
        const o = { ...rest, ...(cta ? { cta } : {}), ...(cta && ctaLabel ? { ctaLabel } : {}) }
        const p = parseEmbedParams(widgetSearch(o as EmbedOptions))
        expect(p.ignored).toEqual([])
        expect(p.lang).toBe(o.lang)
        expect(p.color).toBe(o.color)
        expect(p.compact).toBe(o.compact)
        expect([...p.events]).toEqual([...o.events])
        expect(p.parentOrigin).toBe(o.parentOrigin)
        expect(p.cta?.url).toBe(cta && new URL(cta).href)
        expect(p.cta?.label).toBe(cta ? (ctaLabel ?? undefined) : undefined)
      }),
    )
  })
})
