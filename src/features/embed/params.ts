// Widget parameters (?embed=1&lang=…&color=…&compact=1&events=result&parentOrigin=…): parsed and
// validated here, and built here for the builder's snippets, so both sides agree on the names.
// An invalid value is ignored (and reported in `ignored`), never injected into the page.
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
  /** Names of parameters whose value was invalid and ignored. */
  ignored: string[]
}

/** A serialised http(s) origin ("https://example.com:8443"), or null when `value` is anything else. */
export function parseOrigin(value: string): string | null {
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  // An origin has no credentials, path, query or fragment ("https://a.example/" is tolerated).
  if (url.username || url.password || url.pathname !== '/' || url.search || url.hash) return null
  if (/[?#]$/.test(value.trim())) return null
  return url.origin
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
  const result: EmbedParams = { compact: false, events: new Set(), ignored: [] }
  const read = (name: string, parse: (v: string) => boolean) => {
    const v = q.get(name)
    if (v !== null && !parse(v)) result.ignored.push(name)
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
    const origin = parseOrigin(v)
    if (origin) result.parentOrigin = origin
    return origin !== null
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
}

/** The widget's query string, e.g. "?embed=1&lang=en&color=%230a7f6f&events=result". */
export function widgetSearch(options: EmbedOptions): string {
  const q = new URLSearchParams({ embed: '1', lang: options.lang })
  if (options.color) q.set('color', options.color)
  if (options.compact) q.set('compact', '1')
  if (options.events.length) q.set('events', options.events.join(','))
  if (options.parentOrigin) q.set('parentOrigin', options.parentOrigin)
  return '?' + q.toString()
}
