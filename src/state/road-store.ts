// The road panel's own small store: the projection assumptions and up to three what-if scenarios,
// as the user typed them, persisted through the storage layer (src/state/persist.ts) under the
// scope's key and validated on load (a value from a newer version is kept, not read).
import type { StorageValue } from 'zustand/middleware'
import { periodEdits, toDraft, withField, type Draft, type DraftValue, type FieldPath } from './draft-store'
import type { PeriodPart } from '../lib/fields/registry'
import { resetStorageLayer, scopedStore, type Unreadable } from './persist'
import { scopeKeys, STORAGE_KEYS } from '../lib/storage-keys'
import { safeStorage, type SafeStorage } from '../lib/storage'

export const ROAD_STORAGE_KEY = STORAGE_KEYS.road.key
export const MAX_SCENARIOS = 3
const MAX_TEXT = 200

/** Assumptions as typed: what the boxes hold (a number once it parses, else the text; absent = empty). */
export interface AssumptionsDraft {
  keepPaying: boolean
  /** Future monthly base; absent = the latest base entered. */
  futureBase?: DraftValue
  /** First month at that base (YYYY-MM); absent = this month. */
  baseFrom?: DraftValue
  /** A break in payment: first month and number of months; both absent = none. */
  gapFrom?: DraftValue
  gapMonths?: DraftValue
  /** Months to earn a credential, by action id ("education:master"); absent = the table's. */
  leadTimes?: Record<string, DraftValue>
}

export const DEFAULT_ASSUMPTIONS_DRAFT: AssumptionsDraft = { keepPaying: true }

export interface Scenario {
  id: string
  name: string
  draft: Draft
}

export interface RoadState {
  assumptions: AssumptionsDraft
  scenarios: Scenario[]
}

/** Actions that have a lead time: an education level or a title. */
const LEAD_ID = /^(education|qualification):[A-Za-z0-9]{1,30}$/

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const text = (v: unknown) => (typeof v === 'string' ? v.slice(0, MAX_TEXT) : '')
const value = (v: unknown): DraftValue | undefined =>
  typeof v === 'string' ? v.slice(0, MAX_TEXT) : typeof v === 'number' && Number.isFinite(v) ? v : undefined

/** Any stored value → a state the panel can render; whatever does not fit is dropped. */
export function validateRoadState(raw: unknown): RoadState {
  if (!isRecord(raw) || raw.v !== 1) return { assumptions: { ...DEFAULT_ASSUMPTIONS_DRAFT }, scenarios: [] }
  const a = isRecord(raw.assumptions) ? raw.assumptions : {}
  const assumptions: AssumptionsDraft = { keepPaying: a.keepPaying !== false }
  for (const key of ['futureBase', 'baseFrom', 'gapFrom', 'gapMonths'] as const) {
    const v = value(a[key])
    if (v !== undefined) assumptions[key] = v
  }
  if (isRecord(a.leadTimes)) {
    const leadTimes: Record<string, DraftValue> = {}
    for (const [id, raw] of Object.entries(a.leadTimes)) {
      const v = value(raw)
      if (LEAD_ID.test(id) && v !== undefined) leadTimes[id] = v
    }
    if (Object.keys(leadTimes).length) assumptions.leadTimes = leadTimes
  }
  const scenarios: Scenario[] = []
  const seen = new Set<string>()
  for (const s of Array.isArray(raw.scenarios) ? raw.scenarios : []) {
    if (!isRecord(s) || typeof s.id !== 'string' || !s.id || seen.has(s.id) || !isRecord(s.draft)) continue
    seen.add(s.id)
    scenarios.push({ id: s.id.slice(0, 40), name: text(s.name), draft: toDraft(s.draft).draft })
    if (scenarios.length === MAX_SCENARIOS) break
  }
  return { assumptions, scenarios }
}

/** A stored value: v1 is validated; a higher `v` was written by a newer version (kept, not read). */
export function decodeRoad(raw: unknown): StorageValue<RoadState> | Unreadable {
  if (!isRecord(raw) || typeof raw.v !== 'number') return 'corrupt'
  if (raw.v > 1) return 'newer'
  return raw.v === 1 ? { state: validateRoadState(raw), version: 1 } : 'corrupt'
}

