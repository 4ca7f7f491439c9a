// The draft store: the profile as the user typed it (format §1 format, possibly invalid), the
// current wizard step and an optional assessment date. Everything else is derived (useAssessment).
// Persisted through the storage layer (persist.ts): one instance for the calculator, one for the
// widget, each under its own key (storage-keys.ts).
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react'
import type { StorageValue } from 'zustand/middleware'
import type { DerivedAssessment } from './derive'
import { engineModule, fieldErrorsModule, loadFieldErrors, subscribeEngine, type EngineModule, type FieldErrorsModule } from './engine-loader'
import { clearMyData, currentScope, keepInMemory, resetStorageLayer, scopedStore, type Unreadable } from './persist'
import { scopeKeys, STORAGE_KEYS } from '../lib/storage-keys'
import { safeStorage, type SafeStorage } from '../lib/storage'
import { todayInShanghai } from '../lib/today'
import { FIELDS, PERIOD_PARTS, STEP_IDS, type FieldDef, type FieldPath, type PathOf, type PeriodPart, type StepId } from '../lib/fields/registry'

export { STEP_IDS, type FieldPath, type StepId } from '../lib/fields/registry'

/** A primitive as typed: a number when it parsed, otherwise the text itself (reported as an error). */
export type DraftValue = string | number | boolean
export type DraftPeriod = { [P in PeriodPart]?: DraftValue }

type Top = Exclude<FieldPath, `${string}.${string}`>
type Nested = Extract<FieldPath, `${string}.${string}`>
type Group = Nested extends `${infer G}.${string}` ? G : never
/**
 * The contract's profile shape, but every value may be what the user typed, valid or not: derived
 * from the field registry (lib/fields/registry.ts), nested groups as objects, the periods as a list.
 */
export type Draft = { version: 1 } & { [P in PathOf<'periods'>]?: DraftPeriod[] } & { [P in Top]?: DraftValue } & {
  [G in Group]?: { [P in Nested as P extends `${G}.${infer S}` ? S : never]?: DraftValue }
}

export interface DraftState {
  draft: Draft
  stepId: StepId
  /** The assessment date as typed (YYYY-MM-DD); absent = today in Shanghai. */
  asOfOverride?: string
}

export const STORAGE_KEY = STORAGE_KEYS.draft.key
/** The embed widget's drafts, kept apart from the calculator's. */
export const WIDGET_STORAGE_KEY = STORAGE_KEYS.widgetDraft.key
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

/**
 * Any object → a draft the UI can render: the registry's fields only, primitives only, bounded
 * sizes. Values are kept as they are (an invalid one is reported by sanitizeDraft at its field).
 * `asOf` is returned apart: in the store it lives in `asOfOverride`.
 */
export function toDraft(raw: unknown): { draft: Draft; asOf?: string } {
  const draft = emptyDraft()
  if (!isRecord(raw)) return { draft }
  const d = draft as unknown as Record<string, unknown>
  for (const { path, kind } of FIELDS as readonly FieldDef[]) {
    const [key, sub] = path.split('.') as [string, string | undefined]
    const v = raw[key]
    if (kind === 'asOf') continue
    if (kind === 'periods') {
      if (Array.isArray(v)) d[key] = v.slice(0, MAX_PERIODS).map((p) => pick(p, PERIOD_PARTS) ?? {})
    } else if (sub === undefined) {
      const one = value(v)
      if (one !== undefined) d[key] = one
    } else {
      const one = isRecord(v) ? value(v[sub]) : undefined
      if (one !== undefined) ((d[key] ??= {}) as Record<string, DraftValue>)[sub] = one
    }
  }
  const asOf = typeof raw.asOf === 'string' ? raw.asOf.slice(0, MAX_TEXT) : undefined
  return asOf === undefined ? { draft } : { draft, asOf }
}

// ── persistence ────────────────────────────────────────────────────────────────────────────

type Stored = Pick<DraftState, 'draft' | 'stepId' | 'asOfOverride'>

const initial = (): DraftState => ({ draft: emptyDraft(), stepId: 'you' })

