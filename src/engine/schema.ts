// The profile format (format §1, format version 1) as a strict zod schema, made from the one
// description in profile-format.ts; its job is wording what is wrong with a profile (a valid one
// is read without zod, profile-check.ts). zod/mini keeps the bundle small (≈5 KB gzip instead of
// ≈23 KB), and the app loads this module lazily: the first score does not wait for it.
import * as z from 'zod/mini'

import { AWARDS, EDUCATIONS, INNOVATIONS, KEY_AREA_KINDS, QUALIFICATIONS } from './enums'
import { LIMITS, MONTH_PATTERN, PROFILE, type Kind, type ParseResult, type Profile, type ProfileError, type ProfileErrorCode } from './profile-format'
import { crossFieldErrors, readWellFormed, sanitizeRounds } from './profile-check'

export { AWARDS, EDUCATIONS, INNOVATIONS, KEY_AREA_KINDS, LIMITS, QUALIFICATIONS }
export type { Award, Education, Innovation, KeyAreaKind, Qualification } from './enums'
export type { ParseResult, Period, Profile, ProfileError, ProfileErrorCode } from './profile-format'

/** The zod schema of a kind (profile-format.ts). */
function schemaOf(kind: Kind): z.ZodMiniType {
  switch (kind.type) {
    case 'literal':
      return z.literal(kind.value)
    case 'date':
      return z.iso.date()
    case 'month':
      return z.string().check(z.regex(MONTH_PATTERN, 'invalidMonth'))
    case 'boolean':
      return z.boolean()
    case 'enum':
      return z.enum(kind.values)
    case 'number':
      return (kind.integer ? z.int() : z.number()).check(z.nonnegative(), z.maximum(kind.max))
    case 'list':
      return z.array(schemaOf(kind.of)).check(z.maxLength(kind.max))
    case 'object':
      return z.strictObject(
        Object.fromEntries(Object.entries(kind.fields).map(([key, field]) => [key, field.optional ? z.optional(schemaOf(field.kind)) : schemaOf(field.kind)])),
      )
  }
}

/** The schema of a profile; its output is a `Profile` (the type made from the same description). */
export const ProfileSchema = schemaOf(PROFILE) as z.ZodMiniObject<{ [K in keyof typeof PROFILE.fields]: z.ZodMiniType }, z.core.$strict>

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return value.length > 40 ? 'a long string' : JSON.stringify(value)
  return typeof value === 'object' ? 'an object' : String(value)
}

const EXPECTED: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'a string',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
}

function toProfileErrors(issue: z.core.$ZodIssue): ProfileError[] {
  const path = issue.path.map(String).join('.')
  const at = (code: ProfileErrorCode, message: string, extra?: Partial<ProfileError>): ProfileError[] => [
    { path, code, message, ...extra },
  ]
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: path ? `${path}.${key}` : key,
        code: 'unknownKey' as const,
        message: `unknown field "${key}" (see the profile format, version 1)`,
      }))
    case 'invalid_type': {
      if (issue.input === undefined) return at('required', `is required: expected ${EXPECTED[issue.expected] ?? issue.expected}`)
      if (issue.expected === 'int' && typeof issue.input === 'number')
        return at('notInteger', `must be a whole number, got ${issue.input}`)
      if (path === '' && issue.expected === 'object') return at('notAnObject', `a profile must be a JSON object, got ${describe(issue.input)}`)
      return at('invalidType', `must be ${EXPECTED[issue.expected] ?? issue.expected}, got ${describe(issue.input)}`)
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => (typeof v === 'string' || typeof v === 'number' ? v : String(v)))
      if (issue.input === undefined) return at('required', `is required: must be ${allowed.map((v) => JSON.stringify(v)).join(' or ')}`, { allowed })
      return at('invalidValue', `must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}, got ${describe(issue.input)}`, { allowed })
    }
    case 'too_small':
      return at('negative', `must not be negative, got ${describe(issue.input)}`)
    case 'too_big':
      return issue.origin === 'array'
        ? at('tooMany', `has more than ${String(issue.maximum)} entries`)
        : at('tooLarge', `must be at most ${String(issue.maximum)}, got ${describe(issue.input)}`)
    case 'invalid_format':
      return issue.format === 'date'
        ? at('invalidDate', `must be a real calendar date as YYYY-MM-DD, got ${describe(issue.input)}`)
        : at('invalidMonth', `must be a month as YYYY-MM, got ${describe(issue.input)}`)
    default:
      return at('invalidValue', issue.message)
  }
}

/**
 * Validate a profile: the strict schema, then the checks across fields. `defaultAsOf` is the date
 * used when the profile has no asOf (the caller's today); the future-birth-date check needs it.
 * A well-formed profile (nearly every one the command line reads) is read without zod, to the same
 * result; zod words the errors of the others.
 */
export function parseProfile(input: unknown, defaultAsOf: string): ParseResult {
  const profile = readWellFormed(input)
  if (!profile) return parseBySchema(input, defaultAsOf)
  const errors = crossFieldErrors(input as Record<string, unknown>, defaultAsOf, true)
  return errors.length ? { success: false, errors } : { success: true, profile }
}

/** parseProfile with zod alone (exported for the test that proves the two give the same results). */
export function parseBySchema(input: unknown, defaultAsOf: string): ParseResult {
  const parsed = ProfileSchema.safeParse(input, { reportInput: true })
  const errors = parsed.success ? [] : parsed.error.issues.flatMap(toProfileErrors)
  // Checks across fields run on whatever parts are well-formed, so that every error is reported at once.
  if (typeof input === 'object' && input !== null && !Array.isArray(input))
    errors.push(...crossFieldErrors(input as Record<string, unknown>, defaultAsOf, parsed.success))
  return parsed.success && !errors.length ? { success: true, profile: parsed.data as Profile } : { success: false, errors }
}

/**
 * For live drafts: the valid part of a half-typed profile plus the errors of the rest. Each
 * invalid field (or invalid contribution period) is left out, so one bad field never stops
 * the others from scoring. What the user typed is kept by the caller, not here. The profile
 * alone comes without zod from `draftProfile` (profile-check.ts), the same.
 */
export function sanitizeDraft(input: unknown, defaultAsOf: string): { profile: Profile; errors: ProfileError[] } {
  return sanitizeRounds(input, (candidate) => parseProfile(candidate, defaultAsOf))
}
