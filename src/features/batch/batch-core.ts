// HR batch mode, the pure part: a file's text → candidate rows → validated and scored rows.
// Runs in the batch Web Worker, in the benchmark and in node tests; no DOM, no clock.
import Papa from 'papaparse'
import { assess } from '../../engine/assess'
import { parseProfile, type Profile, type ProfileErrorCode } from '../../engine/schema'
import type { RulesetId } from '../../engine/types'
import {
  CANDIDATE_COLUMN,
  columnOfPath,
  matchHeader,
  rowToRawProfile,
  unneutraliseCell,
  type CsvColumn,
  type ProfileColumn,
} from '../../lib/csv-profile'
import { decodeTextBytes, type TextEncodingName } from '../../lib/text-decode'

/** Refused before reading: far above 20,000 realistic rows (≈ 200 bytes each). */
export const MAX_BATCH_FILE_BYTES = 10 * 1024 * 1024
export const MAX_BATCH_ROWS = 20_000

export type RowErrorCode = ProfileErrorCode | 'invalidHistory' | 'extraCells' | 'csvSyntax'

export interface RowError {
  /** CSV: the column key ("keyArea.since"); JSON: the field path; "" for the whole row. */
  column: string
  code: RowErrorCode
  /** What the cell held (CSV) or the value at the path (JSON), shortened. */
  value?: string
  /** 1-based contribution period (socialInsurance) or history segment the error is in. */
  period?: number
  allowed?: readonly (string | number)[]
}

export interface RowInput {
  /** CSV: the spreadsheet row number (header = 1); JSON: the 1-based position in the array. */
  line: number
  candidate: string
  raw: unknown
  errors: RowError[]
  /** CSV cells by column, to show what a bad cell held. */
  cells?: Partial<Record<ProfileColumn, string>>
}

export type FileIssue = 'empty' | 'noHeader' | 'tooManyRows' | 'notJson' | 'notArray'

export interface ParsedBatch {
  format: 'csv' | 'json'
  rows: RowInput[]
  /** Header cells that name no column (shown to the user; their data is not read). */
  ignoredColumns: string[]
  /** Rows with every cell empty, skipped (and counted). */
  emptyRows: number
  /** A problem with the whole file; rows is empty then. */
  issue?: FileIssue
}

const clip = (s: string) => (s.length > 80 ? `${s.slice(0, 79)}…` : s)

/** Read a batch file's text: a JSON array of profiles, or CSV with a header row. */
export function parseBatchText(text: string, fileName = ''): ParsedBatch {
  const body = text.replace(/^\uFEFF/, '')
  const trimmed = body.trimStart()
  if (/\.json$/i.test(fileName) || trimmed.startsWith('[') || trimmed.startsWith('{')) return parseJson(body)
  return parseCsv(body)
}

function parseJson(text: string): ParsedBatch {
  const out: ParsedBatch = { format: 'json', rows: [], ignoredColumns: [], emptyRows: 0 }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ...out, issue: text.trim() ? 'notJson' : 'empty' }
  }
  if (!Array.isArray(json)) return { ...out, issue: 'notArray' }
  if (!json.length) return { ...out, issue: 'empty' }
  if (json.length > MAX_BATCH_ROWS) return { ...out, issue: 'tooManyRows' }
  out.rows = json.map((item: unknown, i) => {
    // Our own results export wraps each profile: { candidate, profile, … }.
    const wrapped = typeof item === 'object' && item !== null && 'profile' in item && !('version' in item)
    const candidate = wrapped ? (item as { candidate?: unknown }).candidate : undefined
    return {
      line: i + 1,
      candidate: typeof candidate === 'string' || typeof candidate === 'number' ? String(candidate) : '',
      raw: wrapped ? (item as { profile: unknown }).profile : item,
      errors: [],
    }
  })
  return out
}

/**
 * The delimiter, from the header line alone: comma (CSV), semicolon (CSV in locales with a
 * decimal comma) or tab (Excel's "Unicode text"). Data cells may hold any of them.
 */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/))
  const count = (d: string) => header.split(d).length
  return [',', '\t', ';'].reduce((best, d) => (count(d) > count(best) ? d : best))
}

