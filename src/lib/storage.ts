// localStorage that never throws. Blocked storage (private mode, third-party iframes: reading
// `localStorage` itself throws) falls back to memory, and `persistent` tells the UI whether drafts
// survive a reload. Full storage is not blocked storage: what is saved stays readable, and a write
// that fails returns false so the caller can say so ("未能保存").
export interface SafeStorage {
  readonly persistent: boolean
  getItem(key: string): string | null
  /** False when the value could not be stored (quota exceeded, storage gone). */
  setItem(key: string, value: string): boolean
  removeItem(key: string): void
}

export function memoryStorage(): SafeStorage {
  const map = new Map<string, string>()
  return {
    persistent: false,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => (map.set(k, v), true),
    removeItem: (k) => void map.delete(k),
  }
}

export function createSafeStorage(getStorage: () => Storage | undefined): SafeStorage {
  let real: Storage | undefined
  try {
    real = getStorage()
    // Readable is enough: a full storage fails the probe write but still holds the saved draft.
    real?.getItem('__sh_points_probe__')
  } catch {
    real = undefined
  }
  if (!real) return memoryStorage()
  const store = real
  return {
    persistent: true,
    getItem(k) {
      try { return store.getItem(k) } catch { return null }
    },
    setItem(k, v) {
      try {
        store.setItem(k, v)
        return true
      } catch {
        return false
      }
    },
    removeItem(k) {
      try { store.removeItem(k) } catch { /* nothing to remove from a storage that is gone */ }
    },
  }
}

export const safeStorage: SafeStorage = createSafeStorage(() =>
  typeof localStorage === 'undefined' ? undefined : localStorage,
)
