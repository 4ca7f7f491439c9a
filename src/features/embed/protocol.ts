// The postMessage protocol between the widget (?embed=1) and the page that frames it. Every
// message is an object with `source` and `type`. Pure: builders, validators and the prefill rule.
import { parseProfile, type Profile, type ProfileError } from '../../engine/schema'
import type { Assessment } from '../../engine/types'

export const WIDGET_SOURCE = 'sh-points'
export const HOST_SOURCE = 'sh-points-host'

/** Heights the widget reports, and the loader accepts, in CSS pixels. */
export const HEIGHT_MIN = 120
export const HEIGHT_MAX = 20_000

export type ReadyMessage = { source: typeof WIDGET_SOURCE; type: 'ready' }
export type ResizeMessage = { source: typeof WIDGET_SOURCE; type: 'resize'; height: number }
/** Totals only: never an answer or any other personal field. */
export type ResultMessage = {
  source: typeof WIDGET_SOURCE
  type: 'result'
  total: number
  threshold: number
  meetsThreshold: boolean
}
export type ErrorMessage = { source: typeof WIDGET_SOURCE; type: 'error'; errors: { path: string; message: string }[] }
export type WidgetMessage = ReadyMessage | ResizeMessage | ResultMessage | ErrorMessage

export type PrefillMessage = { source: typeof HOST_SOURCE; type: 'prefill'; profile: unknown }

export const readyMessage = (): ReadyMessage => ({ source: WIDGET_SOURCE, type: 'ready' })

export const clampHeight = (height: number): number => Math.min(HEIGHT_MAX, Math.max(HEIGHT_MIN, Math.ceil(height)))

export const resizeMessage = (height: number): ResizeMessage => ({ source: WIDGET_SOURCE, type: 'resize', height: clampHeight(height) })

/** Picks the three public fields, so nothing else of the assessment can leak. */
export function resultMessage(a: Pick<Assessment, 'total' | 'threshold' | 'meetsThreshold'>): ResultMessage {
  return { source: WIDGET_SOURCE, type: 'result', total: a.total, threshold: a.threshold, meetsThreshold: a.meetsThreshold }
}

export function errorMessage(errors: readonly Pick<ProfileError, 'path' | 'message'>[]): ErrorMessage {
  return { source: WIDGET_SOURCE, type: 'error', errors: errors.map(({ path, message }) => ({ path, message })) }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** A host → widget message of a known shape, or null (to be ignored). */
export function parseHostMessage(data: unknown): PrefillMessage | null {
  if (!isRecord(data) || data.source !== HOST_SOURCE) return null
  if (data.type === 'prefill' && 'profile' in data) return { source: HOST_SOURCE, type: 'prefill', profile: data.profile }
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
      return typeof data.total === 'number' && typeof data.threshold === 'number' && typeof data.meetsThreshold === 'boolean'
        ? resultMessage({ total: data.total, threshold: data.threshold, meetsThreshold: data.meetsThreshold })
        : null
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
  | { kind: 'ignore' }
  | { kind: 'prefill'; profile: Profile }
  | { kind: 'reject'; reply: ErrorMessage }

/**
 * What the widget does with a message: only a well-formed prefill from the parent window at
 * `parentOrigin` counts; a profile that fails validation is answered with its errors.
 */
export function handleHostMessage(
  event: IncomingMessage,
  expected: { parentOrigin?: string; parent: unknown },
  today: string,
): HostAction {
  if (!expected.parentOrigin || event.origin !== expected.parentOrigin || event.source !== expected.parent) return { kind: 'ignore' }
  const message = parseHostMessage(event.data)
  if (!message) return { kind: 'ignore' }
  const parsed = parseProfile(message.profile, today)
  return parsed.success ? { kind: 'prefill', profile: parsed.profile } : { kind: 'reject', reply: errorMessage(parsed.errors) }
}
