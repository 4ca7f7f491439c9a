import { useEffect, useRef } from 'react'
import { useT } from '../../i18n/i18n'
import type { BatchRow } from './batch-core'
import { findingsText, statusOf, statusText } from './batch-text'

/** One row's verdict and every finding in words, one click from the table. */
export function RowDetails({ row, projected, onReport, onClose }: { row: Extract<BatchRow, { status: 'valid' }>; projected: string | null | undefined; onReport: () => void; onClose: () => void }) {
  const t = useT()
  const ref = useRef<HTMLElement>(null)
  useEffect(() => ref.current?.focus(), [row])
  const name = row.candidate || t('batch.rowLabel', { row: row.line })
  const findings = findingsText(t, row)
  return (
    <section ref={ref} tabIndex={-1} aria-labelledby="batch-details-h" className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm" data-testid="row-details">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id="batch-details-h" className="text-base font-semibold text-slate-900">
          {t('batch.details.heading', { name, row: row.line })}
        </h3>
        <button type="button" className="btn-small" onClick={onClose}>
          {t('batch.details.close')}
        </button>
      </div>
      <p className="mt-1 text-sm">
        <strong data-testid="details-status" data-status={statusOf(row)}>
          {statusText(t, row)}
        </strong>
        {' · '}
        {t('batch.details.total', { total: row.score.total, threshold: row.score.threshold })}
        {' · '}
        {t('batch.details.projected', { date: projected === undefined ? '…' : (projected ?? '—') })}
      </p>
      {findings.length ? (
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-800">
          {findings.map((f, i) => (
            <li key={i}>{f}</li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-sm text-slate-700">{t('batch.details.noFindings')}</p>
      )}
      <button type="button" className="btn-small mt-3" onClick={onReport}>
        {t('batch.details.report')}
      </button>
    </section>
  )
}
