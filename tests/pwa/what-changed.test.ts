// "What changed for you": the record kept with the saved draft, and the per-item comparison that
// explains a new score with the engine's own findings.
import { describe, expect, it } from 'vitest'
import { assess } from '../../src/engine/assess'
import { parseProfile } from '../../src/engine/schema'
import { createSafeStorage } from '../../src/lib/storage'
import { compareScores } from '../../src/pwa/changes'
import { DATA_VERSION, type DataVersion } from '../../src/pwa/data-version'
import { draftFingerprint, readRecord, SCORED_KEY, toRecord, writeRecord } from '../../src/pwa/scored'

const OLD: DataVersion = { rules: 'sh-2023', wagesFrom: '2025-07', wagesThrough: '2026-06', wage: 12434, wageYear: 2024 }

function memory() {
  const map = new Map<string, string>()
  return createSafeStorage(() => ({
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  }) as unknown as Storage)
}

// Skill level 2 needs a base of at least 1× the reference wage in 6 of the last 12 months: 11,000 a
// month is below both the 2025 and the 2026 figure, so under today's data the item scores 0.
const draft = {
  version: 1 as const,
  birthDate: '1990-05-01',
  education: 'bachelor',
  qualification: 'skill2',
  socialInsurance: [{ from: '2020-01', to: '2026-10', base: 11000 }],
}
const asOf = '2026-11-15'
const parsed = parseProfile(draft, asOf)
if (!parsed.success) throw new Error(JSON.stringify(parsed.errors))
const now = assess(parsed.profile, asOf)

describe('what changed for you', () => {
  it('the build knows its rules and newest wage row', () => {
    expect(DATA_VERSION.rules).toMatch(/^sh-\d{4}$/)
    expect(DATA_VERSION.wagesThrough).toMatch(/^\d{4}-\d{2}$/)
    expect(DATA_VERSION.wage).toBeGreaterThan(10000)
  })

  it('lists every item whose points moved, with the engine finding that says why', () => {
    const qualification = now.items.find((i) => i.id === 'qualification')!
    expect(qualification.points).toBe(0)
    const before = { ...toRecord(OLD, draftFingerprint(draft, undefined), now), total: now.total + 100, items: { ...toRecord(OLD, '', now).items, qualification: 100 } }
    const change = compareScores(before, DATA_VERSION, now)
    expect(change.totalBefore).toBe(now.total + 100)
    expect(change.totalAfter).toBe(now.total)
    expect(change.newWages).toBe(true)
    expect(change.asOf).toBe(asOf)
    expect(change.items.map((c) => [c.id, c.before, c.after])).toEqual([['qualification', 100, 0]])
    expect(change.items[0]!.findings.map((f) => f.code)).toContain('qualificationBaseCondition')
  })

  it('reports no item when the new data leaves every item as it was', () => {
    const change = compareScores(toRecord(OLD, '', now), DATA_VERSION, now)
    expect(change.items).toEqual([])
    expect(change.totalBefore).toBe(change.totalAfter)
  })

  it('keeps the record with its data version and reads back only a well-formed one', () => {
    const storage = memory()
    const record = toRecord(DATA_VERSION, draftFingerprint(draft, asOf), now)
    writeRecord(record, storage)
    expect(readRecord(storage)).toEqual(record)
    storage.setItem(SCORED_KEY, '{"data":{"rules":1},"total":"x"}')
    expect(readRecord(storage)).toBeNull()
    storage.setItem(SCORED_KEY, 'not json')
    expect(readRecord(storage)).toBeNull()
    writeRecord(null, storage)
    expect(storage.getItem(SCORED_KEY)).toBeNull()
  })

  it('tells a draft from the same draft with another assessment date', () => {
    expect(draftFingerprint(draft, undefined)).not.toBe(draftFingerprint(draft, asOf))
    expect(draftFingerprint({ ...draft }, asOf)).toBe(draftFingerprint(draft, asOf))
  })
})
