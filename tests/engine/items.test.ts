// The item catalogue (src/engine/data/items.ts) is complete and agrees with what the engine does
// with it: every item has an entry, in output order; its section is the one its rules cite; the
// inputs its explanation names are there; its anniversaries are the dates the road assesses.
import { describe, expect, it } from 'vitest'
import { assess } from '../../src/engine/assess'
import { ITEMS } from '../../src/engine/data/items'
import { RULESETS } from '../../src/engine/data/rulesets'
import { project } from '../../src/engine/project'
import type { Profile } from '../../src/engine/schema'
import { ITEM_IDS } from '../../src/engine/types'

/** 'rules §A5, §3, §Q6' → ['A5', '3', 'Q6']. */
const sections = (evidence: string) => [...evidence.matchAll(/§([^,\s]+)/g)].map((m) => m[1]!)

// Everything claimed, so that every item has its inputs: 3× bases for years, a senior title.
const FULL: Profile = {
  version: 1,
  birthDate: '1990-05-01',
  education: 'bachelorDegree',
  qualification: 'titleSenior',
  fullTimeStudy: true,
  socialInsurance: [{ from: '2018-01', to: '2026-10', base: 40000 }],
  shortageMajor: true,
  investment: { avgAnnualTax: 200_000, avgLocalHires: 5 },
  publicServiceSince: '2018-03-01',
  keyArea: { kind: 'newTown', since: '2019-06-01' },
  freshGraduate: false,
  award: 'municipalSpecial',
  spouseHukouSince: '2020-02-02',
  innovation: 'techTransfer',
  deductions: { falseMaterials: 1, detentions: 1, crimes: 1 },
}

describe('item catalogue', () => {
  it('format §3 (items in a fixed order): one entry per item id, in ITEM_IDS order', () => {
    expect(Object.keys(ITEMS)).toEqual([...ITEM_IDS])
  })

  it('rules §2: each rule of every ruleset cites its item’s own section first', () => {
    for (const r of RULESETS)
      for (const id of ITEM_IDS) expect(sections(r.rules[id].ref.evidence)[0], `${r.id}.${id}`).toBe(sections(ITEMS[id].evidence)[0])
  })

  it('format §3 (ItemResult.group): the assessment reports each item in its catalogue group', () => {
    const a = assess(FULL, '2026-11-27')
    expect(a.items.map((i) => [i.id, i.group])).toEqual(ITEM_IDS.map((id) => [id, ITEMS[id].group]))
  })

  it('format §3 (ItemResult.inputs): every input an item’s explanation names is a number in its inputs', () => {
    const a = assess(FULL, '2026-11-27')
    for (const item of a.items) for (const key of ITEMS[item.id].basis ?? []) expect(typeof item.inputs[key], `${item.id}.${key}`).toBe('number')
  })

  it('rules §1 (dates): an item moved by anniversaries changes on exact days', () => {
    for (const id of ITEM_IDS) if (ITEMS[id].anniversaryOf) expect(ITEMS[id].changesOn, id).toBe('day')
  })

  it('rules §A10: the anniversaries of a date set by a change are assessed on the road, to the day', () => {
    const profile: Profile = { version: 1, birthDate: '1990-05-01', education: 'associate' }
    const p = project(profile, '2026-11-27', { years: 3, changes: [{ from: '2027-03-15', patch: { spouseHukouSince: '2027-03-15' } }] })
    expect(p.points.map((pt) => pt.date)).toContain('2028-03-15')
    expect(p.changes.find((c) => c.item === 'spouse')).toMatchObject({ date: '2028-03-15', precision: 'day', from: 0, to: 4 })
  })
})
