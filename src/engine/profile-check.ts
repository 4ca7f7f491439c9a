// The profile format's check without zod, made from the one description (profile-format.ts): a
// value is well-formed exactly when the zod schema (schema.ts) accepts it, and the profile read
// from it is the one zod returns, key for key and in zod's order (tests/engine/profile-check.test.ts
// proves both against the schema). zod is needed only to word what is wrong: the first score (a
// draft's valid part) does not load it, and the command line's valid profiles do not run it.
import { anniversary, fullYearsBetween } from './dates'
import { DATE_PATTERN, LIMITS, MONTH_PATTERN, PROFILE, type Field, type Kind, type Profile, type ProfileError } from './profile-format'

const INVALID = Symbol('invalid')
/** Reads a value of one kind: the value as the schema outputs it (new objects and arrays), or INVALID. */
type Read = (value: unknown) => unknown

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const isString = (v: unknown): v is string => typeof v === 'string'
const isDate = (v: unknown): v is string => typeof v === 'string' && DATE_PATTERN.test(v)
const isMonth = (v: unknown): v is string => typeof v === 'string' && MONTH_PATTERN.test(v)

function reader(kind: Kind): Read {
  switch (kind.type) {
    case 'literal': {
      const literal = kind.value
      return (v) => (v === literal ? v : INVALID)
    }
    case 'date':
      return (v) => (isDate(v) ? v : INVALID)
    case 'month':
      return (v) => (isMonth(v) ? v : INVALID)
    case 'boolean':
      return (v) => (typeof v === 'boolean' ? v : INVALID)
    case 'enum': {
      const values = new Set<unknown>(kind.values)
      return (v) => (values.has(v) ? v : INVALID)
    }
    case 'number': {
      // NaN fails both comparisons and ±Infinity one of them, as z.number() rejects them; every
      // whole number up to the maximum (99) is a safe integer, as z.int() requires.
      const { max, integer } = kind
      return (v) => (typeof v === 'number' && v >= 0 && v <= max && (!integer || Number.isInteger(v)) ? v : INVALID)
    }
    case 'list': {
      const item = reader(kind.of)
      const max = kind.max
      return (v) => {
        if (!Array.isArray(v) || v.length > max) return INVALID
        const out: unknown[] = []
        for (let i = 0; i < v.length; i++) {
          const x = item(v[i])
          if (x === INVALID) return INVALID
          out.push(x)
        }
        return out
      }
    }
    case 'object':
      return objectReader(kind.fields)
  }
}

/**
 * A strict object as zod reads it: no key other than the fields (any key `for…in` yields, so
 * "__proto__" too), each field's value of its kind, an optional one also undefined. The output
 * has the fields in the description's order, each that the input has (`in`), an explicit
 * undefined included.
 */
function objectReader(fields: Readonly<Record<string, Field>>): Read {
  const entries = Object.entries(fields).map(([key, field]) => ({ key, read: reader(field.kind), optional: field.optional }))
  const known = new Set(Object.keys(fields))
  return (v) => {
    if (!isRecord(v)) return INVALID
    for (const key in v) if (!known.has(key)) return INVALID
    const out: Record<string, unknown> = {}
    for (const { key, read, optional } of entries) {
      const x = v[key]
      if (optional && x === undefined) {
        if (key in v) out[key] = undefined
        continue
      }
      const y = read(x)
      if (y === INVALID) return INVALID
      out[key] = y
    }
    return out
  }
}

const readProfile = reader(PROFILE)
/** The profile's fields, each with its reader (and a list's, its items' reader). */
const FIELDS = new Map(
  Object.entries(PROFILE.fields).map(([key, field]) => [
    key,
    { optional: field.optional, read: reader(field.kind), list: field.kind.type === 'list' ? { max: field.kind.max, item: reader(field.kind.of) } : null },
  ]),
)

/**
 * The profile exactly as `ProfileSchema.safeParse(input).data` would be when the schema accepts
 * the input, else undefined. Checks across fields (date ranges, age) are not the schema's.
 */
