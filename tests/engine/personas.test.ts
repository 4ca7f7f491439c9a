// Typical applicants with their full expected breakdown, every item worked out by hand from
// docs/rules.md §1, and the exact set of findings (the profiles and the working: personas.ts).
import { describe, expect, it } from 'vitest'
import { assessCase } from './law/law-case'
import { AS_OF, personas } from './personas'

describe('personas: full item-by-item breakdown on 2026-11-27', () => {
  it.each(personas)('rules §1: $name', (p) => {
    const a = assessCase({ asOf: AS_OF, profile: p.profile })
    expect(a.ruleset).toBe('sh-2023')
    expect(Object.fromEntries(a.items.map((i) => [i.id, i.points]))).toEqual(p.items)
    expect(a.total).toBe(p.total)
    expect(a.meetsThreshold).toBe(p.meetsThreshold)
    expect(a.status).toBe(p.status)
    const found = a.findings.map((f) => (f.item ? `${f.code}@${f.item}` : f.code)).sort()
    expect(found).toEqual([...p.findings].sort())
  })

  it('rules §1 keyArea (Lingang gate conflict): the Lingang item is marked uncertain', () => {
    const a = assessCase({ asOf: AS_OF, profile: personas[5]!.profile })
    expect(a.items.find((i) => i.id === 'keyArea')!.uncertain).toBe(true)
  })
})
