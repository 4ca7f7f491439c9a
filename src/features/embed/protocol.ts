// The postMessage protocol between the widget (?embed=1) and the page that frames it. Every
// message is an object with `source` and `type`. Pure: builders, validators and the prefill rule.
import { parseProfile, type Profile, type ProfileError } from '../../engine/schema'
import { STATUSES, type Assessment, type Status } from '../../engine/types'

export const WIDGET_SOURCE = 'sh-points'
export const HOST_SOURCE = 'sh-points-host'

/** Heights the widget reports, and the loader accepts, in CSS pixels. */
export const HEIGHT_MIN = 120
export const HEIGHT_MAX = 20_000

export type ReadyMessage = { source: typeof WIDGET_SOURCE; type: 'ready' }
export type ResizeMessage = { source: typeof WIDGET_SOURCE; type: 'resize'; height: number }
/** Totals and the verdict only: never an answer or any other personal field. */
export type ResultMessage = {
  source: typeof WIDGET_SOURCE
  type: 'result'
  total: number
  threshold: number
  meetsThreshold: boolean
  status: Status
}
/** The visitor pressed the host's call-to-action button: the total and the verdict, nothing else. */
export type CtaMessage = { source: typeof WIDGET_SOURCE; type: 'cta'; total: number; status: Status }
export type ErrorMessage = { source: typeof WIDGET_SOURCE; type: 'error'; errors: { path: string; message: string }[] }
/** Asks the host to scroll so that rows `top`…`bottom` of the frame (CSS px) are in its viewport. */
export type RevealMessage = { source: typeof WIDGET_SOURCE; type: 'reveal'; top: number; bottom: number }
export type WidgetMessage = ReadyMessage | ResizeMessage | ResultMessage | CtaMessage | ErrorMessage | RevealMessage

export type PrefillMessage = { source: typeof HOST_SOURCE; type: 'prefill'; profile: unknown }
/** The host's viewport seen from the frame: its top edge in frame coordinates, and its height. */
export type ViewportMessage = { source: typeof HOST_SOURCE; type: 'viewport'; top: number; height: number }
export type HostMessage = PrefillMessage | ViewportMessage

export const readyMessage = (): ReadyMessage => ({ source: WIDGET_SOURCE, type: 'ready' })

export const clampHeight = (height: number): number => Math.min(HEIGHT_MAX, Math.max(HEIGHT_MIN, Math.ceil(height)))

export const resizeMessage = (height: number): ResizeMessage => ({ source: WIDGET_SOURCE, type: 'resize', height: clampHeight(height) })

/** Picks the four public fields, so nothing else of the assessment can leak. */
export function resultMessage(a: Pick<Assessment, 'total' | 'threshold' | 'meetsThreshold' | 'status'>): ResultMessage {
  return { source: WIDGET_SOURCE, type: 'result', total: a.total, threshold: a.threshold, meetsThreshold: a.meetsThreshold, status: a.status }
}

export function ctaMessage(a: Pick<Assessment, 'total' | 'status'>): CtaMessage {
  return { source: WIDGET_SOURCE, type: 'cta', total: a.total, status: a.status }
}

export const revealMessage = (top: number, bottom: number): RevealMessage => ({ source: WIDGET_SOURCE, type: 'reveal', top: Math.floor(top), bottom: Math.ceil(bottom) })

export const viewportMessage = (top: number, height: number): ViewportMessage => ({ source: HOST_SOURCE, type: 'viewport', top: Math.round(top), height: Math.round(height) })

/**
 * How far a host scrolls for a `reveal` (what public/embed.js does too): as little as possible so
 * that rows top…bottom of a frame whose top edge is at `frameTop` in a viewport `height` tall are
 * visible; when they do not fit, the top wins.
 */
export function revealScroll(frameTop: number, reveal: Pick<RevealMessage, 'top' | 'bottom'>, height: number): number {
  const a = frameTop + reveal.top
  const b = frameTop + reveal.bottom
  if (a < 0) return a
  return b > height ? Math.min(a, b - height) : 0
}

const isStatus = (v: unknown): v is Status => (STATUSES as readonly unknown[]).includes(v)

export function errorMessage(errors: readonly Pick<ProfileError, 'path' | 'message'>[]): ErrorMessage {
  return { source: WIDGET_SOURCE, type: 'error', errors: errors.map(({ path, message }) => ({ path, message })) }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)

/** A host → widget message of a known shape, or null (to be ignored). */
export function parseHostMessage(data: unknown): HostMessage | null {
  if (!isRecord(data) || data.source !== HOST_SOURCE) return null
  if (data.type === 'prefill' && 'profile' in data) return { source: HOST_SOURCE, type: 'prefill', profile: data.profile }
  if (data.type === 'viewport' && isFiniteNumber(data.top) && isFiniteNumber(data.height) && data.height >= 0)
    return { source: HOST_SOURCE, type: 'viewport', top: data.top, height: data.height }
  return null
}

/** A widget → host message of a known shape, or null; used by the builder's live preview. */
export function parseWidgetMessage(data: unknown): WidgetMessage | null {
  if (!isRecord(data) || data.source !== WIDGET_SOURCE) return null
  switch (data.type) {
    case 'ready':
      return readyMessage()
    case 'resize':
      return typeof data.height === 'number' && Number.isFinite(data.height) ? resizeMessage(data.height) : null
    case 'result':
      return typeof data.total === 'number' && typeof data.threshold === 'number' && typeof data.meetsThreshold === 'boolean' && isStatus(data.status)
        ? resultMessage({ total: data.total, threshold: data.threshold, meetsThreshold: data.meetsThreshold, status: data.status })
        : null
    case 'cta':
      return typeof data.total === 'number' && isStatus(data.status) ? ctaMessage({ total: data.total, status: data.status }) : null
    case 'reveal':
      return isFiniteNumber(data.top) && isFiniteNumber(data.bottom) ? revealMessage(data.top, data.bottom) : null
    case 'error':
      return Array.isArray(data.errors)
        ? errorMessage(data.errors.filter(isRecord).map((e) => ({ path: String(e.path), message: String(e.message) })))
        : null
    default:
      return null
  }
}

export interface IncomingMessage {
  data: unknown
  origin: string
  source: unknown
}

export type HostAction =
  | { kind: 'prefill'; profile: Profile }
  | { kind: 'reject'; reply: ErrorMessage }

/**
 * Cheap screening of an incoming message (no profile validation, so a burst costs little): only
 * the parent window counts; a prefill only from `parentOrigin`; a viewport (geometry, harmless)
 * from `parentOrigin`, or from any origin when none was given.
 */
export function screenHostMessage(event: IncomingMessage, expected: { parentOrigin?: string; parent: unknown }): HostMessage | null {
  if (event.source !== expected.parent) return null
  const message = parseHostMessage(event.data)
  if (!message) return null
  if (message.type === 'prefill') return expected.parentOrigin && event.origin === expected.parentOrigin ? message : null
  return !expected.parentOrigin || event.origin === expected.parentOrigin ? message : null
}

/** A screened prefill: the parsed profile, or the error reply for the host. */
export function validatePrefill(message: PrefillMessage, today: string): HostAction {
  const parsed = parseProfile(message.profile, today)
  return parsed.success ? { kind: 'prefill', profile: parsed.profile } : { kind: 'reject', reply: errorMessage(parsed.errors) }
}
