import { STATUSES } from '../../engine/types'
import { useT } from '../../i18n/i18n'
import { isNotRead } from '../../lib/csv-targets'
import type { DoneJob } from './use-batch-job'

/** What was read: counts by status, the encoding, empty rows, columns not read; time taken. */
export function BatchSummary({ job, elapsed }: { job: DoneJob; elapsed: number | null }) {
  const t = useT()
  const { summary, ignoredColumns, resultColumns, emptyRows, encoding, gbRows } = job.outcome
  const notRead = ignoredColumns.filter(isNotRead)
  const unknown = ignoredColumns.filter((c) => !isNotRead(c))
  const counts = [['total', summary.total], ['valid', summary.valid], ['invalid', summary.invalid], ...STATUSES.map((s) => [s, summary[s]] as const)] as const
  return (
    <div className="rounded border border-slate-200 bg-slate-50 p-3 text-sm">
      <p className="font-medium text-slate-900">
        {t('batch.summary.file', { name: job.name })}
        {elapsed !== null && (
          <span className="ml-2 font-normal text-slate-600" data-testid="batch-elapsed" data-ms={Math.round(elapsed)} data-worker-ms={Math.round(job.workerMs)}>
            {t('batch.summary.elapsed', { seconds: (elapsed / 1000).toFixed(2) })}
          </span>
        )}
      </p>
      <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-4 lg:grid-cols-8" data-testid="batch-summary">
        {counts.map(([key, n]) => (
          <div key={key}>
            <dt className="text-slate-600">{t(`batch.summary.${key}`)}</dt>
            <dd className="text-lg font-semibold tabular-nums text-slate-900" data-testid={`count-${key}`}>
              {n}
            </dd>
          </div>
        ))}
      </dl>
      {encoding === 'gb18030' && <p className="mt-2 text-slate-700">{t('batch.summary.gb18030')}</p>}
      {encoding === 'mixed' && (
        <p className="mt-2 text-amber-900" data-testid="mixed-encoding">
          {t('batch.summary.mixed', { rows: (gbRows ?? []).join('、') })}
        </p>
      )}
      {emptyRows > 0 && <p className="mt-1 text-slate-700">{t('batch.summary.emptyRows', { count: emptyRows })}</p>}
      {resultColumns > 0 && <p className="mt-1 text-slate-700">{t('batch.summary.resultColumns', { count: resultColumns })}</p>}
      {unknown.length > 0 && (
        <p className="mt-1 text-amber-900" data-testid="ignored-columns">
          {t('batch.summary.ignored', { columns: unknown.join('、') })}
        </p>
      )}
      {notRead.length > 0 && (
        <p className="mt-1 text-slate-700" data-testid="not-read-columns">
          {t('batch.summary.notRead', { columns: notRead.join('、') })}
        </p>
      )}
      {job.projecting && <p className="mt-1 text-slate-600">{t('batch.summary.projecting')}</p>}
    </div>
  )
}
