// The recipe "how to add a ruleset" (docs/architecture.md), done on a copy of the rule data: a
// ruleset appended to RULESETS is picked by date, its values are the ones scored, and the one
// before it still applies up to the day before. (The copy stands in for an edit of
// src/engine/data/rulesets.ts; the real data is not touched.)
import { describe, expect, it, vi } from 'vitest'
import type { Ruleset } from '../../src/engine/data/rulesets'
import type { RulesetId } from '../../src/engine/types'

const NEW_ID = 'sh-2028' as RulesetId

vi.mock('../../src/engine/data/rulesets', async (importOriginal) => {
  const data = await importOriginal<typeof import('../../src/engine/data/rulesets')>()
  const last = data.RULESETS[data.RULESETS.length - 1]!
  const next: Ruleset = {
    ...last,
    id: NEW_ID,
    effectiveFrom: '2028-01-01',
    validTo: null,
    threshold: { ...last.threshold, value: 130 },
    rules: { ...last.rules, freshGraduate: { ...last.rules.freshGraduate, max: 20, params: { points: 20 } } },
  }
  return { ...data, RULESETS: [...data.RULESETS, next] }
})

const { assess, rulesetById } = await import('../../src/engine/assess')

// Age 30 on both dates (born 1995-01-01), bachelor with degree 90, a fresh graduate.
const PROFILE = { version: 1, birthDate: '1995-01-01', education: 'bachelorDegree', freshGraduate: true } as const
const points = (a: ReturnType<typeof assess>, id: string) => a.items.find((i) => i.id === id)!.points

describe('adding a ruleset (on a copy of the data)', () => {
  it('assess picks the new ruleset from its first day, with its threshold and its values', () => {
    const a = assess(PROFILE, '2028-01-01')
    expect(a.ruleset).toBe(NEW_ID)
    expect(a.threshold).toBe(130)
    expect(points(a, 'freshGraduate')).toBe(20)
    expect(a.findings.map((f) => f.code)).not.toContain('rulesetLapsed')
    expect(rulesetById(NEW_ID).effectiveFrom).toBe('2028-01-01')
  })

  it('the ruleset before it still applies the day before, with its own values', () => {
    const a = assess(PROFILE, '2027-12-31')
    expect(a.ruleset).toBe('sh-2023')
    expect(a.threshold).toBe(120)
    expect(points(a, 'freshGraduate')).toBe(10)
  })

  it('a caller can still force the older ruleset after the new one starts', () => {
    const a = assess(PROFILE, '2028-06-01', { ruleset: 'sh-2023' })
    expect(a.ruleset).toBe('sh-2023')
    expect(points(a, 'freshGraduate')).toBe(10)
    expect(a.findings.map((f) => f.code)).toContain('rulesetNotInForce')
  })
})