function parseCsv(text: string): ParsedBatch {
  const out: ParsedBatch = { format: 'csv', rows: [], ignoredColumns: [], emptyRows: 0 }
  if (!text.trim()) return { ...out, issue: 'empty' }
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter: delimiterOf(text) })
  const records = parsed.data
  const header = records[0] ?? []
  const columns: (CsvColumn | null)[] = []
  const seen = new Set<CsvColumn>()
  for (const cell of header) {
    const column = matchHeader(cell)
    // A column named twice is read once (the first); the repeat is reported as ignored.
    if (column && !seen.has(column)) {
      seen.add(column)
      columns.push(column)
    } else {
      columns.push(null)
      if (cell.trim()) out.ignoredColumns.push(cell.trim())
    }
  }
  if (![...seen].some((c) => c !== CANDIDATE_COLUMN)) return { ...out, issue: 'noHeader' }

  const syntax = new Map<number, string>()
  for (const e of parsed.errors) if (e.row !== undefined && !syntax.has(e.row)) syntax.set(e.row, e.code)
  // A trailing line break makes one empty record; it is not a row.
  const last = records.length - (records.length > 1 && records[records.length - 1]!.join('') === '' ? 1 : 0)
  if (last - 1 > MAX_BATCH_ROWS) return { ...out, issue: 'tooManyRows' }
  for (let r = 1; r < last; r++) {
    const record = records[r]!
    if (record.every((c) => !c.trim())) {
      out.emptyRows++
      continue
    }
    const cells: Partial<Record<ProfileColumn, string>> = {}
    let candidate = ''
    const errors: RowError[] = []
    record.forEach((value, i) => {
      const column = columns[i]
      const cell = unneutraliseCell(value)
      if (column === CANDIDATE_COLUMN) candidate = cell
      else if (column) cells[column] = cell
      else if (i >= header.length && value.trim()) errors.push({ column: '', code: 'extraCells', value: clip(value) })
    })
    const syntaxError = syntax.get(r)
    if (syntaxError) errors.push({ column: '', code: 'csvSyntax', value: syntaxError })
    const converted = rowToRawProfile(cells)
    for (const e of converted.errors) errors.push({ column: e.column, code: e.code, period: e.segment, value: clip(e.value) })
    out.rows.push({ line: r + 1, candidate, raw: converted.raw, errors, cells })
  }
  if (!out.rows.length && !out.emptyRows) return { ...out, issue: 'empty' }
  return out
}

// ── validation and scoring ─────────────────────────────────────────────────────────────────

export interface RowScore {
  asOf: string
  ruleset: RulesetId | null
  total: number
  threshold: number
  /** Points still needed to reach the threshold (0 once reached). */
  gap: number
  meets: boolean
  vetoed: boolean
  /** Points per item, in ITEM_IDS order. */
  points: number[]
  /** Findings of severity warning or error (doubts the HR officer should read). */
  warnings: number
}

export type BatchRow =
  | { line: number; candidate: string; status: 'valid'; profile: Profile; score: RowScore }
  /** raw and cells: the input as read, so that an export gives it back to be fixed. */
  | { line: number; candidate: string; status: 'invalid'; errors: RowError[]; raw: unknown; cells?: Partial<Record<ProfileColumn, string>> }

function valueAtPath(raw: unknown, path: string): string | undefined {
  let v: unknown = raw
  for (const key of path.split('.')) {
    if (typeof v !== 'object' || v === null) return undefined
    v = (v as Record<string, unknown>)[key]
  }
  return v === undefined ? undefined : clip(typeof v === 'string' ? v : JSON.stringify(v))
}

export function scoreProfile(profile: Profile, defaultAsOf: string): RowScore {
  const a = assess(profile, profile.asOf ?? defaultAsOf)
  return {
    asOf: a.asOf,
    ruleset: a.ruleset,
    total: a.total,
    threshold: a.threshold,
    gap: Math.max(0, a.threshold - a.total),
    meets: a.meetsThreshold,
    vetoed: a.vetoed,
    points: a.items.map((i) => i.points),
    warnings: a.findings.filter((f) => f.severity !== 'info').length,
  }
}

