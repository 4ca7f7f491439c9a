// What new rules or wage data do to a saved draft's score, item by item (pure; tested in
// tests/pwa/what-changed.test.ts). The new score is computed on the date of the old one, so that
// the difference is the data's, not the calendar's.
import type { Assessment, Finding, ItemId, ItemResult } from '../engine/types'
import type { DataVersion } from './data-version'
import type { ScoredRecord } from './scored'

export interface ItemChange {
  id: ItemId
  before: number
  after: number
  item: ItemResult
  /** The engine's findings about this item under the new data (why it changed). */
  findings: Finding[]
}

export interface ScoreChange {
  before: DataVersion
  after: DataVersion
  /** The new data's wage row is newer than the old one's. */
  newWages: boolean
  newRules: boolean
  /** The date both scores are for: the old score's. */
  asOf: string
  totalBefore: number
  totalAfter: number
  items: ItemChange[]
}

export function compareScores(previous: ScoredRecord, data: DataVersion, now: Assessment): ScoreChange {
  const items: ItemChange[] = []
  for (const item of now.items) {
    const before = previous.items[item.id] ?? 0
    if (before !== item.points)
      items.push({ id: item.id, before, after: item.points, item, findings: now.findings.filter((f) => f.item === item.id || f.items?.includes(item.id)) })
  }
  return {
    before: previous.data,
    after: data,
    newWages: previous.data.wagesThrough !== data.wagesThrough,
    newRules: previous.data.rules !== data.rules,
    asOf: previous.asOf,
    totalBefore: previous.total,
    totalAfter: now.total,
    items,
  }
}
