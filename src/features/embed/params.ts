// Widget parameters (?embed=1&lang=…&color=…&compact=1&events=result&parentOrigin=…&cta=…&ctaLabel=…):
// parsed and validated here, and built here for the builder's snippets, so both sides agree on the
// names. An invalid value is ignored (and reported in `ignored` with the reason), never injected
// into the page.
import type { Lang } from '../../i18n/catalog'
import { accentShades, parseHexColor, toHex, type AccentShades } from './color'

export const EMBED_EVENTS = ['result'] as const
export type EmbedEvent = (typeof EMBED_EVENTS)[number]

export interface EmbedParams {
  lang?: Lang
  /** The requested colour, normalised to #rrggbb. */
  color?: string
  /** The shades actually used, AA-safe. */
  accent?: AccentShades
  compact: boolean
  events: ReadonlySet<EmbedEvent>
  /** The host page's origin; only this origin receives results and may prefill. */
  parentOrigin?: string
  /** The host's call to action on the result: a URL on `parentOrigin` and an optional label. */
  cta?: { url: string; label?: string }
  /** Names of parameters whose value was invalid and ignored. */
  ignored: string[]
  /** Why each ignored parameter was refused, one English line each (for the console). */
  problems: string[]
}

export type OriginProblem = 'wildcard' | 'invalid'
export type OriginCheck = { ok: true; origin: string } | { ok: false; problem: OriginProblem }

// What a serialised origin's host may be: a DNS name (IDNs arrive as punycode) or an IP literal.
const HOST_RE = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*\.?|\[[0-9a-f:.]+\])$/

/** An http(s) origin, or why not: a wildcard ("https://*.example.com") is its own, clearer case. */
export function checkOrigin(value: string): OriginCheck {
  const text = value.trim()
  if (text.includes('*')) return { ok: false, problem: 'wildcard' }
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return { ok: false, problem: 'invalid' }
  }
  const invalid = { ok: false, problem: 'invalid' } as const
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return invalid
  // An origin has no credentials, path, query or fragment ("https://a.example/" is tolerated).
  if (url.username || url.password || url.pathname !== '/' || url.search || url.hash) return invalid
  if (/[?#]$/.test(text) || !HOST_RE.test(url.hostname)) return invalid
  return { ok: true, origin: url.origin }
}

/** A serialised http(s) origin ("https://example.com:8443"), or null when `value` is anything else. */
export function parseOrigin(value: string): string | null {
  const checked = checkOrigin(value)
  return checked.ok ? checked.origin : null
}

/** The host name people recognise ("https://www.example.com:8443" → "www.example.com"). */
export const hostOf = (origin: string): string => new URL(origin).hostname

export const CTA_LABEL_MAX = 40

export type CtaProblem = 'invalid' | 'otherOrigin' | 'noOrigin'

/** The call-to-action URL: an absolute http(s) URL without credentials on the host's own origin. */
export function checkCtaUrl(value: string, parentOrigin: string | undefined): { ok: true; url: string } | { ok: false; problem: CtaProblem } {
  if (!parentOrigin) return { ok: false, problem: 'noOrigin' }
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    return { ok: false, problem: 'invalid' }
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password) return { ok: false, problem: 'invalid' }
  return url.origin === parentOrigin ? { ok: true, url: url.href } : { ok: false, problem: 'otherOrigin' }
}

/** A button label: trimmed, 1–40 characters, no control characters. */
export function checkCtaLabel(value: string): string | null {
  const label = value.trim()
  // eslint-disable-next-line no-control-regex
  return label && [...label].length <= CTA_LABEL_MAX && !/[\u0000-\u001f\u007f]/.test(label) ? label : null
}

const ORIGIN_PROBLEMS: Record<OriginProblem, string> = {
  wildcard: 'wildcards (*) are not allowed; give the one exact origin of the page, e.g. https://www.example.com',
  invalid: 'not an http(s) origin (scheme://host[:port], no path)',
}
const CTA_PROBLEMS: Record<CtaProblem, string> = {
  invalid: 'not an absolute http(s) URL',
  otherOrigin: 'must be a page on parentOrigin',
  noOrigin: 'needs a valid parentOrigin',
}

/** "#0A7F6F", "0a7f6f" or "#0af" → "#0a7f6f"; invalid → null. */
export function normaliseColor(value: string): string | null {
  const rgb = parseHexColor(value)
  return rgb ? toHex(rgb) : null
}

export function parseEvents(value: string): EmbedEvent[] | null {
  const names = value.split(',').map((s) => s.trim()).filter(Boolean)
  const known = names.filter((n): n is EmbedEvent => (EMBED_EVENTS as readonly string[]).includes(n))
  return known.length === names.length ? [...new Set(known)] : null
}

export function parseEmbedParams(search: string): EmbedParams {
  const q = new URLSearchParams(search)
  const result: EmbedParams = { compact: false, events: new Set(), ignored: [], problems: [] }
  /** `parse` returns true when used, false (or a reason) when the value is refused. */
  const read = (name: string, parse: (v: string) => true | false | string) => {
    const v = q.get(name)
    if (v === null) return
    const outcome = parse(v)
    if (outcome === true) return
    result.ignored.push(name)
    result.problems.push(`${name}=${JSON.stringify(v.slice(0, 100))}: ${outcome || 'invalid value'}`)
  }
  read('lang', (v) => (v === 'zh' || v === 'en' ? ((result.lang = v), true) : false))
  read('color', (v) => {
    const hex = normaliseColor(v)
    if (!hex) return false
    result.color = hex
    result.accent = accentShades(parseHexColor(hex)!)
    return true
  })
  read('compact', (v) => (v === '1' ? ((result.compact = true), true) : v === '0'))
  read('events', (v) => {
    const events = parseEvents(v)
    if (events) result.events = new Set(events)
    return events !== null
  })
  read('parentOrigin', (v) => {
    const checked = checkOrigin(v)
    if (checked.ok) result.parentOrigin = checked.origin
    return checked.ok || ORIGIN_PROBLEMS[checked.problem]
  })
  let label: string | undefined
  read('ctaLabel', (v) => {
    label = checkCtaLabel(v) ?? undefined
    return label !== undefined || `1–${CTA_LABEL_MAX} characters, no control characters`
  })
  read('cta', (v) => {
    const checked = checkCtaUrl(v, result.parentOrigin)
    if (checked.ok) result.cta = label === undefined ? { url: checked.url } : { url: checked.url, label }
    return checked.ok || CTA_PROBLEMS[checked.problem]
  })
  return result
}

/** What the builder lets a site owner choose. */
export interface EmbedOptions {
  lang: Lang
  color?: string
  compact: boolean
  events: readonly EmbedEvent[]
  parentOrigin?: string
  cta?: string
  ctaLabel?: string
}

/** The widget's query string, e.g. "?embed=1&lang=en&color=%230a7f6f&events=result". */
export function widgetSearch(options: EmbedOptions): string {
  const q = new URLSearchParams({ embed: '1', lang: options.lang })
  if (options.color) q.set('color', options.color)
  if (options.compact) q.set('compact', '1')
  if (options.events.length) q.set('events', options.events.join(','))
  if (options.parentOrigin) q.set('parentOrigin', options.parentOrigin)
  // The widget checks a call to action against parentOrigin, so without one it is left out.
  if (options.cta && options.parentOrigin) {
    q.set('cta', options.cta)
    if (options.ctaLabel) q.set('ctaLabel', options.ctaLabel)
  }
  return '?' + q.toString()
}
