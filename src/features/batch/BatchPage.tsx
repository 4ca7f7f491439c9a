// HR batch mode (?view=batch, a lazy chunk): import many candidates from CSV, an Excel/WPS
// workbook or JSON, map unknown headers, see every row validated and scored with its status in
// words, filter, sort, export, print one page per candidate (or all shown), or open one in the
// calculator. The file is read, checked and scored in a Web Worker; nothing leaves the browser.
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react'
import { assess } from '../../engine/assess'
import { registerMessages } from '../../i18n/catalog'
import { useT } from '../../i18n/i18n'
import * as messages from '../../i18n/messages/batch'
import * as engineDetail from '../../i18n/messages/engine-detail'
import * as later from '../../i18n/messages/later'
import { STATUSES, type Status } from '../../engine/types'
import { downloadText } from '../../lib/download'
import { formatBytes } from '../../lib/file-read'
import { todayInShanghai } from '../../lib/today'
import { replaceDraft, setStep } from '../../state/draft-store'
import type { ReportData } from '../../components/report/PrintReport'
import { draftIsEmpty } from '../../state/draft-empty'
import { MAX_BATCH_FILE_BYTES, MAX_BATCH_ROWS } from './batch-constants'
import type { BatchOutcome, BatchRow, MappingRequest, Mappings } from './batch-core'
import { resultsToCsv, resultsToJson, resultsToXlsx, templateCsv } from './batch-export'
import { findingsText, rowErrorText, statusOf, statusText, type StatusCode } from './batch-text'
import { ErrorTable, type ErrorLine } from './ErrorTable'
import { FormatGuide } from './FormatGuide'
import { loadMappings, MappingStep } from './MappingStep'
import { isNotRead } from '../../lib/csv-targets'
import { ResultsTable, type Sort, type SortKey } from './ResultsTable'
import { prepareBatchWorker, runBatch } from './run-batch'

registerMessages(later)
registerMessages(messages)
registerMessages(engineDetail)

const PrintPreview = lazy(() => import('../../components/report/PrintPreview'))

/** Reports printed at once; more would be a very long print job for a browser. */
export const MAX_PRINT = 100

type Filter = 'all' | Status
type Done = Extract<BatchOutcome, { ok: true }>
type Job =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string }
  | { kind: 'failed'; message: string }
  /** The headers need the user's mapping; the file is kept to be read again with it. */
  | { kind: 'mapping'; name: string; buffer: ArrayBuffer; request: MappingRequest }
  /** workerMs: reading, validating and scoring in the worker (the rest is transfer and rendering). */
  | { kind: 'done'; name: string; outcome: Done; workerMs: number; projected: (string | null | undefined)[]; projecting: boolean }

const collator = new Intl.Collator('zh-CN', { numeric: true })
const STATUS_ORDER: Record<StatusCode, number> = { meets: 0, below: 1, notEligible: 2, incomplete: 3, vetoed: 4, invalid: 5 }
// Stable empties, so that the memos below do not recompute on every render before a file is done.
const NO_ROWS: readonly BatchRow[] = []
const NO_PROJECTED: readonly (string | null | undefined)[] = []

function compare(rows: readonly BatchRow[], projected: readonly (string | null | undefined)[], key: SortKey) {
  const valid = (i: number) => rows[i] as Extract<BatchRow, { status: 'valid' }>
  switch (key) {
    case 'line':
      return (a: number, b: number) => rows[a]!.line - rows[b]!.line
    case 'candidate':
      return (a: number, b: number) => collator.compare(rows[a]!.candidate, rows[b]!.candidate)
    case 'status':
      return (a: number, b: number) => STATUS_ORDER[statusOf(rows[a]!)] - STATUS_ORDER[statusOf(rows[b]!)]
    case 'projected':
      // Not reached within the horizon (null) or not computed yet sorts last.
      return (a: number, b: number) => (projected[a] ?? '9999').localeCompare(projected[b] ?? '9999')
    case 'total':
    case 'gap':
    case 'warnings':
      return (a: number, b: number) => valid(a).score[key] - valid(b).score[key]
    default: {
      const item = Number(key.slice(4))
      return (a: number, b: number) => valid(a).score.points[item]! - valid(b).score.points[item]!
    }
  }
}

