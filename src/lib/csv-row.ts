// One CSV or workbook row → a raw profile: cells converted to the profile's types (choices in
// Chinese, spreadsheet dates, 至今, the history cell or from/to/base columns); the values
// themselves are validated by parseProfile. Used by the batch worker only (it carries the word
// lists), so the calculator's bundles never load it. Pure: no DOM.
import { columnKind, SPLIT, type RowCells } from './csv-profile'
import { isOpenEnd, toDate, toEnum, toMonth, type EnumColumn } from './csv-values'

const MONTH = String.raw`(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?`
const SEGMENT = new RegExp(String.raw`^${MONTH}(?:\s*(?:\.\.|~|～|至|—|–)\s*(?:${MONTH}|(至今|今|now|present)))?\s*@\s*(.+)$`, 'i')
const pad2 = (s: string) => s.padStart(2, '0')

export type HistoryParse = { ok: true; periods: { from: string; to: string; base: number | string }[] } | { ok: false; segment: number; text: string }

/**
 * Parse a history cell. Segments are separated by `;` (also `；` or line breaks); each is
 * `from..to@base` or `month@base`, months as YYYY-MM (YYYY/MM, YYYY.MM, YYYY年M月 and one-digit
 * months accepted; `~` or `至` for `..`); `至今` as the end is `openEnd` (the assessment month).
 * A base that is not a number is kept as text so that the schema reports it.
 */
export function parseHistory(cell: string, openEnd = ''): HistoryParse {
  const segments = cell.split(/[;；\r\n]+/).map((s) => s.trim())
  const periods: { from: string; to: string; base: number | string }[] = []
  for (let i = 0; i < segments.length; i++) {
    const text = segments[i]!
    if (!text) continue
    const m = SEGMENT.exec(text)
    if (!m) return { ok: false, segment: i + 1, text }
    const from = `${m[1]}-${pad2(m[2]!)}`
    const to = m[3] ? `${m[3]}-${pad2(m[4]!)}` : m[5] ? openEnd : from
    periods.push({ from, to, base: toNumber(m[6]!) })
  }
  return { ok: true, periods }
}

// ── single cells ────────────────────────────────────────────────────────────────────────────

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i
/** "15,000", " 15000 ", "1.5E+04", "15000元" → number; anything else stays text (the schema names the problem). */
function toNumber(text: string): number | string {
  const compact = text.replace(/[\s,，]|元$|次$|人$/g, '')
  return NUMBER.test(compact) ? Number(compact) : text.trim()
}

const TRUE = new Set(['true', 'yes', 'y', '1', '是', '有'])
const FALSE = new Set(['false', 'no', 'n', '0', '否', '无'])
function toBoolean(text: string): boolean | string {
  const t = text.trim().toLowerCase()
  return TRUE.has(t) ? true : FALSE.has(t) ? false : text.trim()
}


// ── rows ────────────────────────────────────────────────────────────────────────────────────

export interface CellError {
  column: string
  /** invalidHistory: a history segment is not `from..to@base`. */
  code: 'invalidHistory'
  /** 1-based segment number within the cell. */
  segment: number
  value: string
}

export interface RowConversion {
  /** The profile as far as the cells could be converted; still to be validated by parseProfile. */
  raw: Record<string, unknown>
  errors: CellError[]
}

const PERIOD_CELL = /^socialInsurance\.(\d+)\.(from|to|base)$/

/**
 * Convert one row (cells by column) into a raw profile object. Empty cells are left out; a
 * group (keyArea, investment, deductions) appears once any of its cells is filled. `defaultAsOf`
 * is the date 至今 stands for when the row names none.
 */
export function rowToRawProfile(cells: RowCells, defaultAsOf = ''): RowConversion {
  const raw: Record<string, unknown> = { version: 1 }
  const errors: CellError[] = []
  // 至今 stands for the assessment month (worked out only when a cell needs it).
  let openEndMonth: string | undefined
  const openEnd = () => {
    const asOf = cells.asOf?.trim() ? toDate(cells.asOf) : defaultAsOf
    return (openEndMonth ??= /^\d{4}-\d{2}/.test(asOf) ? asOf.slice(0, 7) : '至今')
  }
  for (const [column, field, sub] of SPLIT) {
    const text = cells[column]
    if (text === undefined || text.trim() === '') continue
    const kind = columnKind(column)
    let value: unknown
    switch (kind) {
      case 'date':
        value = toDate(text)
        break
      case 'boolean':
        value = toBoolean(text)
        break
      case 'number':
        value = toNumber(text)
        break
      case 'history': {
        const h = parseHistory(text, /至今|今|now|present/i.test(text) ? openEnd() : '')
        if (!h.ok) {
          errors.push({ column, code: 'invalidHistory', segment: h.segment, value: h.text })
          continue
        }
        value = h.periods
        break
      }
      default:
        value = toEnum(column as EnumColumn, text)
    }
    if (sub === undefined) raw[field] = value
    else ((raw[field] ??= {}) as Record<string, unknown>)[sub] = value
  }
  // 学位 beside 学历: 本科 + 学士 is bachelorDegree; a degree alone stands for the education.
  const degree = cells.degree?.trim()
  if (degree && !/^(无|没有|none|no)$/i.test(degree)) {
    const fromDegree = toEnum('education', degree)
    if (raw.education === undefined) raw.education = fromDegree
    else if (raw.education === 'bachelor' && fromDegree === 'bachelorDegree') raw.education = 'bachelorDegree'
  }
  // From/to/base columns, numbered from 1; an empty end month is an open end (至今).
  const periods = new Map<number, Record<string, string>>()
  for (const column in cells) {
    if (column.length < 20 || !column.startsWith('socialInsurance.')) continue
    const m = PERIOD_CELL.exec(column)
    const text = cells[column]
    if (!m || text === undefined || !text.trim()) continue
    const n = Number(m[1])
    const p = periods.get(n) ?? {}
    p[m[2]!] = text
    periods.set(n, p)
  }
  if (periods.size) {
    const list = Array.isArray(raw.socialInsurance) ? (raw.socialInsurance as unknown[]) : []
    for (const n of [...periods.keys()].sort((a, b) => a - b)) {
      const p = periods.get(n)!
      const to = p.to === undefined || isOpenEnd(p.to) ? openEnd() : toMonth(p.to)
      list.push({ from: p.from === undefined ? '' : toMonth(p.from), to, base: p.base === undefined ? '' : toNumber(p.base) })
    }
    raw.socialInsurance = list
  }
  return { raw, errors }
}
