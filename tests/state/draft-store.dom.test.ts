import { renderHook, act } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { assess } from '../../src/engine/assess'
import { sanitizeDraft } from '../../src/engine/schema'
import { createSafeStorage, type SafeStorage } from '../../src/lib/storage'
import { todayInShanghai } from '../../src/lib/today'
import {
  STORAGE_KEY,
  decodeDraft,
  migrate,
  periods,
  reloadFromStorage,
  replaceDraft,
  resetDraft,
  setAsOfOverride,
  setField,
  setPersistence,
  setStep,
  useAssessment,
  WIDGET_STORAGE_KEY,
  useDraftStore,
  type Draft,
} from '../../src/state/draft-store'
import { flushWrites, keyStatus, selectScope } from '../../src/state/persist'
import { deriveAssessment as derive } from '../../src/state/derive'
import { draftErrors } from '../../src/state/field-errors'
import { fieldErrors } from '../fixtures/ready'

// The store's errors are worded by a lazy chunk: here it is loaded first (its arrival after the
// score is tests/components/wizard/field-errors-lazy.test.tsx's), and derivations are given it.
await fieldErrors()
const deriveAssessment = (draft: Draft, asOfOverride: string | undefined, today: string) => derive(draft, asOfOverride, today, draftErrors)

const local = () => createSafeStorage(() => localStorage)
const stored = () => {
  flushWrites()
  return JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Record<string, unknown> | null
}

beforeEach(() => {
  localStorage.clear()
  reloadFromStorage(local())
})

describe('persistence', () => {
  it('saves each change under sh-points:draft with the envelope version, and a reload restores it', () => {
    setField('birthDate', '1990-05-01')
    setStep('education')
    setAsOfOverride('2026-01-15')
    expect(stored()).toEqual({ v: 1, draft: { version: 1, birthDate: '1990-05-01' }, stepId: 'education', asOfOverride: '2026-01-15' })
    reloadFromStorage(local())
    const s = useDraftStore.getState()
    expect(s.draft).toEqual({ version: 1, birthDate: '1990-05-01' })
    expect(s.stepId).toBe('education')
    expect(s.asOfOverride).toBe('2026-01-15')
    expect(keyStatus(STORAGE_KEY)).toEqual({})
  })

  it('keeps an invalid value exactly as typed across a reload (it is reported, never wiped)', () => {
    setField('birthDate', '1990-13-45')
    periods.add({ from: '2020-01', to: '2019-01', base: 'abc' })
    flushWrites()
    reloadFromStorage(local())
    expect(useDraftStore.getState().draft).toEqual({
      version: 1,
      birthDate: '1990-13-45',
      socialInsurance: [{ from: '2020-01', to: '2019-01', base: 'abc' }],
    })
  })

  it('migrates a v0 value (a bare profile, before the envelope) to the current envelope', () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, birthDate: '1988-02-03', asOf: '2025-06-01' }))
    reloadFromStorage(local())
    const s = useDraftStore.getState()
    expect(s.draft).toEqual({ version: 1, birthDate: '1988-02-03' })
    expect(s.asOfOverride).toBe('2025-06-01')
    expect(stored()).toEqual({ v: 1, draft: { version: 1, birthDate: '1988-02-03' }, stepId: 'you', asOfOverride: '2025-06-01' })
    expect(migrate({ version: 1 }, 0)).toEqual({ draft: { version: 1 }, stepId: 'you' })
  })

  it.each([
    ['an unknown envelope version', JSON.stringify({ v: 99, draft: { version: 1 }, stepId: 'you' }), 'newer'],
    ['a draft of a newer profile version', JSON.stringify({ v: 1, draft: { version: 2, birthDate: '1990-01-01' }, stepId: 'you' }), 'newer'],
    ['not JSON', '{"v":1,', 'corrupt'],
    ['not an object', '[1,2,3]', 'corrupt'],
  ])('a stored value this version cannot read (%s) is kept untouched, read-only, until the user discards it', (_name, text, reason) => {
    localStorage.setItem(STORAGE_KEY, text)
    reloadFromStorage(local())
    expect(useDraftStore.getState().draft).toEqual({ version: 1 })
    expect(keyStatus(STORAGE_KEY)).toMatchObject({ unreadable: reason, raw: text })
    setField('education', 'master')
    flushWrites()
    expect(localStorage.getItem(STORAGE_KEY)).toBe(text)
  })

  it('decodes what it can read and names what it cannot', () => {
    expect(decodeDraft({ v: 2, draft: { version: 1 } })).toBe('newer')
    expect(decodeDraft({ v: 1, draft: 'x' })).toBe('corrupt')
    expect(decodeDraft({ v: 1, draft: { version: 1, education: 'master' }, stepId: 'result' })).toEqual({
      state: { draft: { version: 1, education: 'master' }, stepId: 'result' },
      version: 1,
    })
  })

  it('drops unknown fields and non-primitive values from stored data instead of crashing', () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ v: 1, stepId: 'nope', draft: { version: 1, hacker: 1, birthDate: { x: 1 }, education: 'master', socialInsurance: 'x' } }),
    )
    reloadFromStorage(local())
    expect(useDraftStore.getState().draft).toEqual({ version: 1, education: 'master' })
    expect(useDraftStore.getState().stepId).toBe('you')
  })

  it('blocked storage starts clean and still edits in memory', () => {
    const blocked: SafeStorage = createSafeStorage(() => {
      throw new Error('SecurityError')
    })
    expect(blocked.persistent).toBe(false)
    reloadFromStorage(blocked)
    setField('education', 'master')
    expect(useDraftStore.getState().draft.education).toBe('master')
  })

  it('memory mode starts clean and never writes to localStorage', () => {
    setField('education', 'master')
    flushWrites()
    reloadFromStorage(local())
    setPersistence('memory')
    expect(useDraftStore.getState().draft).toEqual({ version: 1 })
    setField('education', 'doctorate')
    expect(stored()?.draft).toEqual({ version: 1, education: 'master' })
  })

  it("the widget's own store instance keeps its drafts apart from the calculator's, both ways", () => {
    setField('birthDate', '1990-05-01')
    flushWrites()
    reloadFromStorage(local())
    selectScope('widget')
    expect(useDraftStore.getState().draft).toEqual({ version: 1 })
    setField('birthDate', '1980-01-01')
    expect(stored()?.draft).toEqual({ version: 1, birthDate: '1990-05-01' })
    expect(JSON.parse(localStorage.getItem(WIDGET_STORAGE_KEY) ?? 'null')?.draft).toEqual({ version: 1, birthDate: '1980-01-01' })
    selectScope('app')
    expect(useDraftStore.getState().draft).toEqual({ version: 1, birthDate: '1990-05-01' })
  })

  it('resetDraft clears the draft, the step, the date and the stored copy', () => {
    setField('education', 'master')
    setStep('result')
    setAsOfOverride('2025-01-01')
    flushWrites()
    expect(resetDraft()).toContain(STORAGE_KEY)
    expect(useDraftStore.getState()).toEqual({ draft: { version: 1 }, stepId: 'you' })
    expect(stored()).toBeNull()
  })
})

