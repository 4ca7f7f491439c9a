// A profile's answers as label/value lines for the report, in the field registry's order.
import type { MessageKey } from '../../i18n/catalog'
import type { Profile } from '../../engine/schema'
import { fieldLabel, type Translate } from '../result/explain'
import { fieldAt, FIELDS, optionKey, type FieldDef } from '../../lib/fields/registry'

// Every single-value field, in the registry's order; the history is listed apart, the date on top.
const PRINTED = (FIELDS as readonly FieldDef[]).filter((f) => f.kind !== 'asOf' && f.kind !== 'periods')

/** An option's label ("master" → 硕士研究生), or null for a field without options. */
export function optionLabel(t: Translate, path: string, value: string): string | null {
  const field = fieldAt(path)
  return field?.options ? t(optionKey(field, value) as MessageKey) : null
}

export const formatAmount = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 2 })

export interface Entry {
  path: string
  label: string
  value: string
}

export function profileEntries(t: Translate, profile: Profile): Entry[] {
  const entries: Entry[] = []
  const record = profile as unknown as Record<string, unknown>
  for (const { path } of PRINTED) {
    const [field, sub] = path.split('.') as [string, string | undefined]
    const v = sub === undefined ? record[field] : (record[field] as Record<string, unknown> | undefined)?.[sub]
    if (v === undefined) continue
    const value =
      typeof v === 'boolean' ? t(v ? 'print.yes' : 'print.no') : typeof v === 'number' ? formatAmount(v) : (optionLabel(t, path, String(v)) ?? String(v))
    entries.push({ path, label: fieldLabel(t, path), value })
  }
  return entries
}

/** Contribution periods as "2019-01 至 2023-06：¥15,000/月". */
export function periodLines(t: Translate, profile: Profile): string[] {
  return (profile.socialInsurance ?? []).map((p) => t('print.period', { from: p.from, to: p.to, base: formatAmount(p.base) }))
}
