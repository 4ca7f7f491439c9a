// What the storage layer has to tell the user, for the current scope's keys: storage blocked, a
// save that failed (未能保存), a stored value kept read-only (newer version or unreadable, with
// export and "start afresh"), another tab's change taken over. Plus the save line and "clear my
// data" wording, and "export my answers".
import { useT } from '../i18n/i18n'
import { downloadText } from '../lib/download'
import { useDraftStore } from '../state/draft-store'
import { acknowledge, baseStorage, currentScope, discardUnreadable, useStorageStatus, type KeyStatus } from '../state/persist'
import { ALL_KEYS, scopeKeys } from '../lib/storage-keys'

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

function useScopeStatus(): Array<[string, KeyStatus]> {
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

const box = 'flex flex-wrap items-start justify-between gap-2 rounded-md border p-3 text-sm'

export function StorageNotices() {
  const t = useT()
  const statuses = useScopeStatus()
  // Re-render when the draft key is (re)loaded, so a notice appears with the state it explains.
  useDraftStore((s) => s.draft)
  const notices = []
  if (!baseStorage().persistent)
    notices.push(
      <div key="blocked" role="status" className={`${box} border-amber-300 bg-amber-50 text-amber-950`} data-testid="storage-notice">
        <p>{t('storage.blocked')}</p>
      </div>,
    )
  for (const [key, status] of statuses) {
    if (status.unreadable && status.raw !== undefined) {
      const raw = status.raw
      notices.push(
        <div key={`${key}:unreadable`} role="status" className={`${box} border-amber-300 bg-amber-50 text-amber-950`} data-testid="storage-notice">
          <p className="basis-full">{t(status.unreadable === 'newer' ? 'storage.newer' : 'storage.corrupt')}</p>
          <button type="button" className="btn-small" onClick={() => downloadText(`${key.replace(':', '-')}.json`, raw, 'application/json')}>
            {t('storage.exportStored')}
          </button>
          <button type="button" className="btn-small" onClick={() => discardUnreadable(key)}>
            {t('storage.discard')}
          </button>
        </div>,
      )
    }
    if (status.saveFailed)
      notices.push(
        <div key={`${key}:failed`} role="alert" className={`${box} border-red-300 bg-red-50 text-red-900`} data-testid="storage-notice">
          <p className="basis-full">{t('storage.saveFailed')}</p>
          <button type="button" className="btn-small" onClick={exportAnswers}>
            {t('storage.exportAnswers')}
          </button>
        </div>,
      )
    if (status.changedElsewhere)
      notices.push(
        <div key={`${key}:tab`} role="status" className={`${box} border-sky-300 bg-sky-50 text-sky-950`} data-testid="storage-notice">
          <p>{t('storage.otherTab')}</p>
          <button type="button" className="btn-small" onClick={() => acknowledge(key)}>
            {t('storage.dismiss')}
          </button>
        </div>,
      )
  }
  return notices.length ? <div className="space-y-2">{notices}</div> : null
}
