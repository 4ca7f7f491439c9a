// What the service worker told the page: a new version is waiting (with the data it holds, when
// version.json could be read), and how to switch to it.
import { create } from 'zustand'
import type { DataVersion } from './data-version'

export interface UpdateState {
  /** A new version is installed and waiting for this page to reload. */
  waiting: boolean
  /** Its rules and wage data, or null when they could not be read. */
  next: DataVersion | null
  /** Activate the new version and reload (set by register.ts). */
  apply: () => void
}

export const useUpdateStore = create<UpdateState>()(() => ({ waiting: false, next: null, apply: () => location.reload() }))
