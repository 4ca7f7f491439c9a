// What the storage layer has to tell the user, for the current scope's keys: storage blocked, a
// save that failed (未能保存), a stored value kept read-only (newer version or unreadable, with
// export and "start afresh"), another tab's change taken over. Plus the save line and "clear my
// data" wording, and "export my answers". The notices themselves are a lazy chunk
// (StorageNoticeList.tsx): most visits have none, and a page that opens with one loads it before
// its first render (src/app/root.tsx).
import { Suspense } from 'react'
import { useT } from '../i18n/i18n'
import { downloadText } from '../lib/download'
import { lazyWithPreload } from '../lib/lazy'
import { useDraftStore } from '../state/draft-store'
import { baseStorage, currentScope, useStorageStatus, type KeyStatus } from '../state/persist'
import { ALL_KEYS, scopeKeys } from '../lib/storage-keys'

const NoticeList = lazyWithPreload(() => import('./StorageNoticeList'), (m) => m.StorageNoticeList)

type T = ReturnType<typeof useT>

/** The raw draft as typed (valid or not) with its assessment date, as a JSON file. */
export function exportAnswers(): void {
  const { draft, asOfOverride } = useDraftStore.getState()
  const answers = asOfOverride === undefined ? draft : { ...draft, asOf: asOfOverride }
  downloadText('sh-points-answers.json', `${JSON.stringify(answers, null, 2)}\n`, 'application/json')
}

/** "已清除所有数据：…" naming what the cleared keys held. */
export function clearedText(t: T, keys: readonly string[]): string {
  const whats = [...new Set(ALL_KEYS.filter((k) => keys.includes(k.key)).map((k) => k.what))]
  return whats.length ? t('storage.cleared', { list: whats.map((w) => t(`storage.what.${w}`)).join(t('storage.listSep')) }) : t('storage.clearedNothing')
}

export function useScopeStatus(): Array<[string, KeyStatus]> {
  const keys = useStorageStatus((s) => s.keys)
  const { draft, road } = scopeKeys(currentScope())
  return [draft, road].map((k) => [k, keys[k] ?? {}])
}

/** The save line under the form: saved, not saved (and why), or nothing when storage is memory only. */
export function SaveStatus() {
  const t = useT()
  const statuses = useScopeStatus()
  const suspended = useStorageStatus((s) => s.suspended)
  if (statuses.some(([, s]) => s.saveFailed))
    return (
      <p className="font-medium text-red-800">{t('storage.saveFailedShort')}</p>
    )
  if (suspended) return <p>{t('storage.suspended')}</p>
  if (statuses.some(([, s]) => s.unreadable)) return <p>{t('storage.notSaved')}</p>
  return <p>{baseStorage().persistent ? t('storage.saved') : ''}</p>
}

/** A key with something to say: kept unreadable, a failed save, another tab's change. */
const hasNotice = ([, s]: [string, KeyStatus]) => Boolean((s.unreadable && s.raw !== undefined) || s.saveFailed || s.changedElsewhere)

/** Whether the current scope has a notice to show right now (storage blocked included). */
export function storageNoticesDue(): boolean {
  const { keys } = useStorageStatus.getState()
  const { draft, road } = scopeKeys(currentScope())
  return !baseStorage().persistent || [draft, road].some((k) => hasNotice([k, keys[k] ?? {}]))
}

export const preloadStorageNotices = (): Promise<unknown> => NoticeList.preload()

export function StorageNotices() {
  const statuses = useScopeStatus()
  // Re-render when the draft key is (re)loaded, so a notice appears with the state it explains.
  useDraftStore((s) => s.draft)
  if (baseStorage().persistent && !statuses.some(hasNotice)) return null
  return (
    <Suspense fallback={null}>
      <NoticeList statuses={statuses} />
    </Suspense>
  )
}
