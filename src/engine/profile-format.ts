// The profile format (format §1, format version 1), described once: each field's kind. Two things
// are made from this one description and nothing else: the strict zod schema that words the
// errors (schema.ts, a lazy chunk in the app) and the zod-free check (profile-check.ts, on the
// first score's path and the command line's hot path). No rule is written twice.
import { AWARDS, EDUCATIONS, INNOVATIONS, KEY_AREA_KINDS, QUALIFICATIONS } from './enums'

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

/** A month "YYYY-MM". */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/
/**
 * A date: a real calendar date "YYYY-MM-DD", years 0000–9999 (leap years by the Gregorian rule).
 * The schema's date is zod's `z.iso.date()`; this is zod's own pattern for it, copied because
 * importing it brings ≈6 KB of zod into the first score. A test holds the copy to zod's.
 */
export const DATE_PATTERN =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))$/

/** What a value must be. Numbers are finite and at least 0; `integer` ones whole. */
export type Kind =
  | { readonly type: 'literal'; readonly value: 1 }
  | { readonly type: 'date' }
  | { readonly type: 'month' }
  | { readonly type: 'boolean' }
  | { readonly type: 'enum'; readonly values: readonly [string, ...string[]] }
  | { readonly type: 'number'; readonly max: number; readonly integer: boolean }
  | { readonly type: 'list'; readonly of: Kind; readonly max: number }
  | { readonly type: 'object'; readonly fields: Fields }

/** A field of a strict object (no other keys): its kind, and whether it may be left out. */
export interface Field {
  readonly kind: Kind
  readonly optional: boolean
}
export type Fields = Readonly<Record<string, Field>>

const DATE = { type: 'date' } as const
const MONTH = { type: 'month' } as const
const BOOLEAN = { type: 'boolean' } as const
const oneOf = <const V extends readonly [string, ...string[]]>(values: V) => ({ type: 'enum', values }) as const
const amount = (max: number) => ({ type: 'number', max, integer: false }) as const
const COUNT = { type: 'number', max: LIMITS.count, integer: true } as const
const list = <K extends Kind>(of: K, max: number) => ({ type: 'list', of, max }) as const
const strict = <F extends Fields>(fields: F) => ({ type: 'object', fields }) as const
const required = <K extends Kind>(kind: K) => ({ kind, optional: false }) as const
const optional = <K extends Kind>(kind: K) => ({ kind, optional: true }) as const

export const PERIOD = strict({ from: required(MONTH), to: required(MONTH), base: required(amount(LIMITS.base)) })

/** The profile: every field but `version` may be left out, so a half-filled draft is a profile. */
export const PROFILE = strict({
  version: required({ type: 'literal', value: 1 }),
  asOf: optional(DATE),
  birthDate: optional(DATE),
  education: optional(oneOf(EDUCATIONS)),
  fullTimeStudy: optional(BOOLEAN),
  qualification: optional(oneOf(QUALIFICATIONS)),
  socialInsurance: optional(list(PERIOD, LIMITS.periods)),
  shortageMajor: optional(BOOLEAN),
  freshGraduate: optional(BOOLEAN),
  publicServiceSince: optional(DATE),
  keyArea: optional(strict({ kind: required(oneOf(KEY_AREA_KINDS)), since: required(DATE) })),
  spouseHukouSince: optional(DATE),
  award: optional(oneOf(AWARDS)),
  // Each figure may be left out while the draft is incomplete; a missing one counts as 0.
  investment: optional(strict({ avgAnnualTax: optional(amount(LIMITS.amount)), avgLocalHires: optional(amount(LIMITS.count * 1_000_000)) })),
  innovation: optional(oneOf(INNOVATIONS)),
  deductions: optional(strict({ falseMaterials: optional(COUNT), detentions: optional(COUNT), crimes: optional(COUNT) })),
  seriousCrime: optional(BOOLEAN),
})

// The TypeScript type of a value of a kind (what zod's z.infer gave for the schema).
type Simplify<T> = { [P in keyof T]: T[P] } & {}
type OptionalKeys<F> = { [P in keyof F]: F[P] extends { optional: true } ? P : never }[keyof F]
type ObjectOf<F extends Fields> = Simplify<
  { -readonly [P in Exclude<keyof F, OptionalKeys<F>>]: ValueOf<F[P]['kind']> } & {
    -readonly [P in OptionalKeys<F>]?: ValueOf<F[P]['kind']> | undefined
  }
>
export type ValueOf<K extends Kind> = K extends { type: 'literal'; value: infer V }
  ? V
  : K extends { type: 'date' | 'month' }
    ? string
    : K extends { type: 'boolean' }
      ? boolean
      : K extends { type: 'enum'; values: readonly (infer V)[] }
        ? V
        : K extends { type: 'number' }
          ? number
          : K extends { type: 'list'; of: infer E extends Kind }
            ? ValueOf<E>[]
            : K extends { type: 'object'; fields: infer F extends Fields }
              ? ObjectOf<F>
              : never

export type Profile = ValueOf<typeof PROFILE>
export type Period = ValueOf<typeof PERIOD>

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
