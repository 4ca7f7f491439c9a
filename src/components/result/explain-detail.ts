// Engine output in words beyond the first screen: findings (their parameters in words), field
// names, citations of the legal sources and the order of severities. Used by the result, the report,
// the road, batch and the widget's result (lazy chunks); the first screen's words are explain.ts.
import type { MessageKey } from '../../i18n/catalog'
import type { Params } from '../../i18n/i18n'
import { SOURCES } from '../../engine/data/sources'
import type { Finding, ItemId, LegalRef, Severity } from '../../engine/types'
import { itemName, type Translate } from './explain'

/** A contract path ("socialInsurance.2.base", "keyArea.since") as the user knows the field. */
export function fieldLabel(t: Translate, path: string): string {
  const period = /^socialInsurance\.(\d+)\.(from|to|base)$/.exec(path)
  if (period) return t('engine.field.period', { n: Number(period[1]) + 1, field: t(`engine.field.${period[2] as 'from' | 'to' | 'base'}`) })
  const key = `engine.field.${path}`
  return isKey(t, key) ? t(key) : path
}

/** Whether the catalogue has the key (translate returns the key itself when it does not). */
function isKey(t: Translate, key: string): key is MessageKey {
  return t(key as MessageKey) !== key
}

/** Parameters that are themselves codes (a field, an item, an option) are translated first. */
export function findingText(t: Translate, f: Finding): string {
  const p: Params = { ...f.params }
  if (typeof p.field === 'string') p.field = fieldLabel(t, p.field)
  if (typeof p.fields === 'string') p.fields = p.fields.split(',').map((x) => fieldLabel(t, x)).join(t('engine.listSep'))
  if (typeof p.items === 'string') p.items = p.items.split(',').map((x) => itemName(t, x as ItemId)).join(t('engine.listSep'))
  if (typeof p.kind === 'string') p.kind = t(`engine.keyAreaKind.${p.kind}` as MessageKey)
  if (typeof p.kept === 'string') p.kept = itemName(t, p.kept as ItemId)
  if (typeof p.education === 'string') p.education = t(`engine.education.${p.education}` as MessageKey)
  if (typeof p.ruleset === 'string') p.ruleset = t(`engine.ruleset.${p.ruleset}` as MessageKey)
  if (typeof p.monthly === 'number') p.monthly = p.monthly.toLocaleString('en-US')
  return t(`engine.finding.${f.code}`, p)
}

/**
 * The citation: the indicator line in the document's own words, and the document's title with its
 * number where it is known. Unconfirmed numbers are said once, in the sources list (sourcesNote).
 */
export function referenceText(t: Translate, ref: LegalRef): { line: string; source: string } {
  const number = SOURCES[ref.source].number
  const title = t(`engine.source.${ref.source}`)
  return { line: ref.line, source: number ? t('engine.source.cite', { title, number }) : t('wizard.source.titleOnly', { title }) }
}

/** Once, under a list of citations: which of their documents have no confirmed number; null if none. */
export function sourcesNote(t: Translate, refs: readonly LegalRef[]): string | null {
  const missing = [...new Set(refs.map((r) => r.source))].filter((id) => !SOURCES[id].number)
  if (!missing.length) return null
  return t('wizard.source.unconfirmed', { titles: missing.map((id) => t('wizard.source.titleOnly', { title: t(`engine.source.${id}`) })).join(t('engine.listSep')) })
}

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info']

export function bySeverity(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity))
}
