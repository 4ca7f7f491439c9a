import { describe, expect, it } from 'vitest'
import { assess } from '../../../src/engine/assess'
import {
  HEIGHT_MAX,
  HEIGHT_MIN,
  ctaMessage,
  parseHostMessage,
  revealScroll,
  screenHostMessage,
  validatePrefill,
  type HostAction,
  type IncomingMessage,
  parseWidgetMessage,
  resizeMessage,
  resultMessage,
} from '../../../src/features/embed/protocol'

const PARENT = { name: 'the parent window' }
const HOST = 'https://consult.example'
const TODAY = '2026-06-15'
/** Screening then validation, as the widget does (it coalesces bursts in between). */
function handleHostMessage(event: IncomingMessage, expected: { parentOrigin?: string; parent: unknown }, today: string): HostAction | { kind: 'ignore' } {
  const message = screenHostMessage(event, expected)
  return message?.type === 'prefill' ? validatePrefill(message, today) : { kind: 'ignore' }
}
const prefill = (profile: unknown) => ({ source: 'sh-points-host', type: 'prefill', profile })
// Age 30 on 2026-06-15 → 30; master → 100 (rules §1): 130 in all.
const MASTER_AGED_30 = { version: 1, asOf: TODAY, birthDate: '1996-01-01', education: 'master' }

describe('widget → host messages', () => {
  it('a result carries exactly source, type, total, threshold, meetsThreshold and status, nothing of the profile', () => {
    const assessment = assess({ version: 1, birthDate: '1996-01-01', education: 'master' }, TODAY)
    const message = resultMessage(assessment)
    // No social insurance entered: 130 points, but the verdict is incomplete, not 达标.
    expect(message).toEqual({ source: 'sh-points', type: 'result', total: 130, threshold: 120, meetsThreshold: true, status: 'incomplete' })
    expect(Object.keys(message).sort()).toEqual(['meetsThreshold', 'source', 'status', 'threshold', 'total', 'type'])
  })

  it('a call-to-action press carries the total and status only', () => {
    const assessment = assess({ version: 1, birthDate: '1996-01-01', education: 'master' }, TODAY)
    expect(ctaMessage(assessment)).toEqual({ source: 'sh-points', type: 'cta', total: 130, status: 'incomplete' })
  })

  it('a resize height is a whole number clamped to the accepted range', () => {
    expect(resizeMessage(640.2)).toEqual({ source: 'sh-points', type: 'resize', height: 641 })
    expect(resizeMessage(0).height).toBe(HEIGHT_MIN)
    expect(resizeMessage(1e9).height).toBe(HEIGHT_MAX)
  })

  it('the preview validates what it receives', () => {
    expect(parseWidgetMessage({ source: 'sh-points', type: 'ready' })).toEqual({ source: 'sh-points', type: 'ready' })
    expect(parseWidgetMessage({ source: 'sh-points', type: 'resize', height: 500 })).toMatchObject({ height: 500 })
    expect(parseWidgetMessage({ source: 'sh-points', type: 'result', total: 10, threshold: 120, meetsThreshold: false, status: 'below', birthDate: 'x' })).toEqual(
      { source: 'sh-points', type: 'result', total: 10, threshold: 120, meetsThreshold: false, status: 'below' },
    )
    expect(parseWidgetMessage({ source: 'sh-points', type: 'cta', total: 10, status: 'below', education: 'x' })).toEqual({ source: 'sh-points', type: 'cta', total: 10, status: 'below' })
    for (const bad of [null, 'ready', [], { type: 'ready' }, { source: 'other', type: 'ready' }, { source: 'sh-points', type: 'resize', height: NaN }, { source: 'sh-points', type: 'result', total: '10' }, { source: 'sh-points', type: 'result', total: 10, threshold: 120, meetsThreshold: false, status: 'great' }, { source: 'sh-points', type: 'nope' }])
      expect(parseWidgetMessage(bad)).toBeNull()
  })
})

