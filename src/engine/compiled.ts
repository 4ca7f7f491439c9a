// The rule data compiled for scoring: the lookup tables that assess reads on every call, derived
// from a ruleset alone and built once per ruleset object (memoised here, and only here). The
// evaluators in assess.ts stay formulas over the data; this is where the speed lives.
import { ITEMS } from './data/items'
import type { Ratio, Ruleset } from './data/rulesets'
import { ITEM_IDS, type ItemGroup, type ItemId } from './types'

/**
 * Ratios of the reference wage as parallel numerator/denominator arrays. A month reaches ratio i
 * when base × dens[i] ≥ wage × nums[i]: exact, with no floating-point rounding at 0.8×
 * (5 × 9947.2 = 4 × 12434).
 */
export interface Ratios {
  nums: readonly number[]
  dens: readonly number[]
}

/** An item under the ruleset: its id, its group (data/items.ts) and its rule. */
export interface CompiledItem {
  id: ItemId
  group: ItemGroup
  rule: Ruleset['rules'][ItemId]
}

export interface CompiledRuleset {
  rs: Ruleset
  /** Every item in ITEM_IDS order (the order of the assessment's items). */
  items: readonly CompiledItem[]
  /** The title's base condition (1× of the reference wage). */
  titleRatios: Ratios
  /** The contribution-base bands, highest first, and the input name of each ("monthsAtLeast100"). */
  bandRatios: Ratios
  bandKeys: readonly string[]
  /** Every ratio a base can be just above, for the thin-margin check: the bands, then the title's. */
  thinRatios: Ratios
  /** The longest window any rule looks at month by month (how much history keeps a base per month). */
  recentWindow: number
}

const ratios = (list: readonly Ratio[]): Ratios => ({ nums: list.map((r) => r.num), dens: list.map((r) => r.den) })

function compile(rs: Ruleset): CompiledRuleset {
  const cb = rs.rules.contributionBase.params
  const title = rs.rules.qualification.params.baseCondition
  const bands = cb.bands.map((b) => b.min)
  return {
    rs,
    items: ITEM_IDS.map((id) => ({ id, group: ITEMS[id].group, rule: rs.rules[id] })),
    titleRatios: ratios([title.multiple]),
    bandRatios: ratios(bands),
    bandKeys: cb.bands.map((b) => `monthsAtLeast${b.points}`),
    thinRatios: ratios([...bands, title.multiple]),
    recentWindow: Math.max(cb.window, cb.top.window, title.window, rs.eligibility.window),
  }
}

const COMPILED = new WeakMap<Ruleset, CompiledRuleset>()

/** The ruleset's lookup tables, built on first use (rulesets are never mutated after load). */
export function compileRuleset(rs: Ruleset): CompiledRuleset {
  let c = COMPILED.get(rs)
  if (!c) COMPILED.set(rs, (c = compile(rs)))
  return c
}