const initial = (): RoadState => ({ assumptions: { ...DEFAULT_ASSUMPTIONS_DRAFT }, scenarios: [] })

export const useRoadStore = scopedStore<RoadState, RoadState>({
  key: (scope) => scopeKeys(scope).road,
  initial,
  partialize: ({ assumptions, scenarios }) => ({ assumptions, scenarios }),
  // Version 1 is the first; an older value does not exist.
  migrate: () => initial(),
  codec: {
    version: 1,
    decode: decodeRoad,
    encode: ({ state, version }) => ({ v: version, ...state }),
    isEmpty: (s) => !s.scenarios.length && Object.keys(s.assumptions).length === 1 && s.assumptions.keepPaying,
  },
})

/** Tests only: start over from a given storage, as a page load would. */
export function reloadRoadStore(from: SafeStorage = safeStorage): void {
  resetStorageLayer(from)
}

// ── actions ────────────────────────────────────────────────────────────────────────────────

export function setAssumption<K extends keyof AssumptionsDraft>(key: K, v: AssumptionsDraft[K] | undefined): void {
  useRoadStore.setState((s) => {
    const assumptions = { ...s.assumptions }
    if (v === undefined) delete assumptions[key]
    else assumptions[key] = v
    return { assumptions }
  })
}

/** Set (or clear, with undefined) the months to earn the credential of an action. */
export function setLeadTime(id: string, v: DraftValue | undefined): void {
  useRoadStore.setState((s) => {
    const leadTimes = { ...s.assumptions.leadTimes }
    if (v === undefined) delete leadTimes[id]
    else leadTimes[id] = v
    const assumptions: AssumptionsDraft = { ...s.assumptions, leadTimes }
    if (!Object.keys(leadTimes).length) delete assumptions.leadTimes
    return { assumptions }
  })
}

export function resetAssumptions(): void {
  useRoadStore.setState({ assumptions: { ...DEFAULT_ASSUMPTIONS_DRAFT } })
}

let counter = 0
const newId = () => `s${Date.now().toString(36)}${(counter++).toString(36)}`

/** Copy a draft into a new scenario (no-op when three exist); returns its id or null. */
export function addScenario(draft: Draft, name: string): string | null {
  if (useRoadStore.getState().scenarios.length >= MAX_SCENARIOS) return null
  const id = newId()
  // A deep copy through the validator: the scenario never shares objects with the live draft.
  const copy = toDraft(JSON.parse(JSON.stringify(draft))).draft
  useRoadStore.setState((s) => ({ scenarios: [...s.scenarios, { id, name: name.slice(0, MAX_TEXT), draft: copy }] }))
  return id
}

export function removeScenario(id: string): void {
  useRoadStore.setState((s) => ({ scenarios: s.scenarios.filter((x) => x.id !== id) }))
}

export function renameScenario(id: string, name: string): void {
  updateScenario(id, (x) => ({ ...x, name: name.slice(0, MAX_TEXT) }))
}

/** Scenario field paths: the draft's answers and each period's parts. */
export type ScenarioPath = FieldPath | `socialInsurance.${number}.${PeriodPart}`

/** Change a scenario's answers (the wizard's fields do it through their binding). */
export function updateScenarioDraft(id: string, edit: (draft: Draft) => Draft): void {
  updateScenario(id, (x) => ({ ...x, draft: edit(x.draft) }))
}

/** Set (or clear, with undefined) one answer of a scenario. */
export function setScenarioField(id: string, path: ScenarioPath, value: DraftValue | undefined): void {
  const period = /^socialInsurance\.(\d+)\.(from|to|base)$/.exec(path)
  updateScenarioDraft(id, period ? periodEdits.set(Number(period[1]), period[2] as PeriodPart, value) : (d) => withField(d, path, value))
}

export function addScenarioPeriod(id: string): void {
  updateScenarioDraft(id, periodEdits.add())
}

export function removeScenarioPeriod(id: string, index: number): void {
  updateScenarioDraft(id, periodEdits.remove(index))
}

function updateScenario(id: string, fn: (s: Scenario) => Scenario): void {
  useRoadStore.setState((s) => ({ scenarios: s.scenarios.map((x) => (x.id === id ? fn(x) : x)) }))
}