describe('reveal', () => {
  it('scrolls as little as possible, and the top wins when the rows do not fit', () => {
    // Frame top 500 px above an 800 px viewport.
    expect(revealScroll(-500, { top: 600, bottom: 700 }, 800)).toBe(0)
    expect(revealScroll(-500, { top: 400, bottom: 480 }, 800)).toBe(-100)
    expect(revealScroll(-500, { top: 1200, bottom: 1350 }, 800)).toBe(50)
    expect(revealScroll(-500, { top: 900, bottom: 2000 }, 800)).toBe(400)
  })
})

describe('host → widget messages', () => {
  it('recognises only a prefill or a viewport from the host source', () => {
    expect(parseHostMessage(prefill({ version: 1 }))).toEqual(prefill({ version: 1 }))
    expect(parseHostMessage({ source: 'sh-points-host', type: 'viewport', top: -20, height: 844, x: 1 })).toEqual({ source: 'sh-points-host', type: 'viewport', top: -20, height: 844 })
    for (const bad of [null, 42, 'prefill', [prefill({})], { type: 'prefill', profile: {} }, { source: 'sh-points', type: 'prefill', profile: {} }, { source: 'sh-points-host', type: 'reset' }, { source: 'sh-points-host', type: 'prefill' }, { source: 'sh-points-host', type: 'viewport', top: '1', height: 2 }, { source: 'sh-points-host', type: 'viewport', top: 1, height: -2 }])
      expect(parseHostMessage(bad)).toBeNull()
  })

  it('a viewport is accepted from the parent window at parentOrigin, or from the parent at any origin when none was given', () => {
    const viewport = { source: 'sh-points-host', type: 'viewport', top: 10, height: 800 }
    expect(screenHostMessage({ data: viewport, origin: HOST, source: PARENT }, { parentOrigin: HOST, parent: PARENT })).toEqual(viewport)
    expect(screenHostMessage({ data: viewport, origin: 'https://other.example', source: PARENT }, { parent: PARENT })).toEqual(viewport)
    expect(screenHostMessage({ data: viewport, origin: 'https://other.example', source: PARENT }, { parentOrigin: HOST, parent: PARENT })).toBeNull()
    expect(screenHostMessage({ data: viewport, origin: HOST, source: { name: 'a popup' } }, { parentOrigin: HOST, parent: PARENT })).toBeNull()
  })

  it('a valid prefill from the parent window at parentOrigin replaces the draft with the parsed profile', () => {
    const action = handleHostMessage({ data: prefill(MASTER_AGED_30), origin: HOST, source: PARENT }, { parentOrigin: HOST, parent: PARENT }, TODAY)
    expect(action).toEqual({ kind: 'prefill', profile: MASTER_AGED_30 })
  })

  it('an invalid prefill is answered with each error as {path, message} only', () => {
    const action = handleHostMessage(
      { data: prefill({ version: 1, education: 'phd', birthDate: '2030-01-01', extra: 1 }), origin: HOST, source: PARENT },
      { parentOrigin: HOST, parent: PARENT },
      TODAY,
    )
    expect(action.kind).toBe('reject')
    if (action.kind !== 'reject') return
    expect(action.reply.source).toBe('sh-points')
    expect(action.reply.type).toBe('error')
    expect(action.reply.errors.map((e) => e.path).sort()).toEqual(['birthDate', 'education', 'extra'])
    for (const e of action.reply.errors) {
      expect(Object.keys(e).sort()).toEqual(['message', 'path'])
      expect(e.message.length).toBeGreaterThan(5)
    }
  })

  it.each([
    ['another origin', { origin: 'https://evil.example', source: PARENT }, HOST],
    ['another window at the right origin', { origin: HOST, source: { name: 'a popup' } }, HOST],
    ['no parentOrigin was given', { origin: HOST, source: PARENT }, undefined],
  ])('ignores a message from %s', (_, from, parentOrigin) => {
    expect(handleHostMessage({ data: prefill(MASTER_AGED_30), ...from }, { parentOrigin, parent: PARENT }, TODAY)).toEqual({ kind: 'ignore' })
  })

  it('ignores an unknown message shape even from the right origin (no error reply)', () => {
    expect(handleHostMessage({ data: { hello: 1 }, origin: HOST, source: PARENT }, { parentOrigin: HOST, parent: PARENT }, TODAY)).toEqual({ kind: 'ignore' })
  })
})
