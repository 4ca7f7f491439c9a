// HR batch mode, the pure part: a file's text (or a workbook's cells) → candidate rows →
// validated and scored rows. Runs in the batch Web Worker, in the benchmark and in node tests;
// no DOM, no clock.
import { assess } from '../../engine/assess'
import { parseProfile, type Profile, type ProfileErrorCode } from '../../engine/schema'
import type { Finding, RulesetId, Status } from '../../engine/types'
import { mapHeaders, mapsAProfile, headerSignature, parsePeriodColumn, type Target } from '../../lib/csv-headers'
import { CANDIDATE_COLUMN, columnOfPath, unneutraliseCell, type RowCells } from '../../lib/csv-profile'
import { rowToRawProfile } from '../../lib/csv-row'
import { delimiterOf, readCsv, type CsvSyntaxError } from '../../lib/csv-read'
import { decodeTextBytes, type TextEncodingName } from '../../lib/text-decode'

import { isResultColumn, MAX_BATCH_ROWS } from './batch-constants'
import { summarise, type BatchSummary } from './batch-summary'

export { isResultColumn, MAX_BATCH_FILE_BYTES, MAX_BATCH_ROWS, RESULT_PREFIX } from './batch-constants'
export { mergeParts, summarise, type BatchSummary } from './batch-summary'
/** A JSON row nested deeper than this is refused (a profile is 3 levels deep). */
export const MAX_JSON_DEPTH = 32

export type RowErrorCode = ProfileErrorCode | 'invalidHistory' | 'extraCells' | 'csvSyntax' | 'tooDeep'

export interface RowError {
  /** CSV: the column key ("keyArea.since"); JSON: the field path; "" for the whole row. */
  column: string
  code: RowErrorCode
  /** What the cell held (CSV) or the value at the path (JSON), shortened. */
  value?: string
  /** 1-based contribution period (socialInsurance) or history segment the error is in. */
  period?: number
  allowed?: readonly (string | number)[]
  /** csvSyntax: what is wrong with the quoting. */
  syntax?: CsvSyntaxError
}

export interface RowInput {
  /** CSV: the spreadsheet row number (header = 1); JSON: the 1-based position in the array. */
  line: number
  candidate: string
  raw: unknown
  errors: RowError[]
  /** CSV cells by column, to show what a bad cell held. */
  cells?: RowCells
}

export type FileIssue = 'empty' | 'noHeader' | 'tooManyRows' | 'notJson' | 'notArray'

/** A header row the automatic mapping could not settle: unknown or repeated names. */
export interface MappingRequest {
  signature: string
  header: string[]
  /** The automatic mapping (null: not read). */
  suggested: (Target | null)[]
  unknown: number[]
  duplicate: number[]
  /** The first few rows' cells, as samples for each column. */
  samples: string[][]
}

/** Mappings chosen by the user, by header signature (remembered in the browser). */
export type Mappings = Readonly<Record<string, readonly (Target | null)[]>>

export interface ParsedBatch {
  format: 'csv' | 'json' | 'xlsx'
  rows: RowInput[]
  /** Header cells that name no column (shown to the user; their data is not read). */
  ignoredColumns: string[]
  /** Rows with every cell empty, skipped (and counted). */
  emptyRows: number
  /** A problem with the whole file; rows is empty then. */
  issue?: FileIssue
  needsMapping?: MappingRequest
}

/** A table's rows as read from CSV or a workbook, before the header is interpreted. */
export interface SheetRecord {
  cells: string[]
  /** The spreadsheet row number (1-based). */
  line: number
  /** Physical lines the record spans in a text file (for the encoding report). */
  lines?: number
  syntax?: CsvSyntaxError
}

const clip = (s: string) => (s.length > 80 ? `${s.slice(0, 79)}…` : s)

/** Read a batch file's text: a JSON array of profiles, or CSV with a header row. */
export function parseBatchText(text: string, fileName = '', defaultAsOf = '', mappings: Mappings = {}): ParsedBatch {
  const body = text.replace(/^\uFEFF/, '')
  const trimmed = body.trimStart()
  if (/\.json$/i.test(fileName) || trimmed.startsWith('[') || trimmed.startsWith('{')) return parseJson(body)
  if (!body.trim()) return { format: 'csv', rows: [], ignoredColumns: [], emptyRows: 0, issue: 'empty' }
  const records = readCsv(body, delimiterOf(body)).map((r, i) => ({ cells: r.cells, line: i + 1, lines: r.lines, syntax: r.error }))
  return parseRecords(records, 'csv', defaultAsOf, mappings)
}

