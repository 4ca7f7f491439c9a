// The result's "take it with you" actions: copy a share link, export or import the profile as a
// JSON file, print a one-page report. Every action works on the valid part of the draft; answers
// with errors are left out, and the user is told so. A lazy chunk (see ResultActions).
import { lazy, Suspense, useRef, useState } from 'react'
import { assess } from '../../engine/assess'
import type { Profile, ProfileError } from '../../engine/schema'
import { registerMessages } from '../../i18n/catalog'
import { useT } from '../../i18n/i18n'
import * as messages from '../../i18n/messages/share'
import { downloadText } from '../../lib/download'
import { formatBytes, readTextFile } from '../../lib/file-read'
import { MAX_PROFILE_FILE_BYTES, profileFileName, profileToJson, readProfileJson } from '../../lib/profile-file'
import { encodeShareFragment, MAX_SHARE_FRAGMENT, shareUrl } from '../../lib/share-link'
import { todayInShanghai } from '../../lib/today'
import { replaceDraft, useAssessment } from '../../state/draft-store'
import { roadDigest } from '../../components/report/digest'
import { useRanked } from '../../state/use-ranked'
import * as road from '../../i18n/messages/road'
import { FieldErrorList } from './FieldErrorList'
import { draftIsEmpty } from '../../state/draft-empty'

registerMessages(messages)
registerMessages(road)

const PrintPreview = lazy(() => import('../../components/report/PrintPreview'))


type Feedback =
  | { kind: 'text'; text: string; tone: 'ok' | 'error' }
  | { kind: 'copyFallback'; url: string }
  | { kind: 'invalidFile'; errors: ProfileError[] }
  | { kind: 'confirmImport'; name: string; profile: Profile }

export default function ActionsPanel() {
  const t = useT()
  const { asOf, profile, errors, assessment } = useAssessment()
  const [feedback, setFeedback] = useState<Feedback | null>(null)
  const [printing, setPrinting] = useState(false)
  const { ranked } = useRanked()
  const fileInput = useRef<HTMLInputElement>(null)
  // The link and the file carry the assessment date, so that the recipient sees the same score.
  const pinned: Profile = { ...profile, asOf }

  async function copyLink() {
    const encoded = encodeShareFragment(pinned)
    if (!encoded.ok) return setFeedback({ kind: 'text', tone: 'error', text: t('share.tooLarge', { length: encoded.length, max: MAX_SHARE_FRAGMENT }) })
    const url = shareUrl(location.href, encoded.fragment)
    try {
      await navigator.clipboard.writeText(url)
      setFeedback({ kind: 'text', tone: 'ok', text: t('share.copied') })
    } catch {
      setFeedback({ kind: 'copyFallback', url })
    }
  }

  function exportFile() {
    const name = profileFileName(asOf)
    downloadText(name, profileToJson(pinned), 'application/json')
    setFeedback({ kind: 'text', tone: 'ok', text: t('share.exported', { name }) })
  }

  async function importFile(file: File) {
    const read = await readTextFile(file, MAX_PROFILE_FILE_BYTES)
    const fail = (text: string) => setFeedback({ kind: 'text', tone: 'error', text })
    if (!read.ok) {
      if (read.reason === 'tooLarge') return fail(t('share.import.tooLarge', { size: formatBytes(file.size), max: formatBytes(MAX_PROFILE_FILE_BYTES) }))
      return fail(t(read.reason === 'readFailed' ? 'share.import.readFailed' : 'share.import.notText'))
    }
    const result = readProfileJson(read.text, todayInShanghai())
    if (result.ok) {
      if (draftIsEmpty()) return load(file.name, result.profile)
      return setFeedback({ kind: 'confirmImport', name: file.name, profile: result.profile })
    }
    if (result.reason === 'invalid') return setFeedback({ kind: 'invalidFile', errors: result.errors })
    fail(t(result.reason === 'array' ? 'share.import.array' : 'share.import.notJson'))
  }

  function load(name: string, imported: Profile) {
    replaceDraft(imported)
    setFeedback({ kind: 'text', tone: 'ok', text: t('share.import.done', { name }) })
  }

  return (
    <section aria-labelledby="share-heading" className="rounded-md border border-slate-200 bg-slate-50 p-4">
      <h3 id="share-heading" className="text-lg font-semibold text-slate-900">
        {t('share.heading')}
      </h3>
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" className="btn-secondary" onClick={() => void copyLink()}>
          {t('share.copy')}
        </button>
        <button type="button" className="btn-secondary" onClick={exportFile}>
          {t('share.export')}
        </button>
        <button type="button" className="btn-secondary" onClick={() => fileInput.current?.click()}>
          {t('share.import')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          className="hidden"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="import-json-input"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0]
            e.currentTarget.value = ''
            if (file) void importFile(file)
          }}
        />
        <button type="button" className="btn-secondary" onClick={() => setPrinting(true)}>
          {t('share.print')}
        </button>
      </div>
      <p className="mt-2 text-sm text-slate-700">{t('share.linkNote', { date: asOf })}</p>
      {errors.length > 0 && <p className="mt-1 text-sm text-amber-900">{t('share.omitted', { count: errors.length })}</p>}

      <div aria-live="polite" className="mt-2 text-sm">
        {feedback?.kind === 'text' && <p className={feedback.tone === 'ok' ? 'text-accent-700' : 'text-red-800'}>{feedback.text}</p>}
        {feedback?.kind === 'copyFallback' && (
          <div>
            <label htmlFor="share-url" className="text-slate-800">
              {t('share.copyFallback')}
            </label>
            <input
              id="share-url"
              readOnly
              value={feedback.url}
              aria-label={t('share.linkLabel')}
              className="mt-1 w-full rounded border border-slate-400 px-2 py-1 font-mono text-xs"
              ref={(el) => {
                el?.focus()
                el?.select()
              }}
            />
          </div>
        )}
        {feedback?.kind === 'invalidFile' && (
          <div className="text-red-800">
            <p>{t('share.import.invalid', { count: feedback.errors.length })}</p>
            <FieldErrorList errors={feedback.errors} />
          </div>
        )}
        {feedback?.kind === 'confirmImport' && (
          <div className="rounded border border-amber-300 bg-amber-50 p-3 text-slate-900">
            <p>
              {t('share.import.confirm', {
                name: feedback.name,
                date: feedback.profile.asOf ?? todayInShanghai(),
                total: assess(feedback.profile, feedback.profile.asOf ?? todayInShanghai()).total,
              })}
            </p>
            <div className="mt-2 flex flex-wrap gap-2">
              <button type="button" className="btn-secondary" onClick={() => load(feedback.name, feedback.profile)}>
                {t('share.import.replace')}
              </button>
              <button type="button" className="btn-secondary" onClick={() => setFeedback({ kind: 'text', tone: 'ok', text: t('share.import.cancelled') })}>
                {t('share.import.cancel')}
              </button>
            </div>
          </div>
        )}
      </div>

      {printing && (
        <Suspense fallback={<p role="status">{t('view.loading')}</p>}>
          <PrintPreview reports={[{ profile: pinned, assessment, road: roadDigest(t, ranked, assessment) }]} onClose={() => setPrinting(false)} />
        </Suspense>
      )}
    </section>
  )
}
