// The profile format (format §1, format version 1) as a strict zod schema; its types are the
// engine's input types. zod/mini keeps the bundle small (≈5 KB gzip instead of ≈23 KB).
import * as z from 'zod/mini'

import { anniversary, fullYearsBetween } from './dates'
import { AWARDS, EDUCATIONS, INNOVATIONS, KEY_AREA_KINDS, QUALIFICATIONS } from './enums'

export { AWARDS, EDUCATIONS, INNOVATIONS, KEY_AREA_KINDS, QUALIFICATIONS }
export type { Award, Education, Innovation, KeyAreaKind, Qualification } from './enums'

/**
 * Sanity limits: far beyond any real profile, low enough to stop absurd or hostile input. Dates run
 * from 1900 to the horizon `latestDate` (docs/decisions.md: the rules' coverage, 2018–2027, plus
 * room for planning; a 40-year projection from it still has four-digit years). A birth date gives
 * an age of 0 to `maxAge` on asOf; social insurance starts no earlier than the `minWorkingAge`
 * birthday (the legal working age). Contribution months have no upper bound: months at or after
 * the asOf month are ignored, so an open end ("至今" as 9999-12) stays valid.
 */
export const LIMITS = {
  base: 10_000_000,
  amount: 10_000_000_000,
  count: 99,
  periods: 600,
  earliestDate: '1900-01-01',
  latestDate: '2100-12-31',
  maxAge: 120,
  minWorkingAge: 16,
} as const

const date = () => z.iso.date()
const month = () => z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'invalidMonth'))
const amount = (max: number) => z.number().check(z.nonnegative(), z.maximum(max))
const count = () => z.int().check(z.nonnegative(), z.maximum(LIMITS.count))

export const PeriodSchema = z.strictObject({
  from: month(),
  to: month(),
  base: amount(LIMITS.base),
})

export const ProfileSchema = z.strictObject({
  version: z.literal(1),
  asOf: z.optional(date()),
  birthDate: z.optional(date()),
  education: z.optional(z.enum(EDUCATIONS)),
  fullTimeStudy: z.optional(z.boolean()),
  qualification: z.optional(z.enum(QUALIFICATIONS)),
  socialInsurance: z.optional(z.array(PeriodSchema).check(z.maxLength(LIMITS.periods))),
  shortageMajor: z.optional(z.boolean()),
  freshGraduate: z.optional(z.boolean()),
  publicServiceSince: z.optional(date()),
  keyArea: z.optional(z.strictObject({ kind: z.enum(KEY_AREA_KINDS), since: date() })),
  spouseHukouSince: z.optional(date()),
  award: z.optional(z.enum(AWARDS)),
  // Each figure may be left out while the draft is incomplete; a missing one counts as 0.
  investment: z.optional(
    z.strictObject({ avgAnnualTax: z.optional(amount(LIMITS.amount)), avgLocalHires: z.optional(amount(LIMITS.count * 1_000_000)) }),
  ),
  innovation: z.optional(z.enum(INNOVATIONS)),
  deductions: z.optional(
    z.strictObject({ falseMaterials: z.optional(count()), detentions: z.optional(count()), crimes: z.optional(count()) }),
  ),
  seriousCrime: z.optional(z.boolean()),
})

export type Profile = z.infer<typeof ProfileSchema>
export type Period = z.infer<typeof PeriodSchema>

export type ProfileErrorCode =
  | 'required'
  | 'invalidType'
  | 'invalidValue'
  | 'unknownKey'
  | 'negative'
  | 'notInteger'
  | 'tooLarge'
  | 'tooMany'
  | 'invalidDate'
  | 'invalidMonth'
  | 'notAnObject'
  | 'birthDateAfterAsOf'
  | 'dateTooEarly'
  | 'dateTooLate'
  | 'ageOver120'
  | 'beforeAge16'
  | 'endBeforeStart'

export interface ProfileError {
  /** Dotted field path, e.g. "socialInsurance.2.to"; "" for the profile itself. */
  path: string
  code: ProfileErrorCode
  /** English, specific: what is wrong and what is expected. */
  message: string
  /** Allowed values, for invalidValue. */
  allowed?: readonly (string | number)[]
}

export type ParseResult = { success: true; profile: Profile } | { success: false; errors: ProfileError[] }

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
 */
export function parseProfile(input: unknown, defaultAsOf: string): ParseResult {
  const parsed = ProfileSchema.safeParse(input, { reportInput: true })
  const errors = parsed.success ? [] : parsed.error.issues.flatMap(toProfileErrors)
  // Checks across fields run on whatever parts are well-formed, so that every error is reported at
  // once. Once the schema has passed, every date field present is a valid date: a string says so.
  if (typeof input === 'object' && input !== null && !Array.isArray(input))
    errors.push(...crossFieldErrors(input as Record<string, unknown>, defaultAsOf, parsed.success ? isString : isDate))
  return parsed.success && !errors.length ? { success: true, profile: parsed.data } : { success: false, errors }
}

