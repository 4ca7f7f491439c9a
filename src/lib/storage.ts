// localStorage that never throws: blocked or partitioned storage (private mode, third-party
// iframes) falls back to memory, and `persistent` tells the UI whether drafts survive a reload.
export interface SafeStorage {
  readonly persistent: boolean
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

function memoryStorage(): SafeStorage {
  const map = new Map<string, string>()
  return {
    persistent: false,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  }
}

export function createSafeStorage(getStorage: () => Storage | undefined): SafeStorage {
  let real: Storage | undefined
  try {
    real = getStorage()
    if (real) {
      const probe = '__sh_points_probe__'
      real.setItem(probe, '1')
      real.removeItem(probe)
    }
  } catch {
    real = undefined
  }
  if (!real) return memoryStorage()
  const fallback = memoryStorage()
  const store = real
  return {
    persistent: true,
    getItem(k) {
      try { return store.getItem(k) } catch { return fallback.getItem(k) }
    },
    setItem(k, v) {
      try { store.setItem(k, v) } catch { fallback.setItem(k, v) }
    },
    removeItem(k) {
      try { store.removeItem(k) } catch { fallback.removeItem(k) }
    },
  }
}

export const safeStorage: SafeStorage = createSafeStorage(() =>
  typeof localStorage === 'undefined' ? undefined : localStorage,
)
