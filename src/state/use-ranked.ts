// The ranked actions of the live draft under the road's assumptions, shared by the answer at the
// top of the result and the road panel below it: computed once per input (projecting takes tens
// of milliseconds), and deferred so that typing stays responsive while it catches up.
import { useDeferredValue, useMemo } from 'react'
import { rankActions, type RankedActions } from '../engine/actions'
import type { Assumptions } from '../engine/project'
import type { Profile } from '../engine/schema'
import { useAssessment } from './draft-store'
import { parseAssumptions, parseLeadTimes, type AssumptionError, type AssumptionErrorCode } from './assumptions'
import { useRoadStore } from './road-store'

let last: { key: string; value: RankedActions } | null = null

/** rankActions with a one-entry cache: both readers of the same input share one computation. */
export function rankedFor(profile: Profile, asOf: string, assumptions: Partial<Assumptions>, leadTimes: Record<string, number>): RankedActions {
  const key = JSON.stringify([profile, asOf, assumptions, leadTimes])
  if (last?.key !== key) last = { key, value: rankActions(profile, asOf, { assumptions, leadTimes }) }
  return last.value
}

export interface RankedState {
  profile: Profile
  asOf: string
  assumptions: Partial<Assumptions>
  errors: AssumptionError[]
  leadErrors: Record<string, AssumptionErrorCode>
  ranked: RankedActions
  /** The input has changed and the result is catching up. */
  stale: boolean
}

/** For the live draft (or, in tests and scenarios, a given profile and date). */
export function useRanked(given?: { profile: Profile; asOf: string }): RankedState {
  const live = useAssessment()
  const { profile, asOf } = given ?? live
  const draft = useRoadStore((s) => s.assumptions)
  const parsed = useMemo(() => ({ ...parseAssumptions(draft), lead: parseLeadTimes(draft) }), [draft])
  const input = useMemo(() => ({ profile, asOf, assumptions: parsed.assumptions, leadTimes: parsed.lead.leadTimes }), [profile, asOf, parsed])
  const current = useDeferredValue(input)
  const ranked = useMemo(() => rankedFor(current.profile, current.asOf, current.assumptions, current.leadTimes), [current])
  return {
    profile: current.profile,
    asOf: current.asOf,
    assumptions: current.assumptions,
    errors: parsed.errors,
    leadErrors: parsed.lead.errors,
    ranked,
    stale: current !== input,
  }
}
