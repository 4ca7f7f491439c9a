// Profiles as CSV rows (docs/csv-format.md): one column per profile field, named by its path in
// the profile format (contract §1), plus an optional `candidate` label. Cells are converted to
// the profile's types here; the values themselves are validated by parseProfile, so the rules
// live in one place. Pure: no DOM.
import { AWARDS, EDUCATIONS, INNOVATIONS, KEY_AREA_KINDS, QUALIFICATIONS } from '../engine/enums'
import type { Period, Profile } from '../engine/schema'

/** Profile fields as CSV columns, in template order. */
export const PROFILE_COLUMNS = [
  'asOf',
  'birthDate',
  'education',
  'fullTimeStudy',
  'qualification',
  'socialInsurance',
  'shortageMajor',
  'freshGraduate',
  'publicServiceSince',
  'keyArea.kind',
  'keyArea.since',
  'spouseHukouSince',
  'award',
  'investment.avgAnnualTax',
  'investment.avgLocalHires',
  'innovation',
  'deductions.falseMaterials',
  'deductions.detentions',
  'deductions.crimes',
  'seriousCrime',
] as const
export type ProfileColumn = (typeof PROFILE_COLUMNS)[number]

/** A free-text label for the candidate (name, staff number); not part of the profile. */
export const CANDIDATE_COLUMN = 'candidate'
export type CsvColumn = ProfileColumn | typeof CANDIDATE_COLUMN
export const CSV_COLUMNS: readonly CsvColumn[] = [CANDIDATE_COLUMN, ...PROFILE_COLUMNS]

export type Kind = 'date' | readonly string[] | 'boolean' | 'number' | 'history'
/** How each column's cells are read; an enum column lists its values. */
const KINDS: Record<ProfileColumn, Kind> = {
  asOf: 'date',
  birthDate: 'date',
  education: EDUCATIONS,
  fullTimeStudy: 'boolean',
  qualification: QUALIFICATIONS,
  socialInsurance: 'history',
  shortageMajor: 'boolean',
  freshGraduate: 'boolean',
  publicServiceSince: 'date',
  'keyArea.kind': KEY_AREA_KINDS,
  'keyArea.since': 'date',
  spouseHukouSince: 'date',
  award: AWARDS,
  'investment.avgAnnualTax': 'number',
  'investment.avgLocalHires': 'number',
  innovation: INNOVATIONS,
  'deductions.falseMaterials': 'number',
  'deductions.detentions': 'number',
  'deductions.crimes': 'number',
  seriousCrime: 'boolean',
}

/** How a column's cells are read, for the format guide. */
export const columnKind = (column: ProfileColumn): Kind => KINDS[column]

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