export function readWellFormed(input: unknown): Profile | undefined {
  const profile = readProfile(input)
  return profile === INVALID ? undefined : (profile as Profile)
}

/** True iff the schema's field `key` accepts `value` (undefined: left out); false for an unknown key. */
export function isValidField(key: string, value: unknown): boolean {
  const entry = FIELDS.get(key)
  return !!entry && ((entry.optional && value === undefined) || entry.read(value) !== INVALID)
}

/**
 * Where the schema finds a profile object wrong, as its error paths go as far as sanitizing needs
 * them (sanitizeRounds): an unknown key, a field, or an item of a list (a contribution period).
 * An over-long list fails as a whole, before its items are looked at, as zod does.
 */
function fieldFailures(raw: Record<string, unknown>): { path: string }[] {
  const failures: { path: string }[] = []
  for (const key in raw) if (!FIELDS.has(key)) failures.push({ path: key })
  for (const [key, { list }] of FIELDS) {
    const v = raw[key]
    if (list && Array.isArray(v) && v.length <= list.max) {
      for (let i = 0; i < v.length; i++) if (list.item(v[i]) === INVALID) failures.push({ path: `${key}.${i}` })
    } else if (!isValidField(key, v)) failures.push({ path: key })
  }
  return failures
}

const DATE_FIELDS = ['asOf', 'publicServiceSince', 'spouseHukouSince'] as const
const { earliestDate: EARLIEST, latestDate: LATEST } = LIMITS
const EARLIEST_MONTH = EARLIEST.slice(0, 7)

function rangeError(path: string, d: string): ProfileError | null {
  return d < EARLIEST
    ? { path, code: 'dateTooEarly', message: `must be on or after ${EARLIEST}` }
    : d > LATEST
      ? { path, code: 'dateTooLate', message: `must be on or before ${LATEST}, got ${d}` }
      : null
}

/**
 * The checks across fields (and of date ranges), on whatever parts of `raw` are well-formed, so
 * that every error is reported at once. Once the schema has passed (`wellFormed`), every date and
 * month present is a valid one: being a string says so.
 */
export function crossFieldErrors(raw: Record<string, unknown>, defaultAsOf: string, wellFormed: boolean): ProfileError[] {
  const errors: ProfileError[] = []
  const date = wellFormed ? isString : isDate
  const month = wellFormed ? isString : isMonth
  for (const field of DATE_FIELDS) {
    const v = raw[field]
    const error = date(v) ? rangeError(field, v) : null
    if (error) errors.push(error)
  }
  if (isRecord(raw.keyArea) && date(raw.keyArea.since)) {
    const error = rangeError('keyArea.since', raw.keyArea.since)
    if (error) errors.push(error)
  }
  const asOf = date(raw.asOf) && raw.asOf >= EARLIEST && raw.asOf <= LATEST ? raw.asOf : defaultAsOf
  // A usable birth date gives the first month anyone can have paid social insurance.
  let firstWorkingMonth: string | null = null
  if (date(raw.birthDate)) {
    if (raw.birthDate > asOf)
      errors.push({ path: 'birthDate', code: 'birthDateAfterAsOf', message: `${raw.birthDate} is after the assessment date ${asOf}` })
    else if (raw.birthDate < EARLIEST) errors.push({ path: 'birthDate', code: 'dateTooEarly', message: `must be on or after ${EARLIEST}` })
    else if (fullYearsBetween(raw.birthDate, asOf) > LIMITS.maxAge)
      errors.push({ path: 'birthDate', code: 'ageOver120', message: `gives an age over ${LIMITS.maxAge} on ${asOf}` })
    else firstWorkingMonth = anniversary(raw.birthDate, LIMITS.minWorkingAge).slice(0, 7)
  }
  const periods = raw.socialInsurance
  if (Array.isArray(periods))
    for (let i = 0; i < periods.length; i++) {
      const p: unknown = periods[i]
      if (typeof p !== 'object' || p === null) continue
      const { from, to } = p as Record<string, unknown>
      if (!month(from)) continue
      if (from < EARLIEST_MONTH)
        errors.push({ path: `socialInsurance.${i}.from`, code: 'dateTooEarly', message: `must be on or after ${EARLIEST_MONTH}` })
      else if (firstWorkingMonth && from < firstWorkingMonth)
        errors.push({
          path: `socialInsurance.${i}.from`,
          code: 'beforeAge16',
          message: `month ${from} is before the ${LIMITS.minWorkingAge}th birthday (${firstWorkingMonth}); contributions start at ${LIMITS.minWorkingAge} at the earliest`,
        })
      else if (month(to) && to < from)
        errors.push({ path: `socialInsurance.${i}.to`, code: 'endBeforeStart', message: `month ${to} is before the start month ${from}` })
    }
  return errors
}

