// The scoring side of the store: the draft's valid part, its errors and its assessment. This module
// and the engine it imports are one lazy chunk (see engine-loader.ts), off the first screen's path.
import { assess } from '../engine/assess'
import { sanitizeDraft, type Profile, type ProfileError } from '../engine/schema'
import type { Assessment } from '../engine/types'
import type { Draft } from './draft-store'

export interface DerivedAssessment {
  /** The date assessed: a valid asOfOverride, else today in Shanghai. */
  asOf: string
  /** The valid part of the draft (with asOf when overridden): what shares and exports should carry. */
  profile: Profile
  /** Field errors of the rest, paths as in the contract ("socialInsurance.2.base", "asOf"). */
  errors: ProfileError[]
  assessment: Assessment
  /** True only while the engine is still loading (see useAssessment). */
  pending?: boolean
}

/** Pure derivation, exported for tests and for non-React callers (batch rows). */
export function deriveAssessment(draft: Draft, asOfOverride: string | undefined, today: string): DerivedAssessment {
  const raw = asOfOverride === undefined ? draft : { ...draft, asOf: asOfOverride }
  const { profile, errors: all } = sanitizeDraft(raw, today)
  // A period row just added and still blank is left out of the score but is not an error yet.
  const blank = new Set((draft.socialInsurance ?? []).flatMap((p, i) => (Object.keys(p).length ? [] : [`socialInsurance.${i}.`])))
  const errors = blank.size ? all.filter((e) => ![...blank].some((prefix) => e.path.startsWith(prefix))) : all
  const asOf = profile.asOf ?? today
  return { asOf, profile, errors, assessment: assess(profile, asOf) }
}

