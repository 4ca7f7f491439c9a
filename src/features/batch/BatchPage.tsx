// HR batch mode (?view=batch, a lazy chunk): import many candidates from CSV, an Excel/WPS
// workbook or JSON, map unknown headers, see every row validated and scored with its status in
// words, filter, sort, export, print one page per candidate (or all shown), or open one in the
// calculator. The file is read, checked and scored in a Web Worker; nothing leaves the browser.
import { lazy, Suspense, useMemo, useState } from 'react'
import { assess } from '../../engine/assess'
import { registerMessages } from '../../i18n/catalog'
import { useT } from '../../i18n/i18n'
import * as messages from '../../i18n/messages/batch'
import * as engineDetail from '../../i18n/messages/engine-detail'
import { STATUSES } from '../../engine/types'
import { downloadText } from '../../lib/download'
import { formatBytes } from '../../lib/file-read'
import { todayInShanghai } from '../../lib/today'
import { replaceDraft, setStep } from '../../state/draft-store'
import type { ReportData } from '../../components/report/PrintReport'
import { draftIsEmpty } from '../../state/draft-empty'
import { MAX_BATCH_FILE_BYTES, MAX_BATCH_ROWS } from './batch-constants'
import type { BatchRow } from './batch-core'
import { resultsToCsv, resultsToJson, resultsToXlsx, templateCsv } from './batch-export'
import { nextSort, viewOf, type Filter } from './batch-sort'
import { rowErrorText } from './batch-text'
import { BatchSummary } from './BatchSummary'
import { ErrorTable, type ErrorLine } from './ErrorTable'
import { FormatGuide } from './FormatGuide'
import { MappingStep } from './MappingStep'
import { ResultsTable, type Sort } from './ResultsTable'
import { RowDetails } from './RowDetails'
import { useBatchJob } from './use-batch-job'

registerMessages(messages)
registerMessages(engineDetail)

const PrintPreview = lazy(() => import('../../components/report/PrintPreview'))

/** Reports printed at once; more would be a very long print job for a browser. */
export const MAX_PRINT = 100

// Stable empties, so that the memos below do not recompute on every render before a file is done.
const NO_ROWS: readonly BatchRow[] = []
const NO_PROJECTED: readonly (string | null | undefined)[] = []