/** One try at a candidate: its profile, or what is wrong with it (at least each error's path). */
export type Attempt<E extends { path: string }> = { success: true; profile: Profile } | { success: false; errors: E[] }

/**
 * For live drafts: the valid part of a half-typed profile plus the errors of the rest, given how
 * one candidate is tried (`parseProfile` for the errors with their messages; `draftProfile` below
 * for the profile alone, without zod). Each invalid field (or invalid contribution period) is
 * left out, so one bad field never stops the others from scoring.
 */
export function sanitizeRounds<E extends { path: string }>(input: unknown, attempt: (candidate: unknown) => Attempt<E>): { profile: Profile; errors: E[] } {
  if (!isRecord(input)) {
    const result = attempt(input)
    return { profile: { version: 1 }, errors: result.success ? [] : result.errors }
  }
  const errors: E[] = []
  let candidate: Record<string, unknown> = { ...input, version: 1 }
  // Each round drops what the errors point at; a field is dropped at most once, so this ends.
  for (let round = 0; round < 64; round++) {
    const result = attempt(candidate)
    if (result.success) return { profile: result.profile, errors }
    errors.push(...result.errors)
    candidate = dropInvalid(candidate, result.errors)
  }
  return { profile: { version: 1 }, errors }
}

function dropInvalid(candidate: Record<string, unknown>, errors: readonly { path: string }[]): Record<string, unknown> {
  const next = { ...candidate }
  const badPeriods = new Set<number>()
  for (const error of errors) {
    // A key of the profile itself, as it is: an unknown one may be "" or have a dot in it.
    if (Object.hasOwn(next, error.path)) {
      delete next[error.path]
      continue
    }
    const [field, index] = error.path.split('.')
    if (!field) continue
    if (field === 'socialInsurance' && index !== undefined && /^\d+$/.test(index)) badPeriods.add(Number(index))
    else delete next[field]
  }
  if (badPeriods.size && Array.isArray(next.socialInsurance))
    next.socialInsurance = (next.socialInsurance as unknown[]).filter((_, i) => !badPeriods.has(i))
  return next
}

/** parseProfile's verdict without zod: the profile, or the paths of what is wrong. */
function attemptWithoutSchema(candidate: unknown, defaultAsOf: string): Attempt<{ path: string }> {
  if (!isRecord(candidate)) return { success: false, errors: [{ path: '' }] }
  const profile = readWellFormed(candidate)
  const errors = [...(profile ? [] : fieldFailures(candidate)), ...crossFieldErrors(candidate, defaultAsOf, !!profile)]
  return profile && !errors.length ? { success: true, profile } : { success: false, errors }
}

/**
 * The valid part of a draft, as `sanitizeDraft` gives it, without zod; `invalid` holds the paths
 * of what was left out (empty: `sanitizeDraft` reports no errors). The errors' messages are
 * `sanitizeDraft`'s (schema.ts, with zod).
 */
export function draftProfile(input: unknown, defaultAsOf: string): { profile: Profile; invalid: string[] } {
  const { profile, errors } = sanitizeRounds(input, (candidate) => attemptWithoutSchema(candidate, defaultAsOf))
  return { profile, invalid: errors.map((e) => e.path) }
}
