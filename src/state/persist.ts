// The one storage layer under every store: zustand's `persist` middleware over a storage adapter
// that keeps its promises.
// - Failures are reported, never swallowed: a write that fails (full storage) marks its key
//   `saveFailed`, and the UI says "未能保存" at once.
// - What cannot be read is never deleted or overwritten: a value from a newer version of the app
//   (or one this version cannot parse) is kept untouched and read-only, with its text at hand for
//   export, until the user chooses to start afresh.
// - Writes wait for the render they cause (a macrotask after the change): an error boundary that
//   catches a crash discards them and stops saving, so a state that crashed is never stored.
// - Another tab's change to a key (the `storage` event) is picked up and the user is told.
import { useSyncExternalStore } from 'react'
import { create, useStore, type StoreApi } from 'zustand'
import { persist, type PersistOptions, type PersistStorage, type StorageValue } from 'zustand/middleware'
import { safeStorage, memoryStorage, type SafeStorage } from '../lib/storage'
import { ALL_KEYS, type Scope } from '../lib/storage-keys'

// ── status, for the UI ───────────────────────────────────────────────────────────────────────

export type Unreadable = 'newer' | 'corrupt'

export interface KeyStatus {
  /** The stored value could not be used; it is kept as it is (`raw`) and not overwritten. */
  unreadable?: Unreadable
  raw?: string
  /** The last write of this key failed. */
  saveFailed?: boolean
  /** Another tab changed this key and this tab took the change over. */
  changedElsewhere?: boolean
}

interface StatusState {
  keys: Record<string, KeyStatus>
  /** A screen crashed: nothing more is saved in this page. */
  suspended: boolean
}

export const useStorageStatus = create<StatusState>()(() => ({ keys: {}, suspended: false }))

function setKeyStatus(key: string, patch: KeyStatus | null): void {
  useStorageStatus.setState((s) => ({ keys: { ...s.keys, [key]: patch === null ? {} : { ...s.keys[key], ...patch } } }))
}

export const keyStatus = (key: string): KeyStatus => useStorageStatus.getState().keys[key] ?? {}

// ── the storage underneath, and deferred writes ──────────────────────────────────────────────

let base: SafeStorage = safeStorage
/** Keys kept in memory only (a widget whose host blocks storage, or asked not to keep drafts). */
const memoryOnly = new Map<string, SafeStorage>()
const storageFor = (key: string): SafeStorage => memoryOnly.get(key) ?? base

export const baseStorage = (): SafeStorage => base

const pending = new Map<string, string | null>()
let flushTimer: ReturnType<typeof setTimeout> | null = null

/** Perform the queued writes now (also on page hide, and in tests). */
export function flushWrites(): void {
  if (flushTimer !== null) clearTimeout(flushTimer)
  flushTimer = null
  const writes = [...pending]
  pending.clear()
  for (const [key, text] of writes) {
    const storage = storageFor(key)
    if (text === null) storage.removeItem(key)
    else {
      const ok = storage.setItem(key, text)
      if (ok !== !keyStatus(key).saveFailed) setKeyStatus(key, { saveFailed: !ok })
    }
  }
}

function queue(key: string, text: string | null): void {
  if (useStorageStatus.getState().suspended || keyStatus(key).unreadable) return
  pending.set(key, text)
  flushTimer ??= setTimeout(flushWrites, 0)
}

/** After a render crash: drop the writes it caused and save nothing more in this page. */
export function suspendSaving(): void {
  pending.clear()
  useStorageStatus.setState({ suspended: true })
}

if (typeof window !== 'undefined') window.addEventListener('pagehide', flushWrites)

// ── the adapter ──────────────────────────────────────────────────────────────────────────────

/** How a store's state is written: its on-disk envelope, read back for any version. */
export interface Codec<S> {
  version: number
  /** Stored JSON → state and the version it was written by; a reason when it cannot be used. */
  decode(raw: unknown): StorageValue<unknown> | Unreadable
  encode(value: StorageValue<S>): unknown
  /** An empty state is not stored (the key is removed). */
  isEmpty?(state: S): boolean
}

function adapter<S>(codec: Codec<S>): PersistStorage<S> {
  return {
    getItem(key) {
      setKeyStatus(key, { unreadable: undefined, raw: undefined })
      const text = storageFor(key).getItem(key)
      if (text === null) return null
      let parsed: unknown
      try {
        parsed = JSON.parse(text)
      } catch {
        parsed = undefined
      }
      const value = parsed === undefined ? 'corrupt' : codec.decode(parsed)
      const problem = typeof value === 'string' ? value : (value.version ?? 0) > codec.version ? 'newer' : null
      if (problem) {
        setKeyStatus(key, { unreadable: problem, raw: text })
        return null
      }
      return value as StorageValue<S>
    },
    setItem(key, value) {
      queue(key, codec.isEmpty?.(value.state) ? null : JSON.stringify(codec.encode(value)))
    },
    removeItem(key) {
      queue(key, null)
    },
  }
}

// ── stores: one instance per scope, chosen before the first render ───────────────────────────

let scope: Scope = typeof location !== 'undefined' && new URLSearchParams(location.search).get('embed') === '1' ? 'widget' : 'app'
const scopeListeners = new Set<() => void>()
const subscribeScope = (l: () => void) => (scopeListeners.add(l), () => void scopeListeners.delete(l))

export const currentScope = (): Scope => scope

/** The widget uses its own store instances (and keys); it selects them before its first paint. */
export function selectScope(next: Scope): void {
  if (next === scope) return
  scope = next
  // Load the scope's stores now, not inside a render (loading reports to the status store).
  for (const store of liveStores) store.load(next)
  for (const l of scopeListeners) l()
}