/** Validate every row (all of its errors at once) and score the valid ones. Order is kept. */
export function scoreRows(parsed: ParsedBatch, defaultAsOf: string): BatchRow[] {
  return parsed.rows.map((row) => {
    const result = parseProfile(row.raw, defaultAsOf)
    const errors = [...row.errors]
    if (!result.success)
      for (const e of result.errors) {
        const error: RowError = { column: e.path, code: e.code }
        if (parsed.format === 'csv') {
          const column = columnOfPath(e.path)
          error.column = column ?? e.path
          const cell = column ? row.cells?.[column] : undefined
          if (cell) error.value = clip(cell)
          const period = /^socialInsurance\.(\d+)/.exec(e.path)?.[1]
          if (period !== undefined) error.period = Number(period) + 1
        } else {
          const value = valueAtPath(row.raw, e.path)
          if (value !== undefined) error.value = value
        }
        if (e.allowed) error.allowed = e.allowed
        errors.push(error)
      }
    if (errors.length || !result.success) {
      const invalid: BatchRow = { line: row.line, candidate: row.candidate, status: 'invalid', errors, raw: row.raw }
      if (row.cells) invalid.cells = row.cells
      return invalid
    }
    return { line: row.line, candidate: row.candidate, status: 'valid', profile: result.profile, score: scoreProfile(result.profile, defaultAsOf) }
  })
}

export interface BatchSummary {
  total: number
  valid: number
  invalid: number
  meets: number
  below: number
  vetoed: number
}

export function summarise(rows: readonly BatchRow[]): BatchSummary {
  const s: BatchSummary = { total: rows.length, valid: 0, invalid: 0, meets: 0, below: 0, vetoed: 0 }
  for (const r of rows) {
    if (r.status === 'invalid') s.invalid++
    else {
      s.valid++
      if (r.score.vetoed) s.vetoed++
      else if (r.score.meets) s.meets++
      else s.below++
    }
  }
  return s
}

export type BatchOutcome =
  | { ok: false; issue: FileIssue | 'spreadsheet' | 'binary' }
  | {
      ok: true
      format: 'csv' | 'json'
      encoding: TextEncodingName
      rows: BatchRow[]
      /** Index in the file of rows[0] (a part scored by one of several workers starts later). */
      offset: number
      ignoredColumns: string[]
      /** Result columns of one of our own exports (result.…): recomputed, not read. */
      resultColumns: number
      emptyRows: number
      summary: BatchSummary
    }

/** One of `count` equal shares of a file's rows, for one of several workers. */
export interface Part {
  index: number
  count: number
}

/**
 * A whole file: bytes → decoded text → rows → validated and scored rows, with the counts. With a
 * part, every worker reads the whole file but validates and scores only its share of the rows.
 */
export function processFile(bytes: Uint8Array, fileName: string, defaultAsOf: string, part: Part = { index: 0, count: 1 }): BatchOutcome {
  const decoded = decodeTextBytes(bytes)
  if (!decoded.ok) return { ok: false, issue: decoded.reason }
  const parsed = parseBatchText(decoded.text, fileName)
  if (parsed.issue) return { ok: false, issue: parsed.issue }
  const n = parsed.rows.length
  const offset = Math.floor((n * part.index) / part.count)
  const rows = scoreRows({ ...parsed, rows: parsed.rows.slice(offset, Math.floor((n * (part.index + 1)) / part.count)) }, defaultAsOf)
  const ignored = parsed.ignoredColumns.filter((c) => !isResultColumn(c))
  return {
    ok: true,
    format: parsed.format,
    encoding: decoded.encoding,
    rows,
    offset,
    ignoredColumns: ignored,
    resultColumns: parsed.ignoredColumns.length - ignored.length,
    emptyRows: parsed.emptyRows,
    summary: summarise(rows),
  }
}

/** The outcomes of all the parts of one file, in part order, as the outcome of the whole file. */
export function mergeParts(parts: readonly BatchOutcome[]): BatchOutcome {
  const failed = parts.find((p) => !p.ok)
  if (failed) return failed
  const ok = parts as readonly Extract<BatchOutcome, { ok: true }>[]
  const rows = ok.flatMap((p) => p.rows)
  return { ...ok[0]!, rows, offset: 0, summary: summarise(rows) }
}

/** Header cells of our results export ("总积分 (result.total)"), skipped on re-import. */
export const RESULT_PREFIX = 'result.'
const isResultColumn = (cell: string) => /[(（]\s*result\.[\w.]+\s*[)）]$|^result\./i.test(cell)