/** A stored envelope's state → what the store holds (known fields only, bounded). */
function fromEnvelope(raw: Record<string, unknown>, draftRaw: unknown): Stored {
  const { draft, asOf } = toDraft(draftRaw)
  const stepId = STEP_IDS.includes(raw.stepId as StepId) ? (raw.stepId as StepId) : 'you'
  const override = typeof raw.asOfOverride === 'string' ? raw.asOfOverride.slice(0, MAX_TEXT) : asOf
  return override === undefined ? { draft, stepId } : { draft, stepId, asOfOverride: override }
}

/**
 * Read a stored value: v1 `{ v: 1, draft, stepId, asOfOverride }`, or v0 (before the envelope: the
 * bare profile). A higher `v` or profile `version` was written by a newer version of the app.
 */
export function decodeDraft(raw: unknown): StorageValue<unknown> | Unreadable {
  if (!isRecord(raw)) return 'corrupt'
  if (raw.v === undefined && raw.version === 1) return { state: raw, version: 0 }
  if (typeof raw.v !== 'number' || !isRecord(raw.draft) || typeof raw.draft.version !== 'number') return 'corrupt'
  if (raw.v > STORAGE_VERSION || raw.draft.version > 1) return 'newer'
  if (raw.v !== 1 || raw.draft.version !== 1) return 'corrupt'
  return { state: fromEnvelope(raw, raw.draft), version: 1 }
}

/** Bring an older version's stored state to the current one (v0: the bare profile). */
export function migrate(persisted: unknown, version: number): Stored {
  if (version === 0 && isRecord(persisted)) return fromEnvelope({}, persisted)
  return initial()
}

const isEmpty = (s: Stored) => Object.keys(s.draft).length === 1 && s.asOfOverride === undefined && s.stepId === 'you'

export const useDraftStore = scopedStore<DraftState, Stored>({
  key: (scope) => scopeKeys(scope).draft,
  initial,
  partialize: ({ draft, stepId, asOfOverride }) => (asOfOverride === undefined ? { draft, stepId } : { draft, stepId, asOfOverride }),
  migrate,
  codec: {
    version: STORAGE_VERSION,
    decode: decodeDraft,
    encode: ({ state, version }) => ({ v: version, ...state }),
    isEmpty,
  },
})

/**
 * 'local' (default) keeps the draft in localStorage; 'memory' keeps it for this page only (the
 * widget in a frame without storage), starting clean.
 */
export function setPersistence(next: 'local' | 'memory'): void {
  if (next === 'local') return
  const { draft, road } = scopeKeys(currentScope())
  keepInMemory(draft)
  keepInMemory(road)
  useDraftStore.setState(initial(), true)
}

/** Tests only: start over from a given storage, as a page load would. */
export function reloadFromStorage(from: SafeStorage = safeStorage): void {
  resetStorageLayer(from)
}

// ── actions ────────────────────────────────────────────────────────────────────────────────

/** Replace the whole draft (prefill, share link, import, batch row); `asOf` becomes the assessment date. */
export function replaceDraft(profile: unknown): void {
  const { draft, asOf } = toDraft(profile)
  useDraftStore.setState({ draft, asOfOverride: asOf })
}

/**
 * Clear my data: every key this screen's scope writes (storage-keys.ts), including a draft kept
 * read-only; the stores start afresh. Returns the keys that held something.
 */
export function resetDraft(): string[] {
  return clearMyData()
}

export function setStep(stepId: StepId): void {
  useDraftStore.setState({ stepId })
}

export function setAsOfOverride(asOf: string | undefined): void {
  useDraftStore.setState({ asOfOverride: asOf || undefined })
}

/** Change the draft (the wizard's fields do it through their binding, see components/wizard/binding.ts). */
export function updateDraft(edit: (draft: Draft) => Draft): void {
  useDraftStore.setState((s) => ({ draft: edit(s.draft) }))
}

/** Set (or clear, with undefined) one answer: a top-level field or one in a group (`keyArea`, `investment`, `deductions`). */
export function setField(path: FieldPath, v: DraftValue | undefined): void {
  updateDraft((d) => withField(d, path, v))
}

