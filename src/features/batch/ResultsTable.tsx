// The scored candidates: one row each, sortable by any column, virtualised (10,000 rows stay
// fast), with a selection for printing and a button to open a row in the calculator.
import { ITEM_IDS } from '../../engine/types'
import { useT } from '../../i18n/i18n'
import { signedPoints } from '../wizard/explain'
import type { BatchRow } from './batch-core'
import type { Projected } from './batch-export'
import { itemHeader, statusOf } from './batch-text'
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
  selected: ReadonlySet<number>
  onSelect: (indices: readonly number[], selected: boolean) => void
  onOpen: (index: number) => void
}

const STATUS_CLASS = { meets: 'text-accent-700', below: 'text-slate-800', vetoed: 'text-red-800', invalid: 'text-red-800' } as const

export function ResultsTable({ rows, view, projected, projecting, sort, onSort, selected, onSelect, onOpen }: Props) {
  const t = useT()
  const { scrollRef, items, paddingTop, paddingBottom } = useVirtualRows(view.length)
  const allSelected = view.length > 0 && view.every((i) => selected.has(i))
  const columns = 9 + ITEM_IDS.length

  const header = (key: SortKey, label: string, className = '') => (
    <th key={key} scope="col" className={`sticky top-0 z-10 border-b border-slate-300 bg-slate-100 p-0 align-bottom ${className}`} aria-sort={sort.key === key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
      <button type="button" onClick={() => onSort(key)} className="flex w-full items-end gap-1 px-2 py-1.5 text-left text-xs font-semibold text-slate-800 hover:bg-slate-200">
        <span>{label}</span>
        <span aria-hidden="true">{sort.key === key ? (sort.dir === 'asc' ? '▲' : '▼') : ''}</span>
      </button>
    </th>
  )

  return (
    <div ref={scrollRef} className="max-h-[70vh] overflow-auto rounded border border-slate-300 bg-white" tabIndex={0} role="region" aria-label={t('batch.results.tableLabel')}>
      <table className="w-max table-fixed border-collapse text-sm" aria-rowcount={view.length + 1}>
        <colgroup>
          <col className="w-10" />
          <col className="w-14" />
          <col className="w-28 sm:w-40" />
          <col className="w-20" />
          <col className="w-20" />
          <col className="w-24" />
          <col className="w-28" />
          {ITEM_IDS.map((id) => (
            <col key={id} className="w-24" />
          ))}
          <col className="w-20" />
          <col className="w-28" />
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="sticky top-0 left-0 z-20 border-b border-slate-300 bg-slate-100 px-2">
              <input type="checkbox" checked={allSelected} onChange={(e) => onSelect(view, e.currentTarget.checked)} aria-label={t('batch.results.selectAll', { count: view.length })} />
            </th>
            {header('line', t('batch.col.row'))}
            {header('candidate', t('batch.col.candidate'), 'left-10 z-20')}
            {header('total', t('batch.col.total'))}
            {header('gap', t('batch.col.gap'))}
            {header('status', t('batch.col.status'))}
            {header('projected', projecting ? t('batch.col.projecting') : t('batch.col.projected'))}
            {ITEM_IDS.map((_, i) => header(`item${i}`, itemHeader(t, i)))}
            {header('warnings', t('batch.col.warnings'))}
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
            return (
              <tr key={index} aria-rowindex={v.index + 2} style={{ height: ROW_HEIGHT }} className="border-b border-slate-200 hover:bg-slate-50" data-row={row.line}>
                <td className="sticky left-0 bg-white px-2">
                  <input type="checkbox" checked={selected.has(index)} onChange={(e) => onSelect([index], e.currentTarget.checked)} aria-label={t('batch.results.select', { name })} />
                </td>
                <td className="px-2 tabular-nums text-slate-600">{row.line}</td>
                <th scope="row" className="sticky left-10 truncate bg-white px-2 text-left font-medium text-slate-900" title={row.candidate}>
                  {name}
                </th>
                <td className="px-2 text-right font-semibold tabular-nums" data-testid="row-total">
                  {row.score.total}
                </td>
                <td className="px-2 text-right tabular-nums">{row.score.gap}</td>
                <td className={`px-2 font-medium ${STATUS_CLASS[status]}`}>{t(`batch.status.${status}`)}</td>
                <td className="px-2 tabular-nums text-slate-700">{date === undefined ? '…' : (date ?? '—')}</td>
                {row.score.points.map((p, i) => (
                  <td key={i} className={`px-2 text-right tabular-nums ${p < 0 ? 'text-red-800' : p === 0 ? 'text-slate-500' : ''}`}>
                    {signedPoints(p)}
                  </td>
                ))}
                <td className="px-2 text-right tabular-nums">{row.score.warnings}</td>
                <td className="px-2">
                  <button type="button" className="btn-link text-sm" onClick={() => onOpen(index)} aria-label={t('batch.results.openLabel', { name })}>
                    {t('batch.results.open')}
                  </button>
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
