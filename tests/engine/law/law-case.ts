// Shared runner for the table-driven law cases. Every expected number in a case is derived by
// hand from the contract's rules (docs/rules.md) (the derivation sits next to the case), never copied
// from the engine's output.
import { expect } from 'vitest'
import { assess } from '../../../src/engine/assess'
import { parseProfile, type Profile } from '../../../src/engine/schema'
import type { AssessOptions, Assessment, FindingCode, ItemId, ItemReason, RulesetId, Severity, Status } from '../../../src/engine/types'
import type { WageTable } from '../../../src/engine/wages'
import { FIXTURE_WAGES } from '../../fixtures/wages'

export interface FindingExpectation {
  code: FindingCode
  item?: ItemId
  severity?: Severity
  /** Checked as a subset of the finding's params. */
  params?: Record<string, string | number>
}

export interface LawCase {
  /** The rule the case proves: section of docs/rules.md or docs/format.md. */
  cite: string
  name: string
  asOf: string
  /** The profile without `version` (always 1). */
  profile: Omit<Profile, 'version'>
  ruleset?: RulesetId
  /** The reference-wage table (default: the frozen fixture, tests/fixtures/wages.ts). */
  wages?: WageTable
  expect: {
    /** Points of the items named here (others are not checked). */
    items?: Partial<Record<ItemId, number>>
    reasons?: Partial<Record<ItemId, ItemReason | undefined>>
    total?: number
    meetsThreshold?: boolean
    vetoed?: boolean
    status?: Status
    ruleset?: RulesetId | null
    /** Findings that must be present (code, and item/params where given). */
    findings?: FindingExpectation[]
    /** Finding codes that must be absent (for the item, where given). */
    noFindings?: (FindingCode | { code: FindingCode; item: ItemId })[]
  }
}

/** Validate the case's profile exactly as every caller must, then assess it on the case's data. */
export function assessCase(c: Pick<LawCase, 'asOf' | 'profile' | 'ruleset' | 'wages'>): Assessment {
  const parsed = parseProfile({ version: 1, ...c.profile }, c.asOf)
  if (!parsed.success) throw new Error(`invalid test profile: ${JSON.stringify(parsed.errors)}`)
  const options: AssessOptions = { wages: c.wages ?? FIXTURE_WAGES }
  if (c.ruleset) options.ruleset = c.ruleset
  return assess(parsed.profile, c.asOf, options)
}

export function points(a: Assessment, id: ItemId): number {
  return a.items.find((i) => i.id === id)!.points
}

export function checkCase(c: LawCase): void {
  const a = assessCase(c)
  const e = c.expect
  for (const [id, pts] of Object.entries(e.items ?? {})) expect({ item: id, points: points(a, id as ItemId) }).toEqual({ item: id, points: pts })
  for (const [id, reason] of Object.entries(e.reasons ?? {}))
    expect({ item: id, reason: a.items.find((i) => i.id === id)!.reason }).toEqual({ item: id, reason })
  if (e.total !== undefined) expect(a.total).toBe(e.total)
  if (e.meetsThreshold !== undefined) expect(a.meetsThreshold).toBe(e.meetsThreshold)
  if (e.vetoed !== undefined) expect(a.vetoed).toBe(e.vetoed)
  if (e.status !== undefined) expect(a.status).toBe(e.status)
  if (e.ruleset !== undefined) expect(a.ruleset).toBe(e.ruleset)
  for (const f of e.findings ?? []) {
    const match = a.findings.find(
      (g) =>
        g.code === f.code &&
        (f.item === undefined || g.item === f.item) &&
        (f.severity === undefined || g.severity === f.severity) &&
        Object.entries(f.params ?? {}).every(([k, v]) => g.params?.[k] === v),
    )
    expect(match, `finding ${JSON.stringify(f)} in ${JSON.stringify(a.findings)}`).toBeDefined()
  }
  for (const n of e.noFindings ?? []) {
    const [code, item] = typeof n === 'string' ? [n, undefined] : [n.code, n.item]
    const hit = a.findings.find((g) => g.code === code && (item === undefined || g.item === item))
    expect(hit, `unexpected finding ${code}${item ? ` on ${item}` : ''}`).toBeUndefined()
  }
}
