// Batch rows in words: column labels, row errors, statuses and findings, shared by the page and
// the exports.
import type { ProfileError } from '../../engine/schema'
import { ITEM_IDS, type Finding, type Status } from '../../engine/types'
import { parsePeriodColumn } from '../../lib/csv-targets'
import { CANDIDATE_COLUMN } from '../../lib/csv-profile'
import { errorText, fieldLabel, findingText, itemName, type Translate } from '../../components/result/explain'
import { optionLabel } from '../../components/report/profile-entries'
import type { BatchRow, RowError, RowFinding } from './batch-core'

/** A column as "出生日期 (birthDate)": the label for people, the key for the file. */
export function columnHeader(t: Translate, column: string): string {
  const period = parsePeriodColumn(column)
  const label =
    column === CANDIDATE_COLUMN
      ? t('batch.col.candidate')
      : column === 'degree'
        ? t('batch.col.degree')
        : period
          ? fieldLabel(t, `socialInsurance.${period.n - 1}.${period.part}`)
          : fieldLabel(t, column)
  return label === column ? column : `${label} (${column})`
}

const OWN_CODES = new Set(['invalidHistory', 'extraCells', 'csvSyntax', 'tooDeep'])

export function rowErrorText(t: Translate, e: RowError): string {
  const where = e.column ? columnHeader(t, e.column) : t('batch.error.wholeRow')
  const what =
    e.code === 'csvSyntax' && e.syntax
      ? t(`batch.error.csvSyntax.${e.syntax}`)
      : e.code === 'tooDeep'
        ? t('batch.error.tooDeep', { max: e.value ?? '' })
        : OWN_CODES.has(e.code)
          ? t(`batch.error.${e.code as 'invalidHistory' | 'extraCells' | 'csvSyntax'}`)
          : errorText(t, { path: e.column, code: e.code, message: '' } as ProfileError)
  const parts: string[] = []
  if (e.period) parts.push(t('batch.error.period', { period: e.period }))
  parts.push(what)
  // Choices in words ("本科学历（无学士学位）"), not codes.
  // What a spreadsheet may write instead.
  if (e.code === 'invalidDate') parts.push(t('batch.error.dateForms'))
  if (e.code === 'invalidMonth') parts.push(t('batch.error.monthForms'))
  if (e.allowed) parts.push(t('batch.error.allowed', { values: e.allowed.map((v) => optionLabel(t, e.column, String(v)) ?? String(v)).join('、') }))
  if (e.value !== undefined && e.code !== 'tooDeep') parts.push(t('batch.error.value', { value: e.value }))
  return t('wizard.result.itemPrefix', { item: where }) + parts.join(' ')
}

export type StatusCode = Status | 'invalid'

export function statusOf(row: BatchRow): StatusCode {
  return row.status === 'invalid' ? 'invalid' : row.score.status
}

/** The status in words; incomplete says the points so far are provisional. */
export function statusText(t: Translate, row: BatchRow): string {
  const status = statusOf(row)
  return row.status === 'valid' && status === 'incomplete' ? t('batch.status.incompleteTotal', { total: row.score.total }) : t(`batch.status.${status}`)
}

export const rowFindingText = (t: Translate, f: RowFinding): string => findingText(t, { ...f, evidence: '' } as Finding)

/** The findings of a row in words, one per line. */
export const findingsText = (t: Translate, row: BatchRow): string[] => (row.status === 'valid' ? row.score.findings.map((f) => rowFindingText(t, f)) : [])

export const itemHeader = (t: Translate, i: number): string => itemName(t, ITEM_IDS[i]!)
