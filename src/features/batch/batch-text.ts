// Batch rows in words: column labels and row errors, shared by the page and the exports.
import { ITEM_IDS } from '../../engine/types'
import type { ProfileError } from '../../engine/schema'
import { CANDIDATE_COLUMN } from '../../lib/csv-profile'
import { errorText, fieldLabel, itemName, type Translate } from '../wizard/explain'
import type { BatchRow, RowError } from './batch-core'

/** A column as "出生日期 (birthDate)": the label for people, the key for the file. */
export function columnHeader(t: Translate, column: string): string {
  const label = column === CANDIDATE_COLUMN ? t('batch.col.candidate') : fieldLabel(t, column)
  return label === column ? column : `${label} (${column})`
}

export function rowErrorText(t: Translate, e: RowError): string {
  const where = e.column ? columnHeader(t, e.column) : t('batch.error.wholeRow')
  const what =
    e.code === 'invalidHistory' || e.code === 'extraCells' || e.code === 'csvSyntax'
      ? t(`batch.error.${e.code}`)
      : errorText(t, { path: e.column, code: e.code, message: '' } satisfies ProfileError)
  const parts: string[] = []
  if (e.period) parts.push(t('batch.error.period', { period: e.period }))
  parts.push(what)
  if (e.allowed) parts.push(t('batch.error.allowed', { values: e.allowed.join(', ') }))
  if (e.value !== undefined) parts.push(t('batch.error.value', { value: e.value }))
  return t('wizard.result.itemPrefix', { item: where }) + parts.join(' ')
}

export type StatusCode = 'meets' | 'below' | 'vetoed' | 'invalid'

export function statusOf(row: BatchRow): StatusCode {
  if (row.status === 'invalid') return 'invalid'
  return row.score.vetoed ? 'vetoed' : row.score.meets ? 'meets' : 'below'
}

export const itemHeader = (t: Translate, i: number): string => itemName(t, ITEM_IDS[i]!)
