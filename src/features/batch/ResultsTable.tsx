// The scored candidates: one row each, sortable by any column, virtualised (10,000 rows stay
// fast). By default the columns that fit 1280 px: candidate, status in words, total, gap, the date
// 120 is reached, the main warning, and the row's actions (details, report, open); the points of
// each item come behind a toggle.
import { ITEM_IDS } from '../../engine/types'
import { useT } from '../../i18n/i18n'
import { signedPoints } from '../../components/result/explain'
import type { BatchRow } from './batch-core'
import type { Projected } from './batch-export'
import { itemHeader, rowFindingText, statusOf, statusText } from './batch-text'
import { ROW_HEIGHT, useVirtualRows } from './use-virtual-rows'

export type SortKey = 'line' | 'candidate' | 'total' | 'gap' | 'status' | 'projected' | 'warnings' | `item${number}`
export interface Sort {
  key: SortKey
  dir: 'asc' | 'desc'
}

type ValidRow = Extract<BatchRow, { status: 'valid' }>

interface Props {
  rows: readonly BatchRow[]
  /** Indices into rows of the valid rows shown, in display order. */
  view: readonly number[]
  projected: Projected
  projecting: boolean
  sort: Sort
  onSort: (key: SortKey) => void
  showItems: boolean
  onDetails: (index: number) => void
  onReport: (index: number) => void
  onOpen: (index: number) => void
}

const STATUS_CLASS = {
  meets: 'text-accent-700',
  below: 'text-slate-800',
  incomplete: 'text-amber-900',
  notEligible: 'text-amber-900',
  vetoed: 'text-red-800',
  invalid: 'text-red-800',
} as const

export function ResultsTable({ rows, view, projected, projecting, sort, onSort, showItems, onDetails, onReport, onOpen }: Props) {
  const t = useT()
  const { scrollRef, items, paddingTop, paddingBottom } = useVirtualRows(view.length)
  const columns = 8 + (showItems ? ITEM_IDS.length : 0)

  const header = (key: SortKey, label: string, className = '') => (
    <th key={key} scope="col" className={`sticky top-0 z-10 border-b border-slate-300 bg-slate-100 p-0 align-bottom ${className}`} aria-sort={sort.key === key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
      <button type="button" onClick={() => onSort(key)} className="flex min-h-8 w-full items-end gap-1 px-2 py-1.5 text-left text-xs font-semibold text-slate-800 hover:bg-slate-200">
        <span>{label}</span>
        <span aria-hidden="true">{sort.key === key ? (sort.dir === 'asc' ? '▲' : '▼') : ''}</span>
      </button>
    </th>
  )

  return (
    <div ref={scrollRef} className="max-h-[75vh] overflow-auto rounded border border-slate-300 bg-white" tabIndex={0} role="region" aria-label={t('batch.results.tableLabel')}>
      <table className={`${showItems ? 'w-max' : 'w-full sm:min-w-[56rem]'} table-fixed border-collapse text-sm`} aria-rowcount={view.length + 1}>
        <colgroup>
          <col className="w-12 sm:w-14" />
          <col className="w-20 sm:w-28 lg:w-32" />
          <col className="w-28 sm:w-44" />
          <col className="w-16" />
          <col className="w-14" />
          <col className="w-28" />
          {showItems && ITEM_IDS.map((id) => <col key={id} className="w-24" />)}
          <col className={showItems ? 'w-80' : ''} />
          <col className="w-48" />
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {header('line', t('batch.col.row'))}
            {header('candidate', t('batch.col.candidate'), 'left-0 z-20')}
            {header('status', t('batch.col.status'))}
            {header('total', t('batch.col.total'))}
            {header('gap', t('batch.col.gap'))}
            {header('projected', projecting ? t('batch.col.projecting') : t('batch.col.projected'))}
            {showItems && ITEM_IDS.map((_, i) => header(`item${i}`, itemHeader(t, i)))}
            {header('warnings', t('batch.col.mainWarning'))}
            <th scope="col" className="sticky top-0 z-10 border-b border-slate-300 bg-slate-100 px-2 text-left text-xs font-semibold text-slate-800">
              {t('batch.col.actions')}
            </th>
          </tr>
        </thead>
        <tbody>
          {paddingTop > 0 && (
            <tr aria-hidden="true">
              <td colSpan={columns} style={{ height: paddingTop }} />
            </tr>
          )}
          {items.map((v) => {
            const index = view[v.index]!
            const row = rows[index] as ValidRow
            const status = statusOf(row)
            const name = row.candidate || t('batch.rowLabel', { row: row.line })
            const date = projected[index]
            const main = row.score.findings[0]
            const mainText = main ? rowFindingText(t, main) : ''
            return (
              <tr key={index} aria-rowindex={v.index + 2} style={{ height: ROW_HEIGHT }} className="border-b border-slate-200 hover:bg-slate-50" data-row={row.line}>
                <td className="px-2 tabular-nums text-slate-600">{row.line}</td>
                <th scope="row" className="sticky left-0 truncate bg-white px-2 text-left font-medium text-slate-900" title={row.candidate}>
                  {name}
                </th>
                <td className={`truncate px-2 font-medium ${STATUS_CLASS[status]}`} data-testid="row-status" data-status={status} title={statusText(t, row)}>
                  {statusText(t, row)}
                </td>
                <td className="px-2 text-right font-semibold tabular-nums" data-testid="row-total">
                  {row.score.total}
                </td>
                <td className="px-2 text-right tabular-nums">{row.score.gap}</td>
                <td className="px-2 tabular-nums text-slate-700">{date === undefined ? '…' : (date ?? '—')}</td>
                {showItems &&
                  row.score.points.map((p, i) => (
                    <td key={i} className={`px-2 text-right tabular-nums ${p < 0 ? 'text-red-800' : p === 0 ? 'text-slate-500' : ''}`}>
                      {signedPoints(p)}
                    </td>
                  ))}
                <td className="truncate px-2 text-slate-800" title={mainText} data-testid="row-warning">
                  {row.score.atRisk > 0 && (
                    <span className="mr-1 rounded bg-amber-100 px-1 text-xs font-medium text-amber-900" data-testid="row-thin-margin">
                      {t('batch.results.thin', { atRisk: row.score.atRisk })}
                    </span>
                  )}
                  {row.score.warnings > 1 ? t('batch.results.mainWarning', { text: mainText, more: row.score.warnings - 1 }) : mainText || '—'}
                </td>
                <td className="px-1">
                  <div className="flex flex-wrap gap-x-2">
                    <button type="button" className="btn-link min-h-6 text-sm" onClick={() => onDetails(index)} aria-label={t('batch.results.detailsLabel', { name })}>
                      {t('batch.results.details')}
                    </button>
                    <button type="button" className="btn-link min-h-6 text-sm" onClick={() => onReport(index)} aria-label={t('batch.results.reportLabel', { name })}>
                      {t('batch.results.report')}
                    </button>
                    <button type="button" className="btn-link min-h-6 text-sm" onClick={() => onOpen(index)} aria-label={t('batch.results.openLabel', { name })}>
                      {t('batch.results.open')}
                    </button>
                  </div>
                </td>
              </tr>
            )
          })}
          {paddingBottom > 0 && (
            <tr aria-hidden="true">
              <td colSpan={columns} style={{ height: paddingBottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  )
}
