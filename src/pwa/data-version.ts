// Which rules and wage data this build holds: shown in the footer, written to version.json for the
// "new version" notice, and kept with the saved draft for "what changed for you".
import { RULESETS } from '../engine/data/rulesets'
import { REFERENCE_WAGES } from '../engine/data/reference-wages'

export interface DataVersion {
  /** The newest ruleset ("sh-2023"). */
  rules: string
  /** The newest reference-wage row: its first and last social-insurance month and CNY per month. */
  wagesFrom: string
  wagesThrough: string
  wage: number
  /** The statistical year that figure describes (the "上年度"): 2025 for the row from 2026-07. */
  wageYear: number
}

const lastRow = REFERENCE_WAGES[REFERENCE_WAGES.length - 1]!

export const DATA_VERSION: DataVersion = {
  rules: RULESETS[RULESETS.length - 1]!.id,
  wagesFrom: lastRow.from,
  wagesThrough: lastRow.to,
  wage: lastRow.monthly,
  wageYear: lastRow.wageYear,
}

export const sameData = (a: DataVersion, b: DataVersion): boolean => a.rules === b.rules && a.wagesThrough === b.wagesThrough

export function isDataVersion(v: unknown): v is DataVersion {
  if (typeof v !== 'object' || v === null) return false
  const r = v as Record<string, unknown>
  return typeof r.rules === 'string' && typeof r.wagesFrom === 'string' && typeof r.wagesThrough === 'string' && typeof r.wage === 'number' && typeof r.wageYear === 'number'
}