const isDate = (v: unknown): v is string => ProfileSchema.shape.birthDate.safeParse(v).success && typeof v === 'string'
const isString = (v: unknown): v is string => typeof v === 'string'
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const isMonth = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(v)

const DATE_FIELDS = ['asOf', 'publicServiceSince', 'spouseHukouSince'] as const

function crossFieldErrors(raw: Record<string, unknown>, defaultAsOf: string, isDate: (v: unknown) => v is string): ProfileError[] {
  const errors: ProfileError[] = []
  const { earliestDate: earliest, latestDate: latest } = LIMITS
  const inRange = (d: string) => d >= earliest && d <= latest
  const rangeError = (path: string, d: string): ProfileError | null =>
    d < earliest
      ? { path, code: 'dateTooEarly', message: `must be on or after ${earliest}` }
      : d > latest
        ? { path, code: 'dateTooLate', message: `must be on or before ${latest}, got ${d}` }
        : null
  for (const field of DATE_FIELDS) {
    const v = raw[field]
    const error = isDate(v) ? rangeError(field, v) : null
    if (error) errors.push(error)
  }
  if (isRecord(raw.keyArea) && isDate(raw.keyArea.since)) {
    const error = rangeError('keyArea.since', raw.keyArea.since)
    if (error) errors.push(error)
  }
  const asOf = isDate(raw.asOf) && inRange(raw.asOf) ? raw.asOf : defaultAsOf
  // A usable birth date gives the first month anyone can have paid social insurance.
  let firstWorkingMonth: string | null = null
  if (isDate(raw.birthDate)) {
    if (raw.birthDate > asOf)
      errors.push({ path: 'birthDate', code: 'birthDateAfterAsOf', message: `${raw.birthDate} is after the assessment date ${asOf}` })
    else if (raw.birthDate < earliest) errors.push({ path: 'birthDate', code: 'dateTooEarly', message: `must be on or after ${earliest}` })
    else if (fullYearsBetween(raw.birthDate, asOf) > LIMITS.maxAge)
      errors.push({ path: 'birthDate', code: 'ageOver120', message: `gives an age over ${LIMITS.maxAge} on ${asOf}` })
    else firstWorkingMonth = anniversary(raw.birthDate, LIMITS.minWorkingAge).slice(0, 7)
  }
  if (Array.isArray(raw.socialInsurance))
    raw.socialInsurance.forEach((p: unknown, i) => {
      if (typeof p !== 'object' || p === null) return
      const { from, to } = p as Record<string, unknown>
      if (isMonth(from) && from < earliest.slice(0, 7))
        errors.push({ path: `socialInsurance.${i}.from`, code: 'dateTooEarly', message: `must be on or after ${earliest.slice(0, 7)}` })
      else if (isMonth(from) && firstWorkingMonth && from < firstWorkingMonth)
        errors.push({
          path: `socialInsurance.${i}.from`,
          code: 'beforeAge16',
          message: `month ${from} is before the ${LIMITS.minWorkingAge}th birthday (${firstWorkingMonth}); contributions start at ${LIMITS.minWorkingAge} at the earliest`,
        })
      else if (isMonth(from) && isMonth(to) && to < from)
        errors.push({ path: `socialInsurance.${i}.to`, code: 'endBeforeStart', message: `month ${to} is before the start month ${from}` })
    })
  return errors
}

/**
 * For live drafts: the valid part of a half-typed profile plus the errors of the rest. Each
 * invalid field (or invalid contribution period) is left out, so one bad field never stops
 * the others from scoring. What the user typed is kept by the caller, not here.
 */
export function sanitizeDraft(input: unknown, defaultAsOf: string): { profile: Profile; errors: ProfileError[] } {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return { profile: { version: 1 }, errors: parseFailures(parseProfile(input, defaultAsOf)) }
  const errors: ProfileError[] = []
  let candidate: Record<string, unknown> = { ...(input as Record<string, unknown>), version: 1 }
  // Each round drops what the errors point at; a field is dropped at most once, so this ends.
  for (let round = 0; round < 64; round++) {
    const result = parseProfile(candidate, defaultAsOf)
    if (result.success) return { profile: result.profile, errors }
    errors.push(...result.errors)
    candidate = dropInvalid(candidate, result.errors)
  }
  return { profile: { version: 1 }, errors }
}

function parseFailures(result: ParseResult): ProfileError[] {
  return result.success ? [] : result.errors
}

function dropInvalid(candidate: Record<string, unknown>, errors: ProfileError[]): Record<string, unknown> {
  const next = { ...candidate }
  const badPeriods = new Set<number>()
  for (const error of errors) {
    const [field, index] = error.path.split('.')
    if (!field) continue
    if (field === 'socialInsurance' && index !== undefined && /^\d+$/.test(index)) badPeriods.add(Number(index))
    else delete next[field]
  }
  if (badPeriods.size && Array.isArray(next.socialInsurance))
    next.socialInsurance = (next.socialInsurance as unknown[]).filter((_, i) => !badPeriods.has(i))
  return next
}
