// Engine output in the user's language, as far as the first screen says it: item names, reasons,
// the facts used, field errors, points. Findings, field names and citations are explain-detail.ts
// (lazy screens only). Other features (road to 120, print, batch) reuse these so that every screen
// says the same thing.
import type { MessageKey } from '../../i18n/catalog'
import type { Params } from '../../i18n/i18n'
import type { ProfileError } from '../../engine/schema'
import { ITEMS } from '../../engine/data/items'
import type { ItemId, ItemResult } from '../../engine/types'

export type Translate = (key: MessageKey, params?: Params) => string

export const itemName = (t: Translate, id: ItemId): string => t(`engine.item.${id}`)

export const errorText = (t: Translate, error: ProfileError): string => t(`engine.error.${error.code}`)

/** Why an item scored 0, or null when it scored. */
export function reasonText(t: Translate, item: ItemResult): string | null {
  if (!item.reason) return null
  return t(`engine.reason.${item.reason}`, { wouldScore: Number(item.inputs.wouldScore ?? 0) })
}

/** The items whose explanation has a "basis" sentence: those with inputs to show (engine/data/items.ts). */
type BasisItem = { [K in ItemId]: (typeof ITEMS)[K]['basis'] extends null ? never : K }[ItemId]
const hasBasis = (id: ItemId): id is BasisItem => ITEMS[id].basis !== null

/** The facts the rule used ("35 years old"), when the item has numeric inputs to show. */
export function basisText(t: Translate, item: ItemResult): string | null {
  if (!hasBasis(item.id)) return null
  const key: MessageKey = `engine.basis.${item.id}`
  const params: Params = {}
  for (const [k, v] of Object.entries(item.inputs)) if (typeof v === 'number') params[k] = v
  const text = t(key, params)
  return /\{\w+\}/.test(text) ? null : text
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