/** The draft with one answer set or cleared; a group goes once its last field is cleared. */
export function withField(draft: Draft, path: string, v: DraftValue | undefined): Draft {
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

/** The value at a field path of a draft, as typed. */
export function valueAt(draft: Draft, path: string): DraftValue | undefined {
  let v: unknown = draft
  for (const part of path.split('.')) v = isRecord(v) ? v[part] : undefined
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : undefined
}

/** Social-insurance periods as edits of a draft: add (at the end), change one field, remove, duplicate (below). */
export const periodEdits = {
  add: (period: DraftPeriod = {}) => (d: Draft): Draft => ({ ...d, socialInsurance: [...(d.socialInsurance ?? []), period].slice(0, MAX_PERIODS) }),
  set: (index: number, field: PeriodPart, v: DraftValue | undefined) =>
    withPeriods((list) =>
      list.map((p, i) => {
        if (i !== index) return p
        const next = { ...p }
        if (v === undefined) delete next[field]
        else next[field] = v
        return next
      }),
    ),
  remove: (index: number) => withPeriods((list) => list.filter((_, i) => i !== index)),
  duplicate: (index: number) =>
    withPeriods((list) => (list[index] && list.length < MAX_PERIODS ? [...list.slice(0, index + 1), { ...list[index] }, ...list.slice(index + 1)] : list)),
}

function withPeriods(fn: (list: DraftPeriod[]) => DraftPeriod[]) {
  return (d: Draft): Draft => {
    const list = fn(d.socialInsurance ?? [])
    const draft: Draft = { ...d, socialInsurance: list }
    if (!list.length) delete draft.socialInsurance
    return draft
  }
}

/** The periods of the store's draft. */
export const periods = {
  add: (period?: DraftPeriod) => updateDraft(periodEdits.add(period)),
  set: (index: number, field: PeriodPart, v: DraftValue | undefined) => updateDraft(periodEdits.set(index, field, v)),
  remove: (index: number) => updateDraft(periodEdits.remove(index)),
  duplicate: (index: number) => updateDraft(periodEdits.duplicate(index)),
}

// ── derived ────────────────────────────────────────────────────────────────────────────────

export type { DerivedAssessment }

let memo: { draft: Draft; asOfOverride: string | undefined; today: string; errors: FieldErrorsModule | null; result: DerivedAssessment } | null = null

function derived(engine: EngineModule, errors: FieldErrorsModule | null, draft: Draft, asOfOverride: string | undefined, today: string): DerivedAssessment {
  // The field errors' arrival changes nothing for a draft that had none to wait for.
  if (memo && memo.draft === draft && memo.asOfOverride === asOfOverride && memo.today === today && (memo.errors === errors || !memo.result.errorsPending))
    return memo.result
  const result = engine.deriveAssessment(draft, asOfOverride, today, errors?.draftErrors)
  memo = { draft, asOfOverride, today, errors, result }
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
 * `pending` is true (and the assessment empty) until the engine chunk has loaded. The errors of an
 * invalid field follow once their words have loaded (`errorsPending` until then; the first such
 * draft asks for them).
 */
export function useAssessment(): DerivedAssessment {
  const draft = useDraftStore((s) => s.draft)
  const asOfOverride = useDraftStore((s) => s.asOfOverride)
  const engine = useSyncExternalStore(subscribeEngine, engineModule, engineModule)
  // The errors' words only ever go from not loaded to loaded: read them as they are now. Only a
  // draft that waits for them listens for their arrival, so that it re-renders nothing else.
  const [waitingForWords, setWaitingForWords] = useState(false)
  const wordsArrived = useCallback(() => waitingForWords && fieldErrorsModule() !== null, [waitingForWords])
  useSyncExternalStore(subscribeEngine, wordsArrived, wordsArrived)
  const errors = fieldErrorsModule()
  const today = todayInShanghai()
  const result = useMemo(
    () => (engine ? derived(engine, errors, draft, asOfOverride, today) : pending(asOfOverride, today)),
    [engine, errors, draft, asOfOverride, today],
  )
  const waiting = result.errorsPending === true
  useEffect(() => {
    setWaitingForWords(waiting)
    if (waiting) loadFieldErrors().catch(() => undefined)
  }, [waiting])
  return result
}
