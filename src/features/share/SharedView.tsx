// A shared profile, read-only, in place of the calculator: the visitor looks before deciding
// whether it replaces their own answers. A lazy chunk (it brings the report).
import { useEffect, useMemo, useRef } from 'react'
import { assess } from '../../engine/assess'
import type { Profile } from '../../engine/schema'
import { useT } from '../../i18n/i18n'
import { todayInShanghai } from '../../lib/today'
import { PrintReport } from '../../components/report/PrintReport'
import { registerMessages } from '../../i18n/catalog'
import * as road from '../../i18n/messages/road'
import { roadDigest } from '../../components/report/digest'
import { rankedFor } from '../../state/use-ranked'

registerMessages(road)


export default function SharedView({ profile, onReplace, onKeep }: { profile: Profile; onReplace: () => void; onKeep: () => void }) {
  const t = useT()
  const today = todayInShanghai()
  const asOf = profile.asOf ?? today
  const assessment = useMemo(() => assess(profile, asOf), [profile, asOf])
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  return (
    <section aria-labelledby="shared-title" className="space-y-4">
      <div className="rounded-md border border-amber-400 bg-amber-50 p-4">
        <h2 id="shared-title" ref={heading} tabIndex={-1} className="text-lg font-semibold text-slate-900">
          {t('share.viewing.title')}
        </h2>
        <p className="mt-1 text-sm text-slate-800">{t('share.viewing.note')}</p>
        <div className="mt-3 flex flex-wrap gap-2">
          <button type="button" className="btn-secondary" onClick={onReplace}>
            {t('share.banner.replace')}
          </button>
          <button type="button" className="btn-secondary" onClick={onKeep}>
            {t('share.banner.keep')}
          </button>
        </div>
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <PrintReport profile={profile} assessment={assessment} road={roadDigest(t, rankedFor(profile, asOf, {}, {}), assessment)} generated={today} totalTestId="score-total" />
      </div>
    </section>
  )
}
