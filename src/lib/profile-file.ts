// A profile as a JSON file: export, and import with validation. Pure: text in, result out; the
// caller reads the file (after checking its size) and decodes it with decodeTextBytes.
import { parseProfile, type Profile, type ProfileError } from '../engine/schema'

/** Largest profile file we read; a real one is a few KB (600 periods ≈ 30 KB). */
export const MAX_PROFILE_FILE_BYTES = 1024 * 1024

export function profileToJson(profile: Profile): string {
  return `${JSON.stringify(profile, null, 2)}\n`
}

export function profileFileName(asOf: string): string {
  return `sh-points-profile-${asOf}.json`
}

export type ProfileFileResult =
  | { ok: true; profile: Profile }
  /** notJson: not JSON at all; array: a list of profiles (the batch page reads those); invalid: schema errors. */
  | { ok: false; reason: 'notJson' | 'array' | 'invalid'; errors: ProfileError[] }

export function readProfileJson(text: string, defaultAsOf: string): ProfileFileResult {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, reason: 'notJson', errors: [] }
  }
  if (Array.isArray(json)) return { ok: false, reason: 'array', errors: [] }
  const parsed = parseProfile(json, defaultAsOf)
  return parsed.success ? { ok: true, profile: parsed.profile } : { ok: false, reason: 'invalid', errors: parsed.errors }
}