/** How deep a JSON value nests, counted without recursion, stopping once past `limit`. */
function depthOver(value: unknown, limit: number): boolean {
  let level: unknown[] = [value]
  for (let depth = 0; level.length; depth++) {
    if (depth > limit) return true
    const next: unknown[] = []
    for (const v of level) if (typeof v === 'object' && v !== null) for (const child of Object.values(v)) if (typeof child === 'object' && child !== null) next.push(child)
    level = next
  }
  return false
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
    // A row nested absurdly deep would overflow the stack of every later step: refused alone.
    if (depthOver(item, MAX_JSON_DEPTH)) return { line: i + 1, candidate: '', raw: null, errors: [{ column: '', code: 'tooDeep', value: String(MAX_JSON_DEPTH) }] }
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
 * A table (CSV or a workbook's first sheet): the first non-empty record is the header; its
 * cells are mapped to fields (a remembered mapping for the same header wins); each further
 * record is one candidate.
 */
export function parseRecords(records: readonly SheetRecord[], format: 'csv' | 'xlsx', defaultAsOf = '', mappings: Mappings = {}): ParsedBatch {
  const out: ParsedBatch = { format, rows: [], ignoredColumns: [], emptyRows: 0 }
  const start = records.findIndex((r) => r.cells.some((c) => c.trim()))
  if (start < 0) return { ...out, issue: 'empty' }
  const header = records[start]!.cells
  const auto = mapHeaders(header, isResultColumn)
  const signature = headerSignature(header)
  const chosen = mappings[signature]
  const targets = chosen && chosen.length === header.length ? [...chosen] : auto.targets
  const body = records.slice(start + 1)
  if (!chosen && (auto.unknown.length || auto.duplicate.length)) {
    // A column that names nothing but holds nothing either loses nothing: no question asked.
    const filled = (i: number) => body.some((r) => r.cells[i]?.trim())
    const unknown = auto.unknown.filter(filled)
    const duplicate = auto.duplicate.filter(filled)
    if (unknown.length || duplicate.length) {
      const samples = body.filter((r) => r.cells.some((c) => c.trim())).slice(0, 3).map((r) => r.cells.map((c) => clip(c)))
      return { ...out, needsMapping: { signature, header: [...header], suggested: auto.targets, unknown, duplicate, samples } }
    }
  }
  if (!mapsAProfile(targets)) return { ...out, issue: 'noHeader' }
  targets.forEach((target, i) => {
    const cell = header[i]!.trim()
    if (!target && cell) out.ignoredColumns.push(cell)
  })

  // A trailing line break makes no record; trailing empty records are not rows either.
  let end = body.length
  while (end > 0 && body[end - 1]!.cells.every((c) => !c.trim()) && !body[end - 1]!.syntax) end--
  if (end > MAX_BATCH_ROWS) return { ...out, issue: 'tooManyRows' }
  for (let r = 0; r < end; r++) {
    const record = body[r]!
    if (!record.syntax && record.cells.every((c) => !c.trim())) {
      out.emptyRows++
      continue
    }
    const cells: RowCells = {}
    let candidate = ''
    const errors: RowError[] = []
    record.cells.forEach((value, i) => {
      const target = targets[i]
      const cell = unneutraliseCell(value)
      if (target === CANDIDATE_COLUMN) candidate = cell
      else if (target) cells[target] = cell
      else if (i >= header.length && value.trim()) errors.push({ column: '', code: 'extraCells', value: clip(value) })
    })
    if (record.syntax) {
      // Its cells cannot be trusted: one error for the row, with the line as it stands.
      out.rows.push({ line: record.line, candidate, raw: null, errors: [{ column: '', code: 'csvSyntax', syntax: record.syntax, value: clip(record.cells.join(',')) }], cells })
      continue
    }
    const converted = rowToRawProfile(cells, defaultAsOf)
    for (const e of converted.errors) errors.push({ column: e.column, code: e.code, period: e.segment, value: clip(e.value) })
    out.rows.push({ line: record.line, candidate, raw: converted.raw, errors, cells })
  }
  if (!out.rows.length && !out.emptyRows) return { ...out, issue: 'empty' }
  return out
}

// ── validation and scoring ─────────────────────────────────────────────────────────────────

/** A finding as the batch keeps it (no evidence reference: the page and exports put it in words). */
export type RowFinding = Omit<Finding, 'evidence'>

export interface RowScore {
  asOf: string
  ruleset: RulesetId | null
  total: number
  threshold: number
  /** Points still needed to reach the threshold (0 once reached). */
  gap: number
  /** The verdict (contract §3a); meets is the points-only test. */
  status: Status
  meets: boolean
  vetoed: boolean
  /** Points per item, in ITEM_IDS order. */
  points: number[]
  /** Findings of severity warning or error (doubts the HR officer should read). */
  warnings: number
  /** Those findings, most severe first. */
  findings: RowFinding[]
  /** Points at risk from a thin margin (thinMargin finding), 0 when none. */
  atRisk: number
}

export type BatchRow =
  | { line: number; candidate: string; status: 'valid'; profile: Profile; score: RowScore }
  /** raw and cells: the input as read, so that an export gives it back to be fixed. */
  | { line: number; candidate: string; status: 'invalid'; errors: RowError[]; raw: unknown; cells?: RowCells }

function valueAtPath(raw: unknown, path: string): string | undefined {
  let v: unknown = raw
  for (const key of path.split('.')) {
    if (typeof v !== 'object' || v === null) return undefined
    v = (v as Record<string, unknown>)[key]
  }
  return v === undefined ? undefined : clip(typeof v === 'string' ? v : JSON.stringify(v))
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const

export function scoreProfile(profile: Profile, defaultAsOf: string): RowScore {
  const a = assess(profile, profile.asOf ?? defaultAsOf)
  const findings = a.findings
    .filter((f) => f.severity !== 'info')
    .sort((x, y) => SEVERITY_RANK[x.severity] - SEVERITY_RANK[y.severity])
    .map(({ evidence: _, ...f }) => f)
  const thin = findings.find((f) => f.code === 'thinMargin')
  return {
    asOf: a.asOf,
    ruleset: a.ruleset,
    total: a.total,
    threshold: a.threshold,
    gap: Math.max(0, a.threshold - a.total),
    status: a.status,
    meets: a.meetsThreshold,
    vetoed: a.vetoed,
    points: a.items.map((i) => i.points),
    warnings: findings.length,
    findings,
    atRisk: Number(thin?.params?.atRisk ?? 0),
  }
}

/**
 * The column holding the cell an error path is about: a from/to/base column when the history
 * came in those (the n-th period is the n-th numbered group after any history cell's periods).
 */
function cellColumnOfPath(path: string, cells: RowCells): string | null {
  const m = /^socialInsurance\.(\d+)\.(from|to|base)$/.exec(path)
  if (m) {
    const inCell = cells.socialInsurance?.trim() ? (cells.socialInsurance.match(/@/g)?.length ?? 0) : 0
    const groups = [...new Set(Object.keys(cells).flatMap((k) => (parsePeriodColumn(k) && cells[k]?.trim() ? [parsePeriodColumn(k)!.n] : [])))].sort((a, b) => a - b)
    const n = groups[Number(m[1]) - inCell]
    if (n !== undefined) {
      const column = `socialInsurance.${n}.${m[2]}`
      return cells[column] !== undefined || m[2] !== 'to' ? column : `socialInsurance.${n}.from`
    }
  }
  return columnOfPath(path)
}

/** Validate every row (all of its errors at once) and score the valid ones. Order is kept. */
export function scoreRows(parsed: ParsedBatch, defaultAsOf: string): BatchRow[] {
  return parsed.rows.map((row) => {
    const errors = [...row.errors]
    // A row that could not be read at all (broken quoting, absurd nesting) has nothing to validate.
    if (errors.some((e) => e.code === 'csvSyntax' || e.code === 'tooDeep')) {
      const unread: BatchRow = { line: row.line, candidate: row.candidate, status: 'invalid', errors, raw: row.raw }
      if (row.cells) unread.cells = row.cells
      return unread
    }
    const result = parseProfile(row.raw, defaultAsOf)
    if (!result.success)
      for (const e of result.errors) {
        const error: RowError = { column: e.path, code: e.code }
        if (parsed.format !== 'json') {
          const column = cellColumnOfPath(e.path, row.cells ?? {})
          error.column = column ?? e.path
          const cell = column ? row.cells?.[column] : undefined
          if (cell) error.value = clip(cell)
          const period = /^socialInsurance\.(\d+)/.exec(e.path)?.[1]
          if (period !== undefined && !parsePeriodColumn(error.column)) error.period = Number(period) + 1
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

export type BatchOutcome =
  | { ok: false; issue: FileIssue | 'spreadsheet' | 'binary' | 'workbookUnreadable' }
  /** The header needs the user's mapping before the rows can be read. */
  | { ok: false; issue: 'needsMapping'; mapping: MappingRequest }
  | {
      ok: true
      format: 'csv' | 'json' | 'xlsx'
      encoding: TextEncodingName | 'workbook'
      /** With encoding mixed: the rows (spreadsheet row numbers) read as GB18030. */
      gbRows?: number[]
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

export interface BatchOptions {
  part?: Part
  mappings?: Mappings
}

/**
 * A whole text file: bytes → decoded text → rows → validated and scored rows, with the counts.
 * With a part, every worker reads the whole file but validates and scores only its share of the
 * rows. Workbooks are refused here (issue spreadsheet): they go through processWorkbook.
 */
export function processFile(bytes: Uint8Array, fileName: string, defaultAsOf: string, options: BatchOptions = {}): BatchOutcome {
  const decoded = decodeTextBytes(bytes)
  if (!decoded.ok) return { ok: false, issue: decoded.reason }
  const parsed = parseBatchText(decoded.text, fileName, defaultAsOf, options.mappings)
  const outcome = finish(parsed, defaultAsOf, decoded.encoding, options.part)
  if (outcome.ok && decoded.gbLines) {
    // Physical lines → the rows that hold them.
    const gb = new Set(decoded.gbLines)
    let physical = 1
    const gbRows: number[] = []
    for (const row of readCsvLines(decoded.text)) {
      for (let k = 0; k < row.lines; k++) if (gb.has(physical + k)) gbRows.push(row.line)
      physical += row.lines
    }
    outcome.gbRows = [...new Set(gbRows)]
  }
  return outcome
}

function readCsvLines(text: string) {
  const body = text.replace(/^\uFEFF/, '')
  return readCsv(body, delimiterOf(body)).map((r, i) => ({ line: i + 1, lines: r.lines }))
}

/** A workbook's first sheet, as records (see workbook.ts), validated and scored like CSV. */
export function processSheet(records: readonly SheetRecord[], defaultAsOf: string, options: BatchOptions = {}): BatchOutcome {
  return finish(parseRecords(records, 'xlsx', defaultAsOf, options.mappings), defaultAsOf, 'workbook', options.part)
}

function finish(parsed: ParsedBatch, defaultAsOf: string, encoding: TextEncodingName | 'workbook', part: Part = { index: 0, count: 1 }): BatchOutcome {
  if (parsed.needsMapping) return { ok: false, issue: 'needsMapping', mapping: parsed.needsMapping }
  if (parsed.issue) return { ok: false, issue: parsed.issue }
  const n = parsed.rows.length
  const offset = Math.floor((n * part.index) / part.count)
  const rows = scoreRows({ ...parsed, rows: parsed.rows.slice(offset, Math.floor((n * (part.index + 1)) / part.count)) }, defaultAsOf)
  const ignored = parsed.ignoredColumns.filter((c) => !isResultColumn(c))
  return {
    ok: true,
    format: parsed.format,
    encoding,
    rows,
    offset,
    ignoredColumns: ignored,
    resultColumns: parsed.ignoredColumns.length - ignored.length,
    emptyRows: parsed.emptyRows,
    summary: summarise(rows),
  }
}
