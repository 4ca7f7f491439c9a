// The CSV columns and the values each accepts (docs/csv-format.md in short), next to the template.
import { CANDIDATE_COLUMN, columnKind, PROFILE_COLUMNS } from '../../lib/csv-profile'
import { useT } from '../../i18n/i18n'
import { optionLabel } from '../../components/report/profile-entries'
import { columnHeader } from './batch-text'

export function FormatGuide() {
  const t = useT()
  const accepted = (column: (typeof PROFILE_COLUMNS)[number]): string => {
    const kind = columnKind(column)
    if (typeof kind === 'string') return t(`batch.format.${kind}`)
    return kind.map((v) => t('batch.format.option', { value: v, label: optionLabel(t, column, v) ?? v })).join(' · ')
  }
  return (
    <details className="mt-3 rounded border border-slate-200 bg-white p-3">
      <summary className="cursor-pointer font-medium text-slate-900">{t('batch.format.summary')}</summary>
      <p className="mt-2 text-sm text-slate-700">{t('batch.format.intro')}</p>
      <div className="mt-2 overflow-x-auto">
        <table className="min-w-[36rem] text-left text-sm">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-1 pr-3">
                {t('batch.format.column')}
              </th>
              <th scope="col" className="py-1">
                {t('batch.format.values')}
              </th>
            </tr>
          </thead>
          <tbody>
            <tr className="border-b border-slate-100 align-top">
              <th scope="row" className="py-1 pr-3 font-normal">
                {columnHeader(t, CANDIDATE_COLUMN)}
              </th>
              <td className="py-1">{t('batch.format.candidate')}</td>
            </tr>
            {PROFILE_COLUMNS.map((c) => (
              <tr key={c} className="border-b border-slate-100 align-top">
                <th scope="row" className="py-1 pr-3 font-normal">
                  {columnHeader(t, c)}
                </th>
                <td className="py-1 break-words">{accepted(c)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  )
}
