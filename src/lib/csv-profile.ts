// Profiles as CSV rows (docs/csv-format.md): one column per profile field, named by its path in
// the profile format (format §1), plus an optional `candidate` label. Cells are converted to
// the profile's types here; the values themselves are validated by parseProfile, so the rules
// live in one place. Pure: no DOM.
import { fieldAt, FIELDS, type FieldKind, type ProfilePath } from './fields/registry'
import type { Period, Profile } from '../engine/schema'

/** Profile fields as CSV columns, in template order: the registry's (fields/registry.ts). */
export const PROFILE_COLUMNS: readonly ProfilePath[] = FIELDS.map((f) => f.path)
export type ProfileColumn = ProfilePath

/** A free-text label for the candidate (name, staff number); not part of the profile. */
export const CANDIDATE_COLUMN = 'candidate'
export type CsvColumn = ProfileColumn | typeof CANDIDATE_COLUMN
export const CSV_COLUMNS: readonly CsvColumn[] = [CANDIDATE_COLUMN, ...PROFILE_COLUMNS]

export type Kind = 'date' | readonly string[] | 'boolean' | 'number' | 'history'
const KIND_OF: Record<FieldKind, Kind> = {
  asOf: 'date',
  date: 'date',
  choice: [],
  yesNo: 'boolean',
  check: 'boolean',
  number: 'number',
  integer: 'number',
  periods: 'history',
}

/** How a column's cells are read (an enum column lists its values), for the reader and the format guide. */
export function columnKind(column: ProfileColumn): Kind {
  const field = fieldAt(column)!
  return field.options ?? KIND_OF[field.kind]
}

/** Each column with its field and sub-field ("keyArea.since" → keyArea, since). */
export const SPLIT = PROFILE_COLUMNS.map((c) => [c, ...c.split('.')] as [ProfileColumn, string, string | undefined])

// ── contribution history cell: "2019-01..2023-06@15000;2023-07..2026-10@18000" ─────────────

export function formatHistory(periods: readonly Period[]): string {
  return periods.map((p) => `${p.from}..${p.to}@${p.base}`).join(';')
}

/** Cells by column: profile columns, a separate 学位 column, and numbered from/to/base columns. */
export type RowCells = Partial<Record<string, string>>

/** The cells of a valid profile; the inverse of rowToRawProfile for profiles without empty groups. */
export function profileToCells(profile: Profile): Record<ProfileColumn, string> {
  const cells = {} as Record<ProfileColumn, string>
  const record = profile as unknown as Record<string, unknown>
  for (const [column, field, sub] of SPLIT) {
    const value = sub === undefined ? record[field] : (record[field] as Record<string, unknown> | undefined)?.[sub]
    cells[column] = value === undefined ? '' : column === 'socialInsurance' ? formatHistory(value as Period[]) : String(value)
  }
  return cells
}

/** The column a profile error path belongs to ("socialInsurance.2.base" → socialInsurance). */
export function columnOfPath(path: string): ProfileColumn | null {
  let best: ProfileColumn | null = null
  for (const column of PROFILE_COLUMNS)
    if ((path === column || path.startsWith(`${column}.`)) && (!best || column.length > best.length)) best = column
  return best
}

// ── writing ─────────────────────────────────────────────────────────────────────────────────

/**
 * Cells a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) get a leading
 * apostrophe. A plain negative number ("-150", a deduction) is data, not a formula, and stays.
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) && !/^-\d+(\.\d+)?$/.test(value) ? `'${value}` : value
}

/** Undo neutraliseCell on import, so exported files re-import unchanged. */
export function unneutraliseCell(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value
}

/**
 * Quoted when the cell holds a quote, a line break or the delimiter of any locale (`,`, `;`,
 * tab), so that a spreadsheet splitting on `;` still sees one text cell.
 */
function quote(value: string): string {
  return /[",;\t\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

/** CSV text with a UTF-8 BOM (so that Excel reads Chinese correctly) and CRLF line ends. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((r) => r.map((v) => quote(neutraliseCell(v))).join(',')).join('\r\n')}\r\n`
}
