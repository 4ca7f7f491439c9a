// A profile's answers as label/value lines for the report, in the contract's field order.
import type { MessageKey } from '../../i18n/catalog'
import type { Profile } from '../../engine/schema'
import { fieldLabel, type Translate } from '../result/explain'
import { PROFILE_COLUMNS, type ProfileColumn } from '../../lib/csv-profile'

// Every single-value field, in the order of the CSV template; the history is listed apart.
const FIELDS = PROFILE_COLUMNS.filter((c): c is Exclude<ProfileColumn, 'asOf' | 'socialInsurance'> => c !== 'asOf' && c !== 'socialInsurance')

/** Option labels live in the engine messages under these prefixes. */
const OPTION_PREFIX: Partial<Record<(typeof FIELDS)[number], string>> = {
  education: 'engine.education',
  qualification: 'engine.qualification',
  award: 'engine.award',
  innovation: 'engine.innovation',
  'keyArea.kind': 'engine.keyAreaKind',
}

/** An option's label ("master" → 硕士研究生), or null for a field without options. */
export function optionLabel(t: Translate, path: string, value: string): string | null {
  const prefix = OPTION_PREFIX[path as (typeof FIELDS)[number]]
  return prefix ? t(`${prefix}.${value}` as MessageKey) : null
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
  for (const path of FIELDS) {
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
