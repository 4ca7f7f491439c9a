// Rows that failed validation: one line per problem, by row and column, with the reason and what
// the cell held. Shown a page at a time (a broken file can have thousands; all are in the export).
import { useState } from 'react'
import { useT } from '../../i18n/i18n'

export interface ErrorLine {
  line: number
  candidate: string
  text: string
}

const PAGE = 50

export function ErrorTable({ lines, format }: { lines: readonly ErrorLine[]; format: 'csv' | 'json' }) {
  const t = useT()
  const [shown, setShown] = useState(PAGE)
  return (
    <>
      <div className="max-h-96 overflow-auto rounded border border-red-200 bg-white" tabIndex={0} role="region" aria-label={t('batch.errors.tableLabel')}>
        <table className="w-full table-fixed border-collapse text-sm">
          <colgroup>
            <col className="w-12 sm:w-16" />
            <col className="w-24 sm:w-48" />
            <col />
          </colgroup>
          <thead>
            <tr className="text-left text-xs text-slate-800">
              <th scope="col" className="sticky top-0 bg-red-50 px-2 py-1.5">
                {t(format === 'csv' ? 'batch.errors.row' : 'batch.errors.item')}
              </th>
              <th scope="col" className="sticky top-0 bg-red-50 px-2 py-1.5">
                {t('batch.col.candidate')}
              </th>
              <th scope="col" className="sticky top-0 bg-red-50 px-2 py-1.5">
                {t('batch.errors.problem')}
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.slice(0, shown).map((e, i) => (
              <tr key={i} className="border-b border-slate-200 align-top" data-error-row={e.line}>
                <td className="px-2 py-1 tabular-nums">{e.line}</td>
                <td className="px-2 py-1 break-words">{e.candidate}</td>
                <td className="px-2 py-1 break-words text-red-900">{e.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown < lines.length && (
        <button type="button" className="btn-small mt-2" onClick={() => setShown((n) => n + PAGE)}>
          {t('batch.errors.more', { count: Math.min(PAGE, lines.length - shown), total: lines.length })}
        </button>
      )}
    </>
  )
}