type PersistedApi<S> = StoreApi<S> & { persist: { rehydrate(): Promise<void> | void; getOptions(): Partial<PersistOptions<S, unknown>> } }

export interface ScopedStore<S> {
  (): S
  <U>(selector: (state: S) => U): U
  getState(): S
  setState: StoreApi<S>['setState']
  /** The current scope's instance. */
  api(): PersistedApi<S>
}

const liveStores: Array<{ key: (s: Scope) => string; instances: Map<Scope, PersistedApi<unknown>>; load(s: Scope): void }> = []

/**
 * A zustand store persisted under a per-scope key. `partialize` picks what is stored; `migrate`
 * brings an older version's state to the current one.
 */
export function scopedStore<S, P>(options: {
  key: (scope: Scope) => string
  initial: () => S
  codec: Codec<P>
  partialize: (state: S) => P
  migrate: (persisted: unknown, version: number) => P
}): ScopedStore<S> {
  const instances = new Map<Scope, PersistedApi<S>>()
  const make = (s: Scope): PersistedApi<S> =>
    create<S>()(
      persist(() => options.initial(), {
        name: options.key(s),
        version: options.codec.version,
        storage: adapter(options.codec) as unknown as PersistStorage<S>,
        partialize: options.partialize as unknown as (state: S) => S,
        migrate: options.migrate as unknown as (persisted: unknown, version: number) => S,
        // Whatever is read is validated by `migrate`/`decode`; only known fields are taken over.
        merge: (persisted, current) => ({ ...current, ...(persisted as Partial<S>) }),
      }),
    ) as unknown as PersistedApi<S>
  const api = (s: Scope = scope) => {
    let instance = instances.get(s)
    if (!instance) instances.set(s, (instance = make(s)))
    return instance
  }
  function useScoped<U>(selector?: (state: S) => U): U | S {
    const instance = useSyncExternalStore(subscribeScope, () => api(), () => api())
    return useStore(instance, selector ?? ((x: S) => x as unknown as U))
  }
  liveStores.push({ key: options.key, instances: instances as unknown as Map<Scope, PersistedApi<unknown>>, load: (s) => void api(s) })
  api()
  return Object.assign(useScoped as ScopedStore<S>, {
    getState: () => api().getState(),
    setState: ((...args: Parameters<StoreApi<S>['setState']>) => api().setState(...args)) as StoreApi<S>['setState'],
    api: () => api(),
  })
}

/** Keep a key in memory only from now on (its stored value is left as it is). */
export function keepInMemory(key: string): void {
  if (!memoryOnly.has(key)) memoryOnly.set(key, memoryStorage())
}

/** Tests only: start over from a given storage, as a page load would. */
export function resetStorageLayer(from: SafeStorage = safeStorage, to: Scope = 'app'): void {
  base = from
  memoryOnly.clear()
  pending.clear()
  useStorageStatus.setState({ keys: {}, suspended: false }, true)
  scope = to
  for (const store of liveStores) {
    store.instances.clear()
    store.load(to)
  }
  for (const l of scopeListeners) l()
}

// ── clear my data, other tabs ────────────────────────────────────────────────────────────────

const clearedBy = (key: string, by: Scope) => ALL_KEYS.some((k) => k.key === key && (k.clearedBy as readonly Scope[]).includes(by))

/**
 * Remove every key of ours that this scope clears (see storage-keys.ts), including values kept
 * read-only, and start the stores afresh. Returns the keys that held something.
 */
export function clearMyData(by: Scope = scope): string[] {
  flushWrites()
  const cleared: string[] = []
  for (const k of ALL_KEYS) {
    if (!clearedBy(k.key, by)) continue
    pending.delete(k.key)
    if (base.getItem(k.key) !== null || memoryOnly.get(k.key)?.getItem(k.key) != null) cleared.push(k.key)
    base.removeItem(k.key)
    memoryOnly.get(k.key)?.removeItem(k.key)
    setKeyStatus(k.key, null)
  }
  for (const store of liveStores)
    for (const [s, instance] of store.instances) if (clearedBy(store.key(s), by)) instance.setState(instance.getInitialState(), true)
  flushWrites()
  return cleared
}

/** Another tab changed one of our keys: take the change over, and say so. */
function onStorageEvent(event: StorageEvent): void {
  if (event.key === null || !ALL_KEYS.some((k) => k.key === event.key) || memoryOnly.has(event.key)) return
  for (const store of liveStores)
    for (const [s, instance] of store.instances) {
      if (store.key(s) !== event.key) continue
      pending.delete(event.key)
      if (event.newValue === null) instance.setState(instance.getInitialState(), true)
      else void instance.persist.rehydrate()
      setKeyStatus(event.key, { changedElsewhere: true })
    }
}

if (typeof window !== 'undefined') window.addEventListener('storage', onStorageEvent)

/** The user dismissed a notice about a key. */
export function acknowledge(key: string): void {
  setKeyStatus(key, { changedElsewhere: undefined, saveFailed: undefined })
}

/** The user chose to replace a value this version could not read: from now on it is overwritten. */
export function discardUnreadable(key: string): void {
  setKeyStatus(key, null)
  for (const store of liveStores) for (const [s, instance] of store.instances) if (store.key(s) === key) instance.setState({}, false)
  flushWrites()
}

/** The user tries again after a crash: saving resumes (a new crash stops it again). */
export function resumeSaving(): void {
  useStorageStatus.setState({ suspended: false })
}
