// Documents to prepare and the rejection pitfalls that concern this profile, from the answers.
import type { Profile } from '../../engine/schema'
import type { Assessment } from '../../engine/types'
import { useT } from '../../i18n/i18n'
import { checklist } from './checklist'

export function Checklist({ profile, assessment }: { profile: Profile; assessment: Assessment }) {
  const t = useT()
  const { documents, pitfalls } = checklist(profile, assessment)
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">{t('road.docs.intro')}</p>
      <ul className="space-y-2" data-testid="road-documents">
        {documents.map((id) => (
          <li key={id} data-doc={id} className="rounded-md border border-slate-200 bg-white px-3 py-2">
            <p className="text-slate-900">{t(`road.doc.${id}.what`)}</p>
            <p className="mt-0.5 text-sm text-slate-600">
              {t('road.docs.where')}
              {t(`road.doc.${id}.where`)}
            </p>
          </li>
        ))}
      </ul>
      <div>
        <h5 className="font-semibold text-slate-900">{t('road.pitfalls.title')}</h5>
        {pitfalls.length ? (
          <>
            <p className="mt-1 text-sm text-slate-700">{t('road.pitfalls.intro')}</p>
            <ul className="mt-2 space-y-2" data-testid="road-pitfalls">
              {pitfalls.map((id) => (
                <li key={id} data-pitfall={id} className="rounded-md border-l-4 border-amber-500 bg-amber-50 px-3 py-2 text-sm text-slate-900">
                  {t(`road.pitfall.${id}`)}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="mt-1 text-sm text-slate-700">{t('road.pitfalls.none')}</p>
        )}
      </div>
    </div>
  )
}