export default function BatchPage() {
  const t = useT()
  const today = todayInShanghai()
  const [job, setJob] = useState<Job>({ kind: 'idle' })
  const [elapsed, setElapsed] = useState<number | null>(null)
  const [filter, setFilter] = useState<Filter>('all')
  const [sort, setSort] = useState<Sort>({ key: 'line', dir: 'asc' })
  const [showItems, setShowItems] = useState(false)
  const [details, setDetails] = useState<number | null>(null)
  const [pendingOpen, setPendingOpen] = useState<number | null>(null)
  const [printing, setPrinting] = useState<ReportData[] | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const started = useRef(0)
  const cancel = useRef<(() => void) | null>(null)

  // The worker starts (and warms up) with the page; data-warm on the file input says it is ready,
  // which the benchmark waits for, as a user choosing a file would.
  const [warm, setWarm] = useState(false)
  useEffect(() => {
    prepareBatchWorker(() => setWarm(true))
    return () => cancel.current?.()
  }, [])

  // The import is done when its results are on screen: measured here, after React committed them.
  const shownOutcome = job.kind === 'done' ? job.outcome : null
  useEffect(() => {
    if (shownOutcome) setElapsed(performance.now() - started.current)
  }, [shownOutcome])

  async function importFile(file: File) {
    // Refused before reading: a huge file never reaches memory.
    if (file.size > MAX_BATCH_FILE_BYTES) {
      cancel.current?.()
      return setJob({ kind: 'failed', message: t('batch.file.tooLarge', { size: formatBytes(file.size), max: formatBytes(MAX_BATCH_FILE_BYTES), rows: MAX_BATCH_ROWS }) })
    }
    setJob({ kind: 'reading', name: file.name })
    let buffer: ArrayBuffer
    try {
      buffer = await file.arrayBuffer()
    } catch {
      return setJob({ kind: 'failed', message: t('batch.file.readFailed') })
    }
    run(file.name, buffer, loadMappings())
  }

  function run(name: string, buffer: ArrayBuffer, mappings: Mappings) {
    cancel.current?.()
    started.current = performance.now()
    setElapsed(null)
    setDetails(null)
    setPendingOpen(null)
    setNotice(null)
    setJob({ kind: 'reading', name })
    // The worker takes the bytes; a copy is kept in case the headers need mapping.
    const kept = buffer.slice(0)
    cancel.current = runBatch({ buffer, name, today, mappings }, (m) => {
      if (m.kind === 'result') {
        const o = m.outcome
        if (!o.ok) {
          if (o.issue === 'needsMapping') return setJob({ kind: 'mapping', name, buffer: kept, request: o.mapping })
          return setJob({ kind: 'failed', message: t(`batch.file.${o.issue}`, { max: MAX_BATCH_ROWS }) })
        }
        setJob({ kind: 'done', name, outcome: o, workerMs: m.ms, projected: new Array(o.rows.length).fill(undefined), projecting: true })
      } else if (m.kind === 'projected')
        setJob((j) => {
          if (j.kind !== 'done') return j
          const projected = j.projected.slice()
          m.dates.forEach((d, i) => (projected[m.from + i] = d))
          return { ...j, projected }
        })
      else if (m.kind === 'projectedDone') setJob((j) => (j.kind === 'done' ? { ...j, projecting: false } : j))
      else if (m.kind === 'failed') setJob((j) => (j.kind === 'done' ? { ...j, projecting: false } : { kind: 'failed', message: t('batch.file.failed') }))
    })
  }

  const rows = job.kind === 'done' ? job.outcome.rows : NO_ROWS
  const projected = job.kind === 'done' ? job.projected : NO_PROJECTED
  const sortsByProjection = sort.key === 'projected'

  const view = useMemo(() => {
    const indices: number[] = []
    rows.forEach((r, i) => {
      if (r.status === 'valid' && (filter === 'all' || r.score.status === filter)) indices.push(i)
    })
    const cmp = compare(rows, projected, sort.key)
    const sign = sort.dir === 'asc' ? 1 : -1
    return indices.sort((a, b) => sign * cmp(a, b) || rows[a]!.line - rows[b]!.line)
    // Projected dates arrive chunk by chunk; they re-sort the view only when they are the sort key.
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- `projected` is a dependency only then
  }, [rows, filter, sort, sortsByProjection ? projected : null])

  const errorLines = useMemo<ErrorLine[]>(
    () => rows.flatMap((r) => (r.status === 'invalid' ? r.errors.map((e) => ({ line: r.line, candidate: r.candidate, text: rowErrorText(t, e) })) : [])),
    [rows, t],
  )

  /** A new column sorts the useful way first (highest points, earliest date); a second click reverses. */
  function onSort(key: SortKey) {
    const firstDir = key === 'total' || key === 'warnings' || key.startsWith('item') ? 'desc' : 'asc'
    setSort((s) => ({ key, dir: s.key === key ? (s.dir === 'asc' ? 'desc' : 'asc') : firstDir }))
  }

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
          {job.kind === 'done' && <Summary job={job} elapsed={elapsed} />}
        </div>
      </section>

      {job.kind === 'mapping' && (
        <MappingStep request={job.request} onConfirm={(mappings) => run(job.name, job.buffer, mappings)} onCancel={() => setJob({ kind: 'idle' })} />
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
            onSort={onSort}
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

/** One row's verdict and every finding in words, one click from the table. */
function RowDetails({ row, projected, onReport, onClose }: { row: Extract<BatchRow, { status: 'valid' }>; projected: string | null | undefined; onReport: () => void; onClose: () => void }) {
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

function Summary({ job, elapsed }: { job: Extract<Job, { kind: 'done' }>; elapsed: number | null }) {
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