export default function BatchPage() {
  const t = useT()
  const today = todayInShanghai()
  const [filter, setFilter] = useState<Filter>('all')
  const [sort, setSort] = useState<Sort>({ key: 'line', dir: 'asc' })
  const [showItems, setShowItems] = useState(false)
  const [details, setDetails] = useState<number | null>(null)
  const [pendingOpen, setPendingOpen] = useState<number | null>(null)
  const [printing, setPrinting] = useState<ReportData[] | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const { job, elapsed, warm, importFile, run, reset } = useBatchJob(today, () => {
    setDetails(null)
    setPendingOpen(null)
    setNotice(null)
  })

  const rows = job.kind === 'done' ? job.outcome.rows : NO_ROWS
  const projected = job.kind === 'done' ? job.projected : NO_PROJECTED
  const sortsByProjection = sort.key === 'projected'

  const view = useMemo(
    () => viewOf(rows, projected, filter, sort),
    // Projected dates arrive chunk by chunk; they re-sort the view only when they are the sort key.
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- `projected` is a dependency only then
    [rows, filter, sort, sortsByProjection ? projected : null],
  )

  const errorLines = useMemo<ErrorLine[]>(
    () => rows.flatMap((r) => (r.status === 'invalid' ? r.errors.map((e) => ({ line: r.line, candidate: r.candidate, text: rowErrorText(t, e) })) : [])),
    [rows, t],
  )

  function print(indices: readonly number[]) {
    if (indices.length > MAX_PRINT) return setNotice(t('batch.print.tooMany', { count: indices.length, max: MAX_PRINT }))
    setPrinting(
      indices.map((i) => {
        const r = rows[i] as Extract<BatchRow, { status: 'valid' }>
        return { profile: r.profile, assessment: assess(r.profile, r.score.asOf), candidate: r.candidate || t('batch.rowLabel', { row: r.line }) }
      }),
    )
  }

  function openRow(index: number) {
    const r = rows[index] as Extract<BatchRow, { status: 'valid' }>
    replaceDraft(r.profile)
    setStep('result')
    location.assign('./')
  }

  const exportName = (ext: string) => `sh-points-batch-${today}.${ext}`
  const detailRow = details !== null ? (rows[details] as Extract<BatchRow, { status: 'valid' }> | undefined) : undefined

  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold text-slate-900">{t('batch.title')}</h1>
        <p className="mt-1 text-slate-700">{t('batch.intro')}</p>
        <p className="mt-1 text-sm text-slate-600">{t('batch.privacy')}</p>
      </header>

      <section aria-labelledby="batch-import" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
        <h2 id="batch-import" className="text-lg font-semibold text-slate-900">
          {t('batch.import.heading')}
        </h2>
        <ol className="mt-2 list-decimal space-y-1 pl-5 text-sm text-slate-800">
          <li>{t('batch.import.step1')}</li>
          <li>{t('batch.import.step2')}</li>
          <li>{t('batch.import.step3', { date: today })}</li>
        </ol>
        <div className="mt-3 flex flex-wrap items-center gap-2">
          <button type="button" className="btn-secondary" onClick={() => downloadText(t('batch.template.fileName'), templateCsv(t), 'text/csv;charset=utf-8')}>
            {t('batch.template.download')}
          </button>
        </div>
        <FormatGuide />
        <div className="mt-4">
          <label htmlFor="batch-file" className="block font-medium text-slate-900">
            {t('batch.import.label')}
          </label>
          <p id="batch-file-hint" className="text-sm text-slate-600">
            {t('batch.import.hint', { max: formatBytes(MAX_BATCH_FILE_BYTES), rows: MAX_BATCH_ROWS })}
          </p>
          <input
            id="batch-file"
            type="file"
            accept=".csv,.txt,.json,.xlsx,.xls,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel"
            aria-describedby="batch-file-hint"
            data-warm={warm || undefined}
            className="mt-2 block w-full max-w-md text-sm file:mr-3 file:rounded file:border file:border-slate-400 file:bg-white file:px-3 file:py-1.5 file:text-slate-800"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0]
              // Cleared, so that choosing the same (corrected) file again imports it again.
              e.currentTarget.value = ''
              if (file) void importFile(file)
            }}
          />
        </div>
        <div aria-live="polite" className="mt-3">
          {job.kind === 'reading' && <p>{t('batch.file.reading', { name: job.name })}</p>}
          {job.kind === 'failed' && (
            <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
              {job.message}
            </p>
          )}
          {job.kind === 'done' && <BatchSummary job={job} elapsed={elapsed} />}
        </div>
      </section>

      {job.kind === 'mapping' && (
        <MappingStep request={job.request} onConfirm={(mappings) => run(job.name, job.buffer, mappings)} onCancel={reset} />
      )}

      {job.kind === 'done' && errorLines.length > 0 && (
        <section aria-labelledby="batch-errors" className="rounded-lg border border-red-200 bg-red-50/40 p-4 sm:p-6">
          <h2 id="batch-errors" className="text-lg font-semibold text-red-900">
            {t('batch.errors.heading', { rows: job.outcome.summary.invalid, count: errorLines.length })}
          </h2>
          <p className="mb-2 text-sm text-slate-800">{t('batch.errors.intro')}</p>
          <ErrorTable lines={errorLines} format={job.outcome.format === 'json' ? 'json' : 'csv'} />
        </section>
      )}

      {job.kind === 'done' && job.outcome.summary.valid > 0 && (
        <section aria-labelledby="batch-results" className="space-y-3">
          <h2 id="batch-results" className="text-lg font-semibold text-slate-900">
            {t('batch.results.heading')}
          </h2>
          <div className="flex flex-wrap items-end justify-between gap-3">
            <fieldset className="flex flex-wrap gap-x-4 gap-y-1">
              <legend className="sr-only">{t('batch.filter.legend')}</legend>
              {(['all', ...STATUSES] as const).map((f) => {
                const n = f === 'all' ? job.outcome.summary.valid : job.outcome.summary[f]
                if (f !== 'all' && !n) return null
                return (
                  <label key={f} className="inline-flex min-h-6 items-center gap-1.5 text-sm">
                    <input type="radio" name="batch-filter" value={f} checked={filter === f} onChange={() => setFilter(f)} />
                    {t(`batch.filter.${f}`, { count: n })}
                  </label>
                )
              })}
            </fieldset>
            <div className="flex flex-wrap gap-2">
              <button type="button" className="btn-small" onClick={() => downloadText(exportName('csv'), resultsToCsv(t, rows, projected), 'text/csv;charset=utf-8')}>
                {t('batch.export.csv')}
              </button>
              <button
                type="button"
                className="btn-small"
                onClick={() =>
                  void resultsToXlsx(t, rows, projected).then(
                    (bytes) => downloadText(exportName('xlsx'), bytes as BlobPart, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
                    () => setNotice(t('batch.export.xlsxFailed')),
                  )
                }
              >
                {t('batch.export.xlsx')}
              </button>
              <button type="button" className="btn-small" data-testid="export-json" onClick={() => downloadText(exportName('json'), resultsToJson(t, rows, projected), 'application/json')}>
                {t('batch.export.json')}
              </button>
              <button type="button" className="btn-small" onClick={() => print(view)}>
                {t(filter === 'all' ? 'batch.print.all' : 'batch.print.filtered', { count: view.length })}
              </button>
            </div>
          </div>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p className="text-sm text-slate-600">{t('batch.results.hint', { shown: view.length })}</p>
            <label className="inline-flex min-h-6 items-center gap-1.5 text-sm">
              <input type="checkbox" checked={showItems} onChange={(e) => setShowItems(e.currentTarget.checked)} />
              {t('batch.results.showItems')}
            </label>
          </div>
          {notice && (
            <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-slate-900">
              {notice}
            </p>
          )}
          {pendingOpen !== null && (
            <div role="group" aria-labelledby="open-confirm" className="rounded border border-amber-400 bg-amber-50 p-3 text-sm">
              <p id="open-confirm">{t('batch.open.confirm', { name: rows[pendingOpen]!.candidate || t('batch.rowLabel', { row: rows[pendingOpen]!.line }) })}</p>
              <div className="mt-2 flex gap-2">
                <button type="button" className="btn-small" onClick={() => openRow(pendingOpen)} autoFocus>
                  {t('batch.open.confirmYes')}
                </button>
                <button type="button" className="btn-small" onClick={() => setPendingOpen(null)}>
                  {t('batch.open.cancel')}
                </button>
              </div>
            </div>
          )}
          {detailRow && (
            <RowDetails
              row={detailRow}
              projected={projected[details!]}
              onReport={() => print([details!])}
              onClose={() => setDetails(null)}
            />
          )}
          <ResultsTable
            rows={rows}
            view={view}
            projected={projected}
            projecting={job.projecting}
            sort={sort}
            onSort={(key) => setSort((s) => nextSort(s, key))}
            showItems={showItems}
            onDetails={setDetails}
            onReport={(i) => print([i])}
            onOpen={(i) => (draftIsEmpty() ? openRow(i) : setPendingOpen(i))}
          />
        </section>
      )}

      {printing && (
        <Suspense fallback={<p role="status">{t('view.loading')}</p>}>
          <PrintPreview reports={printing} onClose={() => setPrinting(null)} />
        </Suspense>
      )}
    </div>
  )
}
