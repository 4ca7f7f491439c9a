// The mapping step: when a file's headers are unknown or name a field twice, each column is shown
// with a sample of its cells and a choice of field; the choice is remembered in this browser for
// the next file with the same headers.
import { useId, useState } from 'react'
import { useT } from '../../i18n/i18n'
import { periodColumn, type Target } from '../../lib/csv-targets'
import { CSV_COLUMNS } from '../../lib/csv-profile'
import { createSafeStorage } from '../../lib/storage'
import type { MappingRequest, Mappings } from './batch-core'
import { columnHeader } from './batch-text'
import { STORAGE_KEYS } from '../../lib/storage-keys'

/** Header mappings the user confirmed, by header signature (header names only, no personal data). */
export const MAPPINGS_KEY = STORAGE_KEYS.batchMappings.key
const storage = createSafeStorage(() => (typeof localStorage === 'undefined' ? undefined : localStorage))

export function loadMappings(): Mappings {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(MAPPINGS_KEY) ?? '{}')
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Mappings) : {}
  } catch {
    return {}
  }
}

function saveMapping(signature: string, targets: readonly (Target | null)[]) {
  storage.setItem(MAPPINGS_KEY, JSON.stringify({ ...loadMappings(), [signature]: targets }))
}

const PERIOD_GROUPS = 4

/** Every field a column can be read as. */
function choices(suggested: readonly (Target | null)[]): Target[] {
  const groups = Math.max(PERIOD_GROUPS, ...suggested.map((s) => Number(/^socialInsurance\.(\d+)\./.exec(s ?? '')?.[1] ?? 0)))
  const periods: Target[] = []
  for (let n = 1; n <= groups; n++) periods.push(periodColumn(n, 'from'), periodColumn(n, 'to'), periodColumn(n, 'base'))
  return [...CSV_COLUMNS, 'degree', ...periods]
}

export function MappingStep({ request, onConfirm, onCancel }: { request: MappingRequest; onConfirm: (mappings: Mappings) => void; onCancel: () => void }) {
  const t = useT()
  const id = useId()
  const [targets, setTargets] = useState<(Target | null)[]>(() => request.header.map((_, i) => (request.duplicate.includes(i) ? null : (request.suggested[i] ?? null))))
  const options = choices(request.suggested)
  const used = new Map<Target, number>()
  targets.forEach((target) => target && used.set(target, (used.get(target) ?? 0) + 1))
  const repeated = [...used].filter(([, n]) => n > 1).map(([target]) => target)

  return (
    <section aria-labelledby={`${id}-h`} className="rounded-lg border border-amber-300 bg-amber-50/60 p-4 sm:p-6" data-testid="mapping-step">
      <h2 id={`${id}-h`} className="text-lg font-semibold text-slate-900">
        {t('batch.mapping.heading')}
      </h2>
      <p className="mt-1 text-sm text-slate-800">
        {request.unknown.length > 0 && `${t('batch.mapping.unknown', { count: request.unknown.length })} `}
        {request.duplicate.length > 0 && `${t('batch.mapping.duplicate', { count: request.duplicate.length })} `}
        {t('batch.mapping.intro')}
      </p>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <thead>
            <tr className="border-b border-slate-300 text-xs text-slate-800">
              <th scope="col" className="py-1.5 pr-3">
                {t('batch.mapping.column')}
              </th>
              <th scope="col" className="py-1.5 pr-3">
                {t('batch.mapping.samples')}
              </th>
              <th scope="col" className="py-1.5">
                {t('batch.mapping.field')}
              </th>
            </tr>
          </thead>
          <tbody>
            {request.header.map((cell, i) => {
              const flagged = request.unknown.includes(i) || request.duplicate.includes(i)
              return (
                <tr key={i} className={`border-b border-slate-200 align-top ${flagged ? 'bg-amber-100/60' : ''}`}>
                  <th scope="row" className="py-1.5 pr-3 font-medium text-slate-900">
                    {cell || t('batch.mapping.noName', { n: i + 1 })}
                  </th>
                  <td className="max-w-[16rem] py-1.5 pr-3 break-words text-slate-700">{request.samples.map((r) => r[i] ?? '').filter(Boolean).join(' · ') || '—'}</td>
                  <td className="py-1.5">
                    <select
                      aria-label={t('batch.mapping.selectLabel', { column: cell || String(i + 1) })}
                      className="w-full max-w-xs rounded border border-slate-400 bg-white px-2 py-1"
                      value={targets[i] ?? ''}
                      onChange={(e) => {
                        const value = e.currentTarget.value as Target | ''
                        setTargets((prev) => prev.map((x, k) => (k === i ? value || null : x)))
                      }}
                    >
                      <option value="">{t('batch.mapping.ignore')}</option>
                      {options.map((o) => (
                        <option key={o} value={o}>
                          {columnHeader(t, o)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      {repeated.length > 0 && (
        <p role="alert" className="mt-2 text-sm text-red-900">
          {t('batch.mapping.repeated', { fields: repeated.map((r) => columnHeader(t, r)).join('、') })}
        </p>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        <button
          type="button"
          className="btn-primary"
          disabled={repeated.length > 0}
          onClick={() => {
            saveMapping(request.signature, targets)
            onConfirm({ ...loadMappings(), [request.signature]: targets })
          }}
        >
          {t('batch.mapping.confirm')}
        </button>
        <button type="button" className="btn-secondary" onClick={onCancel}>
          {t('batch.mapping.cancel')}
        </button>
      </div>
    </section>
  )
}
