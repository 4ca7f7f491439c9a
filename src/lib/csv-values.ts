// Cell values as HR spreadsheets write them → the profile's values: choices in Chinese (本科,
// 技师, 副高, 临港, 是/否), dates as Excel and WPS write them (1990/5/1, 1990年5月1日, 1990.05,
// serial numbers such as 32994) and 至今 for a period still running. What cannot be read is
// returned as typed, so that the schema names the problem. Pure: no DOM.
import { fieldAt, FIELDS, type FieldDef, type PathOf } from './fields/registry'
import { WORDS } from './fields/words'

/** The profile's choice fields and their catalogue group (engine.<group>.<value>). */
export const ENUM_GROUPS = Object.fromEntries(
  (FIELDS as readonly FieldDef[]).filter((f) => f.kind === 'choice').map((f) => [f.path, f.optionGroup ?? f.path]),
) as Record<EnumColumn, string>
export type EnumColumn = PathOf<'choice'>

const squash = (s: string) => s.toLowerCase().replace(/[\s()（）[\]【】+＋、,，/·]/g, '')

// A choice's words (fields/words.ts): its code, its catalogue labels and the words HR files use.
const TABLES = Object.fromEntries(
  (Object.keys(ENUM_GROUPS) as EnumColumn[]).map((column) => {
    const table = new Map<string, string>()
    const put = (word: string, value: string) => {
      const k = squash(word)
      if (k && !table.has(k)) table.set(k, value)
    }
    const values: Readonly<Record<string, readonly string[]>> = WORDS[column]?.values ?? {}
    for (const value of fieldAt(column)?.options ?? []) put(value, value)
    for (const [value, words] of Object.entries(values)) for (const w of words) put(w, value)
    return [column, table]
  }),
) as Record<EnumColumn, Map<string, string>>

/** A choice cell → its code, from the code (any case), a catalogue label or a common word. */
export function toEnum(column: EnumColumn, text: string): string {
  const t = text.trim()
  return TABLES[column].get(squash(t)) ?? t
}

const pad2 = (n: number | string) => String(n).padStart(2, '0')

/** Excel's day numbers (1900 system, with its 1900-02-29): 1 = 1900-01-01, 25569 = 1970-01-01. */
export function serialToDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return null
  const d = new Date(Math.round((Math.floor(serial) - 25569) * 86400000))
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`
}

const OPEN_END = /^(至今|今|现在|在职|在缴|now|present|current|ongoing)$/i

/** Whether a to-month cell means "still paying" (至今). */
export const isOpenEnd = (text: string) => OPEN_END.test(text.trim())

/**
 * A date cell → YYYY-MM-DD: 1990-05-01, 1990/5/1, 1990.5.1, 1990年5月1日, 19900501, an Excel
 * serial number; a month alone (1990-05, 1990.05, 1990年5月, 199005) is its first day.
 * Anything else is returned trimmed, for the schema to report.
 */
export function toDate(text: string): string {
  const t = text.trim()
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t)
  if (m) return `${m[1]}-${pad2(m[2]!)}-${pad2(m[3]!)}`
  m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(t) ?? /^(\d{4})(\d{2})$/.exec(t)
  if (m) return `${m[1]}-${pad2(m[2]!)}-01`
  if (/^\d{5}(\.\d+)?$/.test(t)) return serialToDate(Number(t)) ?? t
  return t
}

/** A month cell → YYYY-MM (any date form above, its day dropped); else as typed. */
export function toMonth(text: string): string {
  const d = toDate(text)
  return /^\d{4}-\d{2}-\d{2}$/.test(d) ? d.slice(0, 7) : d
}
