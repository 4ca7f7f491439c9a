// Lint of the rule data (src/engine/data): every rule cited, rulesets ordered and covering time
// without overlap, the reference-wage table contiguous, with sane year-on-year ratios, and starting with the contract's
// published rows (a row appended each year breaks nothing here).
import { describe, expect, it } from 'vitest'
import { rulesetInForce } from '../../src/engine/assess'
import { compileRuleset } from '../../src/engine/compiled'
import { ITEMS } from '../../src/engine/data/items'
import { RULESETS } from '../../src/engine/data/rulesets'
import { REFERENCE_WAGES } from '../../src/engine/data/reference-wages'
import { SOURCES } from '../../src/engine/data/sources'
import { monthIndexOf, monthLabel } from '../../src/engine/dates'
import { ITEM_IDS, type LegalRef } from '../../src/engine/types'
import { referenceWage, wageOf, wageTable } from '../../src/engine/wages'
import { addDays } from './arbitraries'

const isIsoDate = (s: unknown) =>
  typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s
const isMonth = (s: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(s)

/** Every {source, line, evidence} object anywhere inside a value, with its path. */
function refsIn(value: unknown, path: string, out: [string, LegalRef][] = []): [string, LegalRef][] {
  if (!value || typeof value !== 'object') return out
  if ('source' in value && 'line' in value && 'evidence' in value) out.push([path, value as LegalRef])
  else for (const [k, v] of Object.entries(value)) refsIn(v, `${path}.${k}`, out)
  return out
}

describe('rulesets data', () => {
  const refs = RULESETS.flatMap((r) => refsIn(r, r.id))

  it('every item of every ruleset has a rule with a direct reference', () => {
    for (const r of RULESETS) for (const id of ITEM_IDS) expect(r.rules[id]?.ref, `${r.id}.${id}`).toBeDefined()
  })

  it('every reference (rules, nested conditions, gates, threshold, eligibility, veto) cites a known source with a line and evidence', () => {
    // The walk reaches the nested references too: the 1× condition and every key-area gate.
    for (const r of RULESETS) {
      const paths = refs.map(([p]) => p).filter((p) => p.startsWith(`${r.id}.`))
      expect(paths).toContain(`${r.id}.rules.qualification.params.baseCondition.ref`)
      const gates = Object.values(r.rules.keyArea.params.gates).flat().length
      expect(paths.filter((p) => p.includes('.keyArea.params.gates.')).length).toBe(gates)
      expect(paths).toEqual(expect.arrayContaining([`${r.id}.threshold.ref`, `${r.id}.eligibility.ref`, `${r.id}.veto.ref`]))
    }
    for (const [path, ref] of refs) {
      expect(SOURCES[ref.source], `${path}: source ${ref.source}`).toBeDefined()
      expect(ref.line.trim(), `${path}: line`).not.toBe('')
      expect(ref.evidence, `${path}: evidence`).toMatch(/^(rules|format) §\S/)
    }
  })

  it('a ruleset’s rules cite its own document (regional gates may cite regional ones)', () => {
    for (const r of RULESETS) for (const id of ITEM_IDS) expect(r.rules[id].ref.source, `${r.id}.${id}`).toBe(r.source)
  })

  it('rulesets have strictly increasing effectiveFrom, valid dates, and each ends the day before the next begins', () => {
    RULESETS.forEach((r, i) => {
      expect(isIsoDate(r.effectiveFrom), r.id).toBe(true)
      expect(isIsoDate(r.lastVerified), `${r.id}.lastVerified`).toBe(true)
      expect(SOURCES[r.source]).toBeDefined()
      if (r.validTo !== null) expect(isIsoDate(r.validTo) && r.validTo >= r.effectiveFrom).toBe(true)
      const next = RULESETS[i + 1]
      if (next) {
        expect(next.effectiveFrom > r.effectiveFrom).toBe(true)
        expect(r.validTo).toBe(addDays(next.effectiveFrom, -1))
      }
    })
    expect(new Set(RULESETS.map((r) => r.id)).size).toBe(RULESETS.length)
  })

  it('rules §1: the contract’s dates: sh-2018 from 2018-01-01, sh-2023 from 2023-01-01 valid to 2027-12-31, threshold 120', () => {
    expect(RULESETS.map((r) => [r.id, r.effectiveFrom])).toEqual([
      ['sh-2018', '2018-01-01'],
      ['sh-2023', '2023-01-01'],
    ])
    expect(RULESETS.at(-1)!.validTo).toBe('2027-12-31')
    for (const r of RULESETS) expect(r.threshold.value).toBe(120)
  })

  it('key-area gates are ordered newest first and always end with an open-ended gate', () => {
    for (const r of RULESETS)
      for (const [kind, gates] of Object.entries(r.rules.keyArea.params.gates)) {
        for (let i = 1; i < gates.length; i++) expect(gates[i]!.from < gates[i - 1]!.from, `${r.id}.${kind}`).toBe(true)
        expect(gates.at(-1)!.from).toBe('0000-01-01')
      }
  })

  it('contribution-base bands are ordered highest first; the 3× window lies inside the bands’ window', () => {
    for (const r of RULESETS) {
      const p = r.rules.contributionBase.params
      const ratios = p.bands.map((b) => b.min.num / b.min.den)
      expect(ratios).toEqual([...ratios].sort((a, b) => b - a))
      // assess.ts counts both windows in one pass over the longer one.
      expect(p.top.window).toBeLessThanOrEqual(p.window)
    }
  })

  it('every source is keyed by its own id and has valid dates', () => {
    for (const [key, s] of Object.entries(SOURCES)) {
      expect(s.id).toBe(key)
      expect(s.title.trim()).not.toBe('')
      for (const d of [s.effectiveFrom, s.validTo]) if (d !== null) expect(isIsoDate(d), `${key}: ${d}`).toBe(true)
    }
  })
})

describe('compiled lookup tables (src/engine/compiled.ts)', () => {
  it('are built once per ruleset and say what the data says: items in order with their group and rule, band ratios and names, the longest window', () => {
    for (const r of RULESETS) {
      const c = compileRuleset(r)
      expect(compileRuleset(r)).toBe(c)
      expect(c.items.map((i) => [i.id, i.group, i.rule])).toEqual(ITEM_IDS.map((id) => [id, ITEMS[id].group, r.rules[id]]))
      const cb = r.rules.contributionBase.params
      const title = r.rules.qualification.params.baseCondition.multiple
      expect(c.bandRatios).toEqual({ nums: cb.bands.map((b) => b.min.num), dens: cb.bands.map((b) => b.min.den) })
      expect(c.bandKeys).toEqual(cb.bands.map((b) => `monthsAtLeast${b.points}`))
      expect(c.titleRatios).toEqual({ nums: [title.num], dens: [title.den] })
      expect(c.thinRatios).toEqual({ nums: [...c.bandRatios.nums, title.num], dens: [...c.bandRatios.dens, title.den] })
      expect(c.recentWindow).toBe(Math.max(cb.window, cb.top.window, r.rules.qualification.params.baseCondition.window, r.eligibility.window))
    }
  })
})

describe('reference-wage table', () => {
  it('is contiguous: each row starts the month after the previous row ends; every monthly figure > 0', () => {
    REFERENCE_WAGES.forEach((row, i) => {
      expect(isMonth(row.from) && isMonth(row.to), JSON.stringify(row)).toBe(true)
      expect(row.to >= row.from).toBe(true)
      expect(row.monthly > 0 && Number.isFinite(row.monthly)).toBe(true)
      const prev = REFERENCE_WAGES[i - 1]
      if (prev) expect(row.from, `row ${i}`).toBe(monthLabel(monthIndexOf(prev.to) + 1))
    })
  })

  it('has sane ratios: each year’s figure within −5 % … +20 % of the previous year’s, wage years ascending', () => {
    REFERENCE_WAGES.forEach((row, i) => {
      const prev = REFERENCE_WAGES[i - 1]
      if (!prev) return
      expect(row.wageYear, JSON.stringify(row)).toBeGreaterThanOrEqual(prev.wageYear)
      const ratio = row.monthly / prev.monthly
      expect(ratio > 0.95 && ratio < 1.2, `${row.from}: ${row.monthly} after ${prev.monthly}`).toBe(true)
    })
  })

  it('rules §1: begins with the contract’s published rows (later rows may be appended, none changed)', () => {
    const published = [
      '2016-04…2017-03 5939',
      '2017-04…2018-03 6504',
      '2018-04…2019-03 7132',
      '2019-04…2019-10 7832',
      '2019-11…2020-06 8211',
      '2020-07…2021-06 9339',
      '2021-07…2022-06 10338',
      '2022-07…2023-06 11396',
      '2023-07…2024-06 12183',
      '2024-07…2025-06 12307',
      '2025-07…2026-06 12434',
      '2026-07…2027-06 12577',
    ]
    expect(REFERENCE_WAGES.slice(0, published.length).map((r) => `${r.from}…${r.to} ${r.monthly}`)).toEqual(published)
  })

  it('rules §1: lookups: NaN before the table, each row’s figure inside it, the newest figure after it', () => {
    const first = REFERENCE_WAGES[0]!
    const last = REFERENCE_WAGES[REFERENCE_WAGES.length - 1]!
    expect(referenceWage(monthIndexOf(first.from) - 1)).toBeNaN()
    for (const row of REFERENCE_WAGES) {
      expect(referenceWage(monthIndexOf(row.from))).toBe(row.monthly)
      expect(referenceWage(monthIndexOf(row.to))).toBe(row.monthly)
    }
    expect(referenceWage(monthIndexOf(last.to) + 1)).toBe(last.monthly)
    expect(referenceWage(monthIndexOf(last.to) + 200)).toBe(last.monthly)
  })

  it('a table fixed by a test is looked up the same way (wageTable over other rows)', () => {
    const t = wageTable([
      { from: '2030-01', to: '2030-06', monthly: 100, wageYear: 2029, confidence: 'high' },
      { from: '2030-07', to: '2031-06', monthly: 110, wageYear: 2030, confidence: 'high' },
    ])
    expect(wageOf(t, monthIndexOf('2029-12'))).toBeNaN()
    expect(wageOf(t, monthIndexOf('2030-06'))).toBe(100)
    expect(wageOf(t, monthIndexOf('2030-07'))).toBe(110)
    expect(wageOf(t, monthIndexOf('2040-01'))).toBe(110)
    expect(monthLabel(t.firstEstimated)).toBe('2031-07')
    expect(t.lowest).toBe(100)
  })
})

describe('temporal coverage', () => {
  // Every first and last day of each month from 2017-01 to 2029-12.
  const grid: string[] = []
  for (let m = monthIndexOf('2017-01'); m <= monthIndexOf('2029-12'); m++) {
    const first = `${monthLabel(m)}-01`
    grid.push(first, addDays(`${monthLabel(m + 1)}-01`, -1))
  }

  it('rules §1: exactly one ruleset is in force on each day from 2018-01-01, none before', () => {
    for (const day of grid) {
      const covering = RULESETS.filter((r, i) => r.effectiveFrom <= day && (i === RULESETS.length - 1 || day < RULESETS[i + 1]!.effectiveFrom))
      expect({ day, n: covering.length }).toEqual({ day, n: day < '2018-01-01' ? 0 : 1 })
      expect(rulesetInForce(day)?.id ?? null).toBe(covering[0]?.id ?? null)
    }
  })
})
