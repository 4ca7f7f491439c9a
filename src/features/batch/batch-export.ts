// Results as files: CSV and .xlsx (one table: formulas neutralised, re-importable: result columns
// are skipped on import) and JSON (re-importable: each entry wraps its profile). Every row carries
// its status (code and words) and its findings in words. Invalid rows are exported with their
// input and errors, so that nothing is lost and they can be fixed and re-imported.
import { ITEM_IDS } from '../../engine/types'
import { CANDIDATE_COLUMN, PROFILE_COLUMNS, profileToCells, toCsv } from '../../lib/csv-profile'
import { WORDS } from '../../lib/fields/words'
import type { Translate } from '../../components/result/explain'
import { RESULT_PREFIX } from './batch-constants'
import type { BatchRow } from './batch-core'
import { columnHeader, findingsText, itemHeader, rowErrorText, rowFindingText, statusOf, statusText } from './batch-text'

const RESULT_COLUMNS = ['row', 'status', 'statusCode', 'total', 'threshold', 'gap', 'projected', 'atRisk', 'warnings', 'findings', 'errors'] as const

/** Projected dates by row index; undefined while not computed yet. */
export type Projected = readonly (string | null | undefined)[]

/** The results as one table (header row first), for CSV and .xlsx. */
export function resultsTable(t: Translate, rows: readonly BatchRow[], projected: Projected): string[][] {
  const header = [
    columnHeader(t, CANDIDATE_COLUMN),
    ...RESULT_COLUMNS.map((c) => `${t(`batch.col.${c}`)} (${RESULT_PREFIX}${c})`),
    ...ITEM_IDS.map((id, i) => `${itemHeader(t, i)} (${RESULT_PREFIX}points.${id})`),
    ...PROFILE_COLUMNS.map((c) => columnHeader(t, c)),
  ]
  const lines = rows.map((row, index) => {
    const status = statusText(t, row)
    if (row.status === 'invalid') {
      const errors = row.errors.map((e) => rowErrorText(t, e)).join('；')
      const cells = PROFILE_COLUMNS.map((c) => row.cells?.[c] ?? '')
      return [row.candidate, String(row.line), status, 'invalid', '', '', '', '', '', '', '', errors, ...ITEM_IDS.map(() => ''), ...cells]
    }
    const s = row.score
    const cells = profileToCells(row.profile)
    return [
      row.candidate,
      String(row.line),
      status,
      s.status,
      String(s.total),
      String(s.threshold),
      String(s.gap),
      projected[index] ?? '',
      String(s.atRisk),
      String(s.warnings),
      findingsText(t, row).join('\n'),
      '',
      ...s.points.map(String),
      ...PROFILE_COLUMNS.map((c) => cells[c]),
    ]
  })
  return [header, ...lines]
}

export const resultsToCsv = (t: Translate, rows: readonly BatchRow[], projected: Projected): string => toCsv(resultsTable(t, rows, projected))

/** The results as an .xlsx workbook; the writer loads on first use. */
export async function resultsToXlsx(t: Translate, rows: readonly BatchRow[], projected: Projected): Promise<Uint8Array> {
  const { writeWorkbook } = await import('../../lib/workbook')
  return writeWorkbook(resultsTable(t, rows, projected), t('batch.export.sheetName'))
}

export function resultsToJson(t: Translate, rows: readonly BatchRow[], projected: Projected): string {
  const entries = rows.map((row, index) => {
    if (row.status === 'invalid')
      return {
        row: row.line,
        candidate: row.candidate,
        status: 'invalid',
        statusText: statusText(t, row),
        total: null,
        findings: [],
        profile: row.raw,
        errors: row.errors.map((e) => ({ ...e, message: rowErrorText(t, e) })),
      }
    const s = row.score
    return {
      row: row.line,
      candidate: row.candidate,
      status: statusOf(row),
      statusText: statusText(t, row),
      total: s.total,
      findings: s.findings.map((f) => ({ code: f.code, severity: f.severity, text: rowFindingText(t, f), ...(f.params ? { params: f.params } : {}) })),
      profile: row.profile,
      result: {
        asOf: s.asOf,
        ruleset: s.ruleset,
        total: s.total,
        threshold: s.threshold,
        gap: s.gap,
        status: s.status,
        meetsThreshold: s.meets,
        vetoed: s.vetoed,
        atRisk: s.atRisk,
        projectedDate: projected[index] ?? null,
        points: Object.fromEntries(ITEM_IDS.map((id, i) => [id, s.points[i]])),
        warnings: s.warnings,
      },
    }
  })
  return `${JSON.stringify(entries, null, 1)}\n`
}

/** The import template: the header row and two example rows (the registry's example cells). */
export function templateCsv(t: Translate): string {
  const header = [CANDIDATE_COLUMN, ...PROFILE_COLUMNS].map((c) => columnHeader(t, c))
  const example = (candidate: string, n: 0 | 1) => [candidate, ...PROFILE_COLUMNS.map((c) => WORDS[c]?.example?.[n] ?? '')]
  return toCsv([header, example(t('batch.template.example1'), 0), example(t('batch.template.example2'), 1)])
}
