// The draft store: the profile as the user typed it (contract §1 format, possibly invalid), the
// current wizard step and an optional assessment date. Everything else is derived (useAssessment).
// Persisted to localStorage ('local', the default) or kept in memory only ('memory', for embeds).
import { useMemo, useSyncExternalStore } from 'react'
import { create } from 'zustand'
import type { DerivedAssessment } from './derive'
import { engineModule, subscribeEngine, type EngineModule } from './engine-loader'
import { safeStorage, type SafeStorage } from '../lib/storage'
import { todayInShanghai } from '../lib/today'

export const STEP_IDS = ['you', 'education', 'insurance', 'bonuses', 'deductions', 'result'] as const
export type StepId = (typeof STEP_IDS)[number]

/** A primitive as typed: a number when it parsed, otherwise the text itself (reported as an error). */
export type DraftValue = string | number | boolean
export interface DraftPeriod {
  from?: DraftValue
  to?: DraftValue
  base?: DraftValue
}
/** The contract's profile shape, but every value may be what the user typed, valid or not. */
export interface Draft {
  version: 1
  birthDate?: DraftValue
  education?: DraftValue
  fullTimeStudy?: DraftValue
  qualification?: DraftValue
  socialInsurance?: DraftPeriod[]
  shortageMajor?: DraftValue
  freshGraduate?: DraftValue
  publicServiceSince?: DraftValue
  keyArea?: { kind?: DraftValue; since?: DraftValue }
  spouseHukouSince?: DraftValue
  award?: DraftValue
  investment?: { avgAnnualTax?: DraftValue; avgLocalHires?: DraftValue }
  innovation?: DraftValue
  deductions?: { falseMaterials?: DraftValue; detentions?: DraftValue; crimes?: DraftValue }
  seriousCrime?: DraftValue
}

/** Why the draft started clean or will not survive a reload; shown to the user until dismissed. */
export type StorageNotice = 'corrupt' | 'blocked'
export type PersistenceMode = 'local' | 'memory'

export interface DraftState {
  draft: Draft
  stepId: StepId
  /** The assessment date as typed (YYYY-MM-DD); absent = today in Shanghai. */
  asOfOverride?: string
  notice: StorageNotice | null
}

export const STORAGE_KEY = 'sh-points:draft'
/** The embed widget's drafts, kept apart from the calculator's. */
export const WIDGET_STORAGE_KEY = 'sh-points:widget-draft'
/** Version of the stored envelope `{ v, draft, stepId, asOfOverride }`; bump it and extend `migrate`. */
export const STORAGE_VERSION = 1
const MAX_TEXT = 200
const MAX_PERIODS = 600

const emptyDraft = (): Draft => ({ version: 1 })

// ── normalising untrusted input (storage, share links, imports) into the draft shape ─────────

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

function value(v: unknown): DraftValue | undefined {
  if (typeof v === 'string') return v.slice(0, MAX_TEXT)
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined
  if (typeof v === 'boolean') return v
  return undefined
}

function pick<K extends string>(raw: unknown, keys: readonly K[]): Partial<Record<K, DraftValue>> | undefined {
  if (!isRecord(raw)) return undefined
  const out: Partial<Record<K, DraftValue>> = {}
  for (const k of keys) {
    const v = value(raw[k])
    if (v !== undefined) out[k] = v
  }
  return Object.keys(out).length ? out : undefined
}

const SCALARS = [
  'birthDate',
  'education',
  'fullTimeStudy',
  'qualification',
  'shortageMajor',
  'freshGraduate',
  'publicServiceSince',
  'spouseHukouSince',
  'award',
  'innovation',
  'seriousCrime',
] as const

/**
 * Any object → a draft the UI can render: known fields only, primitives only, bounded sizes.
 * Values are kept as they are (an invalid one is reported by sanitizeDraft at its field).
 * `asOf` is returned apart: in the store it lives in `asOfOverride`.
 */
export function toDraft(raw: unknown): { draft: Draft; asOf?: string } {
  const draft = emptyDraft()
  if (!isRecord(raw)) return { draft }
  const d = draft as unknown as Record<string, unknown>
  for (const k of SCALARS) {
    const v = value(raw[k])
    if (v !== undefined) d[k] = v
  }
  if (Array.isArray(raw.socialInsurance))
    draft.socialInsurance = raw.socialInsurance.slice(0, MAX_PERIODS).map((p) => pick(p, ['from', 'to', 'base'] as const) ?? {})
  const keyArea = pick(raw.keyArea, ['kind', 'since'] as const)
  if (keyArea) draft.keyArea = keyArea
  const investment = pick(raw.investment, ['avgAnnualTax', 'avgLocalHires'] as const)
  if (investment) draft.investment = investment
  const deductions = pick(raw.deductions, ['falseMaterials', 'detentions', 'crimes'] as const)
  if (deductions) draft.deductions = deductions
  const asOf = typeof raw.asOf === 'string' ? raw.asOf.slice(0, MAX_TEXT) : undefined
  return asOf === undefined ? { draft } : { draft, asOf }
}