describe('actions', () => {
  it('replaceDraft takes a contract profile; its asOf becomes the assessment date', () => {
    replaceDraft({ version: 1, asOf: '2026-03-01', education: 'bachelorDegree', keyArea: { kind: 'newTown', since: '2018-01-01' } })
    const s = useDraftStore.getState()
    expect(s.draft).toEqual({ version: 1, education: 'bachelorDegree', keyArea: { kind: 'newTown', since: '2018-01-01' } })
    expect(s.asOfOverride).toBe('2026-03-01')
  })

  it('setField on a nested group removes the group when its last field is cleared', () => {
    setField('deductions.crimes', 1)
    expect(useDraftStore.getState().draft.deductions).toEqual({ crimes: 1 })
    setField('deductions.crimes', undefined)
    expect(useDraftStore.getState().draft).not.toHaveProperty('deductions')
  })

  it('periods can be added, changed, duplicated below and removed', () => {
    periods.add({ from: '2020-01', to: '2020-12', base: 8000 })
    periods.duplicate(0)
    periods.set(1, 'from', '2021-01')
    periods.set(1, 'to', '2021-12')
    expect(useDraftStore.getState().draft.socialInsurance).toEqual([
      { from: '2020-01', to: '2020-12', base: 8000 },
      { from: '2021-01', to: '2021-12', base: 8000 },
    ])
    periods.remove(0)
    periods.remove(0)
    expect(useDraftStore.getState().draft).not.toHaveProperty('socialInsurance')
  })
})

describe('useAssessment', () => {
  it('scores the valid part with the engine and reports the rest, on the chosen date', () => {
    replaceDraft({ version: 1, asOf: '2026-01-15', birthDate: '1990-05-01', education: 'master', socialInsurance: [{ from: '2020-01', to: 'oops', base: 9000 }] })
    const { result } = renderHook(() => useAssessment())
    const expected = sanitizeDraft({ version: 1, asOf: '2026-01-15', birthDate: '1990-05-01', education: 'master', socialInsurance: [{ from: '2020-01', to: 'oops', base: 9000 }] }, todayInShanghai())
    expect(result.current.asOf).toBe('2026-01-15')
    expect(result.current.profile).toEqual(expected.profile)
    expect(result.current.errors.map((e) => [e.path, e.code])).toEqual([['socialInsurance.0.to', 'invalidMonth']])
    expect(result.current.assessment).toEqual(assess(expected.profile, '2026-01-15'))
  })

  it('an invalid assessment date is reported and today is used instead', () => {
    const today = todayInShanghai()
    const d = deriveAssessment({ version: 1 }, '2026-02-30', today)
    expect(d.asOf).toBe(today)
    expect(d.errors).toEqual([expect.objectContaining({ path: 'asOf', code: 'invalidDate' })])
  })

  it('a blank period row (just added) is not counted and not reported; a half-filled one is', () => {
    const blank = deriveAssessment({ version: 1, socialInsurance: [{ from: '2020-01', to: '2020-12', base: 9000 }, {}] }, undefined, '2026-06-15')
    expect(blank.errors).toEqual([])
    expect(blank.profile.socialInsurance).toEqual([{ from: '2020-01', to: '2020-12', base: 9000 }])
    const half = deriveAssessment({ version: 1, socialInsurance: [{ from: '2020-01' }] }, undefined, '2026-06-15')
    expect(half.errors.map((e) => [e.path, e.code])).toEqual([
      ['socialInsurance.0.to', 'required'],
      ['socialInsurance.0.base', 'required'],
    ])
  })

  it('is memoised: the same draft gives the same object, a change gives a new one', () => {
    const { result, rerender } = renderHook(() => useAssessment())
    const first = result.current
    rerender()
    expect(result.current).toBe(first)
    act(() => setField('education', 'master'))
    expect(result.current).not.toBe(first)
    expect(result.current.assessment.items.find((i) => i.id === 'education')?.points).toBe(100)
  })
})
