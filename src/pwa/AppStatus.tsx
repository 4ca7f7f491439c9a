// The page's own version, in the footer ("规则 sh-2023 · 社平工资至 2027-06"), and the notice that
// a newer one is waiting (a fixed bar: it moves nothing on the page when it appears).
import { useT } from '../i18n/i18n'
import { DATA_VERSION } from './data-version'
import { useUpdateStore } from './update-store'

export function DataVersionNote() {
  const t = useT()
  return <p data-testid="data-version">{t('pwa.version', { rules: DATA_VERSION.rules, through: DATA_VERSION.wagesThrough })}</p>
}

export function UpdateBanner() {
  const t = useT()
  const { waiting, next, apply } = useUpdateStore()
  if (!waiting) return null
  const newWages = next && next.wagesThrough !== DATA_VERSION.wagesThrough
  const newRules = next && next.rules !== DATA_VERSION.rules
  const message = newWages
    ? t('pwa.update.wages', { year: next.wagesFrom.slice(0, 4) })
    : newRules
      ? t('pwa.update.rules', { rules: next.rules })
      : t('pwa.update.app')
  return (
    <div
      role="status"
      data-testid="update-banner"
      className="fixed inset-x-2 bottom-2 z-50 mx-auto flex max-w-xl flex-wrap items-center justify-between gap-2 rounded-lg border border-accent-600 bg-white p-3 text-sm text-slate-900 shadow-lg"
    >
      <p>{message}</p>
      <button type="button" onClick={apply} className="btn-small">
        {t('pwa.reload')}
      </button>
    </div>
  )
}
