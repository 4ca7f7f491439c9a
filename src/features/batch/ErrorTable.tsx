// Rows that failed validation: one line per problem, by row and column, with the reason and what
// the cell held. Virtualised, as a broken file can have thousands.
import { useT } from '../../i18n/i18n'
import { useVirtualRows } from './use-virtual-rows'

export interface ErrorLine {
  line: number
  candidate: string
  text: string
}

export function ErrorTable({ lines, format }: { lines: readonly ErrorLine[]; format: 'csv' | 'json' }) {
  const t = useT()
  const { scrollRef, items, paddingTop, paddingBottom, measure } = useVirtualRows(lines.length)
  return (
    <div ref={scrollRef} className="max-h-80 overflow-auto rounded border border-red-200 bg-white" tabIndex={0} role="region" aria-label={t('batch.errors.tableLabel')}>
      <table className="w-full table-fixed border-collapse text-sm" aria-rowcount={lines.length + 1}>
        <colgroup>
          <col className="w-12 sm:w-16" />
          <col className="w-24 sm:w-48" />
          <col />
        </colgroup>
        <thead>
          <tr aria-rowindex={1} className="text-left text-xs text-slate-800">
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
          {paddingTop > 0 && (
            <tr aria-hidden="true">
              <td colSpan={3} style={{ height: paddingTop }} />
            </tr>
          )}
          {items.map((v) => {
            const e = lines[v.index]!
            return (
              <tr key={v.index} ref={measure} data-index={v.index} aria-rowindex={v.index + 2} className="border-b border-slate-200 align-top" data-error-row={e.line}>
                <td className="px-2 py-1 tabular-nums">{e.line}</td>
                <td className="px-2 py-1 break-words">{e.candidate}</td>
                <td className="px-2 py-1 break-words text-red-900">{e.text}</td>
              </tr>
            )
          })}
          {paddingBottom > 0 && (
            <tr aria-hidden="true">
              <td colSpan={3} style={{ height: paddingBottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  )
}
