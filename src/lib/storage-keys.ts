// Every localStorage key this app writes, in one place: stores take their key from here, and
// "clear my data" clears every key of its scope and names what it cleared. A key that is not in
// this list is not ours. The widget (?embed=1) has keys of its own, so that clearing inside a
// widget never touches the calculator's data and the other way round.

/** 'app': the calculator and its road to 120; 'widget': the embeddable widget. */
export type Scope = 'app' | 'widget'

/** What a key holds, for the "cleared: …" message (message key `storage.what.<what>`). */
export type StoredWhat = 'draft' | 'road' | 'lang' | 'mappings'

export interface StorageKey {
  key: string
  what: StoredWhat
  /** The scopes whose "clear my data" removes it. */
  clearedBy: readonly Scope[]
}

export const STORAGE_KEYS = {
  draft: { key: 'sh-points:draft', what: 'draft', clearedBy: ['app'] },
  road: { key: 'sh-points:road', what: 'road', clearedBy: ['app'] },
  widgetDraft: { key: 'sh-points:widget-draft', what: 'draft', clearedBy: ['app', 'widget'] },
  widgetRoad: { key: 'sh-points:widget-road', what: 'road', clearedBy: ['app', 'widget'] },
  // The language choice is made in the calculator only (a widget's ?lang= is never remembered).
  lang: { key: 'sh-points:lang', what: 'lang', clearedBy: ['app'] },
  // The HR batch page's column mappings (header names only, never a candidate's data).
  batchMappings: { key: 'sh-points:batch-mappings', what: 'mappings', clearedBy: ['app'] },
  // The calculator draft's last score and the data version it was computed with (src/pwa/scored.ts).
  scored: { key: 'sh-points:scored', what: 'draft', clearedBy: ['app'] },
} as const satisfies Record<string, StorageKey>

export const ALL_KEYS: readonly StorageKey[] = Object.values(STORAGE_KEYS)

/** The draft and road keys of a scope. */
export const scopeKeys = (scope: Scope) =>
  scope === 'widget'
    ? { draft: STORAGE_KEYS.widgetDraft.key, road: STORAGE_KEYS.widgetRoad.key }
    : { draft: STORAGE_KEYS.draft.key, road: STORAGE_KEYS.road.key }
