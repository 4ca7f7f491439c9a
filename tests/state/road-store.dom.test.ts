// The road store: assumptions and scenarios persisted through safeStorage and validated on load;
// scenario edits reach nested answers; at most three scenarios.
import { beforeEach, describe, expect, it } from 'vitest'
import { parseAssumptions } from '../../src/state/assumptions'
import {
  addScenario,
  addScenarioPeriod,
  MAX_SCENARIOS,
  reloadRoadStore,
  removeScenario,
  removeScenarioPeriod,
  ROAD_STORAGE_KEY,
  setAssumption,
  setScenarioField,
  useRoadStore,
  validateRoadState,
} from '../../src/state/road-store'
import { createSafeStorage } from '../../src/lib/storage'
import { flushWrites } from '../../src/state/persist'
import type { Draft } from '../../src/state/draft-store'

const local = () => createSafeStorage(() => localStorage)
const draft: Draft = { version: 1, birthDate: '1990-05-01', education: 'bachelor', socialInsurance: [{ from: '2020-01', to: '2026-10', base: 9000 }] }

beforeEach(() => {
  localStorage.clear()
  reloadRoadStore(local())
})

describe('road store persistence', () => {
  it('saves assumptions and scenarios, and a reload restores them', () => {
    setAssumption('futureBase', 15000)
    const id = addScenario(draft, 'A')!
    flushWrites()
    reloadRoadStore(local())
    const s = useRoadStore.getState()
    expect(s.assumptions).toEqual({ keepPaying: true, futureBase: 15000 })
    expect(s.scenarios).toEqual([{ id, name: 'A', draft }])
  })

  it('starts clean from unreadable storage instead of failing, and keeps the stored value untouched', () => {
    localStorage.setItem(ROAD_STORAGE_KEY, '{not json')
    reloadRoadStore(local())
    expect(useRoadStore.getState()).toMatchObject({ assumptions: { keepPaying: true }, scenarios: [] })
    setAssumption('futureBase', 15000)
    flushWrites()
    expect(localStorage.getItem(ROAD_STORAGE_KEY)).toBe('{not json')
  })

  it('keeps scenarios saved by a newer version (v2) instead of dropping them', () => {
    const newer = JSON.stringify({ v: 2, assumptions: { keepPaying: true }, scenarios: [{ id: 'x', name: 'n', draft: { version: 1 } }] })
    localStorage.setItem(ROAD_STORAGE_KEY, newer)
    reloadRoadStore(local())
    addScenario(draft, 'A')
    flushWrites()
    expect(localStorage.getItem(ROAD_STORAGE_KEY)).toBe(newer)
  })

  it('drops what does not fit: wrong version, bad scenarios, duplicates, unknown fields, more than three', () => {
    expect(validateRoadState({ v: 2, scenarios: [{ id: 'x', name: 'n', draft: { version: 1 } }] }).scenarios).toEqual([])
    const raw = {
      v: 1,
      assumptions: { keepPaying: false, futureBase: { evil: true }, gapMonths: 'abc' },
      scenarios: [
        { id: 'a', name: 'A', draft: { version: 1, birthDate: '1990-01-01', hacker: 'x' } },
        { id: 'a', name: 'dup', draft: { version: 1 } },
        { id: 'b', name: 42, draft: 'not an object' },
        { id: 'c', name: 'C', draft: { version: 1 } },
        { id: 'd', name: 'D', draft: { version: 1 } },
        { id: 'e', name: 'E', draft: { version: 1 } },
      ],
    }
    const state = validateRoadState(raw)
    expect(state.assumptions).toEqual({ keepPaying: false, gapMonths: 'abc' })
    expect(state.scenarios.map((s) => s.id)).toEqual(['a', 'c', 'd'])
    expect(state.scenarios[0]!.draft).toEqual({ version: 1, birthDate: '1990-01-01' })
  })
})

describe('scenarios', () => {
  it('copies the answers (no shared objects) and allows at most three', () => {
    const id = addScenario(draft, 'A')!
    setScenarioField(id, 'socialInsurance.0.base', 20000)
    expect(draft.socialInsurance![0]!.base).toBe(9000)
    for (let i = 1; i < MAX_SCENARIOS; i++) expect(addScenario(draft, `S${i}`)).not.toBeNull()
    expect(addScenario(draft, 'too many')).toBeNull()
    expect(useRoadStore.getState().scenarios).toHaveLength(MAX_SCENARIOS)
    removeScenario(id)
    expect(useRoadStore.getState().scenarios).toHaveLength(MAX_SCENARIOS - 1)
  })

  it('sets and clears nested answers, and adds and removes periods', () => {
    const id = addScenario(draft, 'A')!
    const get = () => useRoadStore.getState().scenarios[0]!.draft
    setScenarioField(id, 'keyArea.kind', 'lingang')
    setScenarioField(id, 'keyArea.since', '2024-09-01')
    expect(get().keyArea).toEqual({ kind: 'lingang', since: '2024-09-01' })
    setScenarioField(id, 'keyArea.kind', undefined)
    setScenarioField(id, 'keyArea.since', undefined)
    expect(get().keyArea).toBeUndefined()
    setScenarioField(id, 'education', undefined)
    expect(get().education).toBeUndefined()
    addScenarioPeriod(id)
    expect(get().socialInsurance).toHaveLength(2)
    removeScenarioPeriod(id, 0)
    removeScenarioPeriod(id, 0)
    expect(get().socialInsurance).toBeUndefined()
  })
})

describe('assumptions as typed', () => {
  it('parses numbers and months, and leaves invalid ones out with a specific error', () => {
    expect(parseAssumptions({ keepPaying: true, futureBase: '15,000', baseFrom: '2027-03', gapFrom: '2027-05', gapMonths: 2 })).toEqual({
      assumptions: { keepPaying: true, futureBase: 15000, baseFrom: '2027-03', gap: { from: '2027-05', months: 2 } },
      errors: [],
    })
    const bad = parseAssumptions({ keepPaying: true, futureBase: '一万', baseFrom: '2027-13', gapMonths: 500 })
    expect(bad.assumptions).toEqual({ keepPaying: true })
    expect(bad.errors).toEqual([
      { field: 'futureBase', code: 'invalidType' },
      { field: 'baseFrom', code: 'invalidMonth' },
      { field: 'gapMonths', code: 'gapMonthsRange' },
    ])
  })

  it('asks for the other half of a break', () => {
    expect(parseAssumptions({ keepPaying: true, gapFrom: '2027-05' }).errors).toEqual([{ field: 'gapMonths', code: 'required' }])
    expect(parseAssumptions({ keepPaying: true, gapMonths: 3 }).errors).toEqual([{ field: 'gapFrom', code: 'required' }])
    expect(parseAssumptions({ keepPaying: true, futureBase: -1, gapMonths: 1.5, gapFrom: '2027-01' }).errors).toEqual([
      { field: 'futureBase', code: 'negative' },
      { field: 'gapMonths', code: 'notInteger' },
    ])
  })
})
