// The assumptions as typed → the projection's assumptions, plus a localisable error per field.
// An invalid field is left out of the projection (its default applies) and keeps its text.
import type { Assumptions } from '../engine/project'
import { LIMITS } from '../engine/profile-format'
import { isIsoMonth, parseNumber } from '../lib/typed-input'
import type { DraftValue } from './draft-store'
import type { AssumptionsDraft } from './road-store'

export type AssumptionErrorCode = 'invalidType' | 'negative' | 'tooLarge' | 'notInteger' | 'invalidMonth' | 'required' | 'gapMonthsRange'

export interface AssumptionError {
  field: Exclude<keyof AssumptionsDraft, 'keepPaying' | 'leadTimes'>
  code: AssumptionErrorCode
}

export const MAX_GAP_MONTHS = 120
export const MAX_LEAD_MONTHS = 240

/** The lead times as typed → months by action id, and an error code by action id for the rest. */
export function parseLeadTimes(d: AssumptionsDraft): { leadTimes: Record<string, number>; errors: Record<string, AssumptionErrorCode> } {
  const leadTimes: Record<string, number> = {}
  const errors: Record<string, AssumptionErrorCode> = {}
  for (const [id, raw] of Object.entries(d.leadTimes ?? {})) {
    const v = typeof raw === 'string' ? parseNumber(raw) : raw
    if (v === undefined) continue
    if (typeof v !== 'number') errors[id] = 'invalidType'
    else if (!Number.isInteger(v)) errors[id] = 'notInteger'
    else if (v < 0) errors[id] = 'negative'
    else if (v > MAX_LEAD_MONTHS) errors[id] = 'tooLarge'
    else leadTimes[id] = v
  }
  return { leadTimes, errors }
}

export function parseAssumptions(d: AssumptionsDraft): { assumptions: Partial<Assumptions>; errors: AssumptionError[] } {
  const errors: AssumptionError[] = []
  const assumptions: Partial<Assumptions> = { keepPaying: d.keepPaying }
  const month = (field: 'baseFrom' | 'gapFrom'): string | null => {
    const v = String(d[field] ?? '').trim()
    if (!v) return null
    if (isIsoMonth(v)) return v
    errors.push({ field, code: 'invalidMonth' })
    return null
  }
  const number = (v: DraftValue | undefined) => (typeof v === 'string' ? parseNumber(v) : v)

  const base = number(d.futureBase)
  if (typeof base === 'string' || typeof base === 'boolean') errors.push({ field: 'futureBase', code: 'invalidType' })
  else if (typeof base === 'number') {
    if (base < 0) errors.push({ field: 'futureBase', code: 'negative' })
    else if (base > LIMITS.base) errors.push({ field: 'futureBase', code: 'tooLarge' })
    else assumptions.futureBase = base
  }
  const baseFrom = month('baseFrom')
  if (baseFrom) assumptions.baseFrom = baseFrom

  const gapFrom = month('gapFrom')
  const gapMonths = number(d.gapMonths)
  let months: number | null = null
  if (typeof gapMonths === 'string' || typeof gapMonths === 'boolean') errors.push({ field: 'gapMonths', code: 'invalidType' })
  else if (typeof gapMonths === 'number') {
    if (!Number.isInteger(gapMonths)) errors.push({ field: 'gapMonths', code: 'notInteger' })
    else if (gapMonths < 1 || gapMonths > MAX_GAP_MONTHS) errors.push({ field: 'gapMonths', code: 'gapMonthsRange' })
    else months = gapMonths
  }
  if (gapFrom && months !== null) assumptions.gap = { from: gapFrom, months }
  else if (gapFrom && gapMonths === undefined) errors.push({ field: 'gapMonths', code: 'required' })
  else if (months !== null && !String(d.gapFrom ?? '').trim()) errors.push({ field: 'gapFrom', code: 'required' })
  return { assumptions, errors }
}
