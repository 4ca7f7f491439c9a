// Opening a share link (#p=…): the shared profile is shown, but the visitor's own saved answers
// are never overwritten without asking. A damaged, oversized or invalid link changes nothing and
// says why. Wraps the calculator; the fragment is removed once the visitor has decided. A lazy
// chunk, loaded by ShareGate only when the page has a share fragment.
import { lazy, Suspense, useCallback, useEffect, useState, type ReactNode } from 'react'
import { assess } from '../../engine/assess'
import type { Profile, ProfileError } from '../../engine/schema'
import { registerMessages } from '../../i18n/catalog'
import { useT } from '../../i18n/i18n'
import * as messages from '../../i18n/messages/share'
import { MAX_SHARE_FRAGMENT, readShareFragment } from '../../lib/share-link'
import { todayInShanghai } from '../../lib/today'
import { deriveAssessment } from '../../state/derive'
import { replaceDraft, setStep, useDraftStore } from '../../state/draft-store'
import { draftIsEmpty } from '../../state/draft-empty'
import { FieldErrorList } from './FieldErrorList'

registerMessages(messages)

const SharedView = lazy(() => import('./SharedView'))

type Gate =
  | { kind: 'idle' }
  | { kind: 'error'; reason: 'tooLarge' | 'malformed' | 'notJson' | 'invalid'; errors: ProfileError[] }
  | { kind: 'load'; profile: Profile }
  | { kind: 'ask'; profile: Profile }
  | { kind: 'viewing'; profile: Profile }
  | { kind: 'loaded'; asOf: string }
  | { kind: 'same' }


/** JSON with sorted keys, to compare profiles whatever their key order. */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b))) : x,
  )

function clearFragment() {
  history.replaceState(history.state, '', `${location.pathname}${location.search}`)
}

/**
 * What a share fragment should do; pure (reads the fragment and the store, changes nothing).
 * An empty draft has nothing to lose, so the shared profile loads without a question.
 */
function decide(hash: string): Gate {
  const today = todayInShanghai()
  const read = readShareFragment(hash, today)
  if (read.kind === 'none') return { kind: 'idle' }
  if (read.kind === 'error') return { kind: 'error', reason: read.reason, errors: read.errors }
  if (draftIsEmpty()) return { kind: 'load', profile: read.profile }
  const { draft, asOfOverride } = useDraftStore.getState()
  if (canonical(deriveAssessment(draft, asOfOverride, today).profile) === canonical(read.profile)) return { kind: 'same' }
  return { kind: 'ask', profile: read.profile }
}

export default function SharedLinkGate({ children }: { children: ReactNode }) {
  const t = useT()
  const [gate, setGate] = useState<Gate>(() => decide(location.hash))

  useEffect(() => {
    const onHash = () => setGate(decide(location.hash))
    window.addEventListener('hashchange', onHash)
    return () => window.removeEventListener('hashchange', onHash)
  }, [])

  const replace = useCallback((profile: Profile) => {
    replaceDraft(profile)
    setStep('result')
    clearFragment()
    setGate({ kind: 'loaded', asOf: profile.asOf ?? todayInShanghai() })
  }, [])

  // Decisions that need no question are carried out here (idempotent, so safe to repeat).
  useEffect(() => {
    if (gate.kind === 'load') replace(gate.profile)
    else if (gate.kind === 'same') clearFragment()
  }, [gate, replace])

  const done = useCallback(() => {
    clearFragment()
    setGate({ kind: 'idle' })
  }, [])
  if (gate.kind === 'viewing')
    return (
      <Suspense fallback={<p role="status">{t('view.loading')}</p>}>
        <SharedView profile={gate.profile} onReplace={() => replace(gate.profile)} onKeep={done} />
      </Suspense>
    )

  return (
    <>
      {gate.kind === 'error' && (
        <div role="alert" className="mb-4 rounded-md border border-red-300 bg-red-50 p-4 text-red-900">
          <p className="font-semibold">{t('share.error.title')}</p>
          <p className="mt-1 text-sm">
            {gate.reason === 'tooLarge'
              ? t('share.error.tooLarge', { max: MAX_SHARE_FRAGMENT })
              : gate.reason === 'invalid'
                ? t('share.error.invalid', { count: gate.errors.length })
                : t(gate.reason === 'malformed' ? 'share.error.malformed' : 'share.error.notJson')}
          </p>
          {gate.reason === 'invalid' && (
            <div className="text-sm">
              <FieldErrorList errors={gate.errors} />
            </div>
          )}
          <p className="mt-1 text-sm">{t('share.error.unchanged')}</p>
          <button type="button" className="btn-secondary mt-2" onClick={done}>
            {t('share.banner.dismiss')}
          </button>
        </div>
      )}
      {gate.kind === 'ask' && <AskBanner profile={gate.profile} onView={() => setGate({ kind: 'viewing', profile: gate.profile })} onReplace={() => replace(gate.profile)} onKeep={done} />}
      {(gate.kind === 'loaded' || gate.kind === 'same') && (
        <div role="status" className="mb-4 flex flex-wrap items-center justify-between gap-2 rounded-md border border-accent-600 bg-accent-50 p-3 text-sm text-slate-900">
          <p>{gate.kind === 'loaded' ? t('share.banner.loaded', { date: gate.asOf }) : t('share.banner.same')}</p>
          <button type="button" className="btn-secondary" onClick={done}>
            {t('share.banner.dismiss')}
          </button>
        </div>
      )}
      {children}
    </>
  )
}

function AskBanner({ profile, onView, onReplace, onKeep }: { profile: Profile; onView: () => void; onReplace: () => void; onKeep: () => void }) {
  const t = useT()
  const asOf = profile.asOf ?? todayInShanghai()
  return (
    <section aria-labelledby="share-ask-title" className="mb-4 rounded-md border border-amber-400 bg-amber-50 p-4 text-slate-900">
      <h2 id="share-ask-title" className="font-semibold">
        {t('share.banner.title')}
      </h2>
      <p className="mt-1 text-sm">{t('share.banner.ask', { total: assess(profile, asOf).total, date: asOf })}</p>
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" className="btn-secondary" onClick={onView}>
          {t('share.banner.view')}
        </button>
        <button type="button" className="btn-secondary" onClick={onReplace}>
          {t('share.banner.replace')}
        </button>
        <button type="button" className="btn-secondary" onClick={onKeep}>
          {t('share.banner.keep')}
        </button>
      </div>
    </section>
  )
}
