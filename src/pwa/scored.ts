// "What changed for you", the part on the first load's path: the last score of the saved draft is
// kept with the data version it was computed with (localStorage `sh-points:scored`, next to the
// draft). Reading it is cheap; the comparison and its words are a lazy chunk (WhatChanged.tsx),
// loaded only when the data has changed since.
import type { Assessment, ItemId, Status } from '../engine/types'
import { safeStorage, type SafeStorage } from '../lib/storage'
import { STORAGE_KEYS } from '../lib/storage-keys'
import { isDataVersion, type DataVersion } from './data-version'

export const SCORED_KEY = STORAGE_KEYS.scored.key

export interface ScoredRecord {
  data: DataVersion
  /** The draft and assessment date that were scored (JSON), to tell it is still the same draft. */
  draft: string
  asOf: string
  total: number
  status: Status
  items: Partial<Record<ItemId, number>>
}

export const draftFingerprint = (draft: unknown, asOfOverride: string | undefined): string => JSON.stringify([draft, asOfOverride ?? null])

export function toRecord(data: DataVersion, draft: string, a: Assessment): ScoredRecord {
  const items: Partial<Record<ItemId, number>> = {}
  for (const item of a.items) items[item.id] = item.points
  return { data, draft, asOf: a.asOf, total: a.total, status: a.status, items }
}

export function readRecord(storage: SafeStorage = safeStorage): ScoredRecord | null {
  try {
    const v = JSON.parse(storage.getItem(SCORED_KEY) ?? 'null') as Partial<ScoredRecord> | null
    if (v && isDataVersion(v.data) && typeof v.draft === 'string' && typeof v.asOf === 'string' && typeof v.total === 'number' && typeof v.status === 'string' && typeof v.items === 'object' && v.items !== null)
      return v as ScoredRecord
  } catch {
    /* unreadable: as if absent */
  }
  return null
}

export function writeRecord(record: ScoredRecord | null, storage: SafeStorage = safeStorage): void {
  if (record) storage.setItem(SCORED_KEY, JSON.stringify(record))
  else storage.removeItem(SCORED_KEY)
}
