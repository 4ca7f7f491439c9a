// Engine output in the user's language: item names, reasons, findings, field errors, citations.
// Other features (road to 120, print, batch) reuse these so that every screen says the same thing.
import type { MessageKey } from '../../i18n/catalog'
import type { Params } from '../../i18n/i18n'
import { SOURCES } from '../../engine/data/sources'
import type { ProfileError } from '../../engine/schema'
import type { Finding, ItemId, ItemResult, LegalRef, Severity } from '../../engine/types'

export type Translate = (key: MessageKey, params?: Params) => string

export const itemName = (t: Translate, id: ItemId): string => t(`engine.item.${id}`)

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

export const errorText = (t: Translate, error: ProfileError): string => t(`engine.error.${error.code}`)

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

/** Why an item scored 0, or null when it scored. */
export function reasonText(t: Translate, item: ItemResult): string | null {
  if (!item.reason) return null
  return t(`engine.reason.${item.reason}`, { wouldScore: Number(item.inputs.wouldScore ?? 0) })
}

const BASIS = {
  age: 'engine.basis.age',
  qualification: 'engine.basis.qualification',
  socialInsuranceYears: 'engine.basis.socialInsuranceYears',
  contributionBase: 'engine.basis.contributionBase',
  publicService: 'engine.basis.publicService',
  keyArea: 'engine.basis.keyArea',
  spouse: 'engine.basis.spouse',
  falseMaterials: 'engine.basis.falseMaterials',
  detentions: 'engine.basis.detentions',
  crimes: 'engine.basis.crimes',
} as const satisfies Partial<Record<ItemId, MessageKey>>

/** The facts the rule used ("35 years old"), when the item has numeric inputs to show. */
export function basisText(t: Translate, item: ItemResult): string | null {
  const key = (BASIS as Partial<Record<ItemId, MessageKey>>)[item.id]
  if (!key) return null
  const params: Params = {}
  for (const [k, v] of Object.entries(item.inputs)) if (typeof v === 'number') params[k] = v
  const text = t(key, params)
  return /\{\w+\}/.test(text) ? null : text
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

/** Signed points as shown in a breakdown: "+30", "0", "−150". */
export function signedPoints(points: number): string {
  return points > 0 ? `+${points}` : points < 0 ? `−${-points}` : '0'
}

/** "还差 N 分" / "已达标" against the threshold. */
export function gapText(t: Translate, total: number, threshold: number): string {
  if (total < threshold) return t('wizard.score.toGo', { gap: threshold - total })
  return total > threshold ? t('wizard.score.metBy', { over: total - threshold }) : t('wizard.score.met')
}
