// The storage notices (see StorageNotices.tsx): storage blocked, a stored value kept read-only
// with export and "start afresh", a save that failed with "export my answers", another tab's change.
// A lazy chunk, with its words (messages/later.ts).
import { registerMessages } from '../i18n/catalog'
import { useT } from '../i18n/i18n'
import * as later from '../i18n/messages/later'
import { downloadText } from '../lib/download'
import { acknowledge, baseStorage, discardUnreadable, type KeyStatus } from '../state/persist'
import { exportAnswers } from './StorageNotices'

registerMessages(later)

const box = 'flex flex-wrap items-start justify-between gap-2 rounded-md border p-3 text-sm'

/** The notices for the current scope's keys (StorageNotices renders this only when there is one). */
export function StorageNoticeList({ statuses }: { statuses: ReadonlyArray<[string, KeyStatus]> }) {
  const t = useT()
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
