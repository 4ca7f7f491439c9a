// Text as typed in a form or a spreadsheet cell → what it reads as: ISO dates and months, numbers
// written the Chinese way (full-width digits, thousands separators, a currency sign).
import { MONTH_PATTERN } from '../engine/profile-format'

const ISO_DATE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

/** A real calendar date as YYYY-MM-DD (what a native date input can display). */
export function isIsoDate(v: string): boolean {
  const m = ISO_DATE.exec(v)
  if (!m) return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.getUTCDate() === Number(m[3])
}

/** A month as YYYY-MM: the profile format's month. */
export const isIsoMonth = (v: string): boolean => MONTH_PATTERN.test(v)

const FULL_WIDTH = /[０-９．]/g

/**
 * Text as typed → a number when it reads as one (full-width digits, thousands separators and a
 * currency sign allowed), otherwise the text itself, which the schema reports as not a number.
 */
export function parseNumber(text: string): string | number | undefined {
  const s = text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[\s,，¥￥]/g, '')
  if (s === '') return undefined
  return /^-?(\d+\.?\d*|\.\d+)$/.test(s) ? Number(s) : text.trim()
}

