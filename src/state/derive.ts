// The scoring side of the store: the draft's valid part, its errors and its assessment. This module
// and the engine it imports are one lazy chunk (see engine-loader.ts), off the first screen's path.
// It does not load zod: the valid part is read without it (profile-check.ts), and the errors'
// messages come from field-errors.ts (zod, a chunk of its own) once it has loaded.
import { assess } from '../engine/assess'
import { draftProfile } from '../engine/profile-check'
import type { Profile, ProfileError } from '../engine/profile-format'
import type { Assessment } from '../engine/types'
import type { Draft } from './draft-store'

/** The field errors of a draft as `sanitizeDraft` words them (field-errors.ts). */
export type DraftErrors = (raw: unknown, today: string) => ProfileError[]

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
  /**
   * True when part of the draft is invalid but `errors` could not say what yet: no `DraftErrors`
   * was given (the app is still loading them). The profile and the assessment are final.
   */
  errorsPending?: boolean
}

/**
 * Pure derivation, exported for tests and for non-React callers (batch rows). Without
 * `draftErrors` it reports no errors (and `errorsPending` when there are some to report).
 */
export function deriveAssessment(draft: Draft, asOfOverride: string | undefined, today: string, draftErrors?: DraftErrors): DerivedAssessment {
  const raw = asOfOverride === undefined ? draft : { ...draft, asOf: asOfOverride }
  const { profile, invalid } = draftProfile(raw, today)
  const all = !invalid.length ? [] : draftErrors ? draftErrors(raw, today) : null
  // A period row just added and still blank is left out of the score but is not an error yet.
  const blank = new Set((draft.socialInsurance ?? []).flatMap((p, i) => (Object.keys(p).length ? [] : [`socialInsurance.${i}.`])))
  const errors = !all ? [] : blank.size ? all.filter((e) => ![...blank].some((prefix) => e.path.startsWith(prefix))) : all
  const asOf = profile.asOf ?? today
  const derived: DerivedAssessment = { asOf, profile, errors, assessment: assess(profile, asOf) }
  if (!all) derived.errorsPending = true
  return derived
}