// ── persistence ────────────────────────────────────────────────────────────────────────────

interface Stored {
  v: typeof STORAGE_VERSION
  draft: Draft
  stepId: StepId
  asOfOverride?: string
}

/**
 * Bring a stored value to the current envelope, or null when it cannot be trusted.
 * v0 (before the envelope): the bare profile object itself.
 */
export function migrate(raw: unknown): Stored | null {
  if (!isRecord(raw)) return null
  if (raw.v === undefined && raw.version === 1) return migrate({ v: 1, draft: raw, stepId: 'you' })
  if (raw.v !== 1 || !isRecord(raw.draft) || raw.draft.version !== 1) return null
  const { draft, asOf } = toDraft(raw.draft)
  const stepId = STEP_IDS.includes(raw.stepId as StepId) ? (raw.stepId as StepId) : 'you'
  const override = typeof raw.asOfOverride === 'string' ? raw.asOfOverride.slice(0, MAX_TEXT) : asOf
  return override === undefined ? { v: 1, draft, stepId } : { v: 1, draft, stepId, asOfOverride: override }
}

/** Read the stored draft: the state to start from, with a notice when the storage let us down. */
export function loadState(storage: SafeStorage, key: string = STORAGE_KEY): DraftState {
  const clean: DraftState = { draft: emptyDraft(), stepId: 'you', notice: storage.persistent ? null : 'blocked' }
  const text = storage.getItem(key)
  if (text === null) return clean
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    parsed = undefined
  }
  const stored = migrate(parsed)
  if (!stored) {
    storage.removeItem(key)
    return { ...clean, notice: 'corrupt' }
  }
  const state: DraftState = { draft: stored.draft, stepId: stored.stepId, notice: clean.notice }
  if (stored.asOfOverride !== undefined) state.asOfOverride = stored.asOfOverride
  return state
}

let storage: SafeStorage = safeStorage
let storageKey = STORAGE_KEY
let mode: PersistenceMode = 'local'
/** The user (or a caller) changed the draft since it was loaded. */
let dirty = false

export const useDraftStore = create<DraftState>()(() => loadState(storage))

function save(state: DraftState) {
  if (mode !== 'local') return
  if (!isEmpty(state)) {
    const stored: Stored = { v: STORAGE_VERSION, draft: state.draft, stepId: state.stepId }
    if (state.asOfOverride !== undefined) stored.asOfOverride = state.asOfOverride
    storage.setItem(storageKey, JSON.stringify(stored))
  } else storage.removeItem(storageKey)
}

const isEmpty = (s: DraftState) => Object.keys(s.draft).length === 1 && s.asOfOverride === undefined && s.stepId === 'you'

useDraftStore.subscribe((state, prev) => {
  if (state.draft !== prev.draft || state.stepId !== prev.stepId || state.asOfOverride !== prev.asOfOverride) {
    dirty = true
    save(state)
  }
})

/**
 * 'local' (default) keeps the draft in localStorage; 'memory' keeps it for this page only. The
 * embed widget calls 'memory' before its first render: a draft loaded from storage and not yet
 * edited is then dropped, so the widget starts clean.
 */
export function setPersistence(next: PersistenceMode): void {
  if (next === mode) return
  mode = next
  if (next === 'memory') {
    if (!dirty) useDraftStore.setState({ draft: emptyDraft(), stepId: 'you', asOfOverride: undefined, notice: null })
    dirty = false
  } else save(useDraftStore.getState())
}

/**
 * Keep drafts under another key: the embed widget uses its own, so that a widget framed on our own
 * pages (the builder's preview) never shows or edits the visitor's calculator draft. The draft is
 * reloaded from the new key unless it was already edited.
 */
export function setStorageKey(key: string): void {
  if (key === storageKey) return
  storageKey = key
  if (!dirty) useDraftStore.setState(loadState(storage, key), true)
  dirty = false
}

/** Whether changes are being kept across reloads (local mode, storage available). */
export function savesLocally(): boolean {
  return mode === 'local' && storage.persistent
}

/** Tests only: start over from a given storage, as a page load would. */
export function reloadFromStorage(from: SafeStorage = safeStorage): void {
  storage = from
  storageKey = STORAGE_KEY
  mode = 'local'
  useDraftStore.setState(loadState(storage), true)
  dirty = false
}

// ── actions ────────────────────────────────────────────────────────────────────────────────

/** Replace the whole draft (prefill, share link, import, batch row); `asOf` becomes the assessment date. */
export function replaceDraft(profile: unknown): void {
  const { draft, asOf } = toDraft(profile)
  useDraftStore.setState({ draft, asOfOverride: asOf })
}

/** Clear my data: an empty draft, the first step, today's date, nothing stored. */
export function resetDraft(): void {
  useDraftStore.setState({ draft: emptyDraft(), stepId: 'you', asOfOverride: undefined, notice: null })
  storage.removeItem(STORAGE_KEY)
}

export function setStep(stepId: StepId): void {
  useDraftStore.setState({ stepId })
}

export function setAsOfOverride(asOf: string | undefined): void {
  useDraftStore.setState({ asOfOverride: asOf || undefined })
}

export function dismissNotice(): void {
  useDraftStore.setState({ notice: null })
}

/** A top-level field, or one in a nested group (`keyArea`, `investment`, `deductions`); undefined clears it. */
export type FieldPath =
  | (typeof SCALARS)[number]
  | `keyArea.${'kind' | 'since'}`
  | `investment.${'avgAnnualTax' | 'avgLocalHires'}`
  | `deductions.${'falseMaterials' | 'detentions' | 'crimes'}`

export function setField(path: FieldPath, v: DraftValue | undefined): void {
  useDraftStore.setState((s) => ({ draft: withField(s.draft, path, v) }))
}

function withField(draft: Draft, path: FieldPath, v: DraftValue | undefined): Draft {
  const next = { ...draft } as Record<string, unknown>
  const [key, sub] = path.split('.') as [string, string | undefined]
  if (sub === undefined) {
    if (v === undefined) delete next[key]
    else next[key] = v
  } else {
    const group = { ...(next[key] as Record<string, unknown> | undefined) }
    if (v === undefined) delete group[sub]
    else group[sub] = v
    if (Object.keys(group).length) next[key] = group
    else delete next[key]
  }
  return next as unknown as Draft
}

/** Social-insurance periods: add (at the end), change one field, remove, duplicate (below). */
export const periods = {
  add(period: DraftPeriod = {}): void {
    useDraftStore.setState((s) => ({ draft: { ...s.draft, socialInsurance: [...(s.draft.socialInsurance ?? []), period].slice(0, MAX_PERIODS) } }))
  },
  set(index: number, field: keyof DraftPeriod, v: DraftValue | undefined): void {
    updatePeriods((list) =>
      list.map((p, i) => {
        if (i !== index) return p
        const next = { ...p }
        if (v === undefined) delete next[field]
        else next[field] = v
        return next
      }),
    )
  },
  remove(index: number): void {
    updatePeriods((list) => list.filter((_, i) => i !== index))
  },
  duplicate(index: number): void {
    updatePeriods((list) => (list[index] && list.length < MAX_PERIODS ? [...list.slice(0, index + 1), { ...list[index] }, ...list.slice(index + 1)] : list))
  },
}

function updatePeriods(fn: (list: DraftPeriod[]) => DraftPeriod[]) {
  useDraftStore.setState((s) => {
    const list = fn(s.draft.socialInsurance ?? [])
    const draft: Draft = { ...s.draft, socialInsurance: list }
    if (!list.length) delete draft.socialInsurance
    return { draft }
  })
}

// ── derived ────────────────────────────────────────────────────────────────────────────────

export type { DerivedAssessment }

let memo: { draft: Draft; asOfOverride: string | undefined; today: string; result: DerivedAssessment } | null = null

function derived(engine: EngineModule, draft: Draft, asOfOverride: string | undefined, today: string): DerivedAssessment {
  if (memo && memo.draft === draft && memo.asOfOverride === asOfOverride && memo.today === today) return memo.result
  const result = engine.deriveAssessment(draft, asOfOverride, today)
  memo = { draft, asOfOverride, today, result }
  return result
}

/** What the first screen shows while the engine chunk is still loading (no score is invented). */
function pending(asOfOverride: string | undefined, today: string): DerivedAssessment {
  const asOf = asOfOverride && /^\d{4}-\d{2}-\d{2}$/.test(asOfOverride) ? asOfOverride : today
  const assessment = { ruleset: null, asOf, total: 0, threshold: 120, meetsThreshold: false, vetoed: false, status: 'incomplete' as const, items: [], findings: [] }
  return { asOf, profile: { version: 1 }, errors: [], assessment, pending: true }
}

/**
 * The live assessment of the current draft; recomputed only when the draft or the date changes.
 * `pending` is true (and the assessment empty) until the engine chunk has loaded.
 */
export function useAssessment(): DerivedAssessment {
  const draft = useDraftStore((s) => s.draft)
  const asOfOverride = useDraftStore((s) => s.asOfOverride)
  const engine = useSyncExternalStore(subscribeEngine, engineModule, engineModule)
  const today = todayInShanghai()
  return useMemo(
    () => (engine ? derived(engine, draft, asOfOverride, today) : pending(asOfOverride, today)),
    [engine, draft, asOfOverride, today],
  )
}
